#include "wallconfig.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <map>
#include <utility>

namespace yw::wall {

using yw::core::Error;
using yw::core::Result;

namespace {

// Two frames may touch; more than this in both directions is an overlap (a measuring error of
// half a millimetre is not).
constexpr double kOverlapToleranceMm = 0.5;

class Problems
{
public:
    void add(const QString &p) { m_list << p; }
    bool any() const { return !m_list.isEmpty(); }
    Error error() const
    {
        return Error::make(Error::Code::InvalidInput,
                           QStringLiteral("the wall file has %1 problem(s): %2")
                               .arg(m_list.size())
                               .arg(m_list.join(QStringLiteral("; "))));
    }

private:
    QStringList m_list;
};

bool number(const QJsonObject &o, const char *key, double lo, double hi, double &out, const QString &where,
            Problems &problems, bool required = true, double fallback = 0)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined()) {
        if (required)
            problems.add(QStringLiteral("%1 needs %2").arg(where, QLatin1String(key)));
        out = fallback;
        return !required;
    }
    if (!v.isDouble() || !std::isfinite(v.toDouble()) || v.toDouble() < lo || v.toDouble() > hi) {
        problems.add(QStringLiteral("%1: %2 must be a number from %3 to %4").arg(where, QLatin1String(key)).arg(lo).arg(hi));
        return false;
    }
    out = v.toDouble();
    return true;
}

QMarginsF readBezel(const QJsonValue &v, const QString &where, Problems &problems)
{
    if (v.isUndefined())
        return {};
    auto side = [&](const QJsonValue &s, const char *name) -> double {
        if (!s.isDouble() || s.toDouble() < 0 || s.toDouble() > 200) {
            problems.add(QStringLiteral("%1: bezel %2 must be 0 to 200 mm").arg(where, QLatin1String(name)));
            return 0;
        }
        return s.toDouble();
    };
    if (v.isDouble()) {
        const double all = side(v, "width");
        return {all, all, all, all};
    }
    if (!v.isObject()) {
        problems.add(QStringLiteral("%1: bezel is a number of mm or {left, top, right, bottom}").arg(where));
        return {};
    }
    const QJsonObject b = v.toObject();
    return {side(b.value(QLatin1String("left")), "left"), side(b.value(QLatin1String("top")), "top"),
            side(b.value(QLatin1String("right")), "right"), side(b.value(QLatin1String("bottom")), "bottom")};
}

QString monitorName(int i, const QString &id)
{
    return id.isEmpty() ? QStringLiteral("monitors[%1]").arg(i) : QStringLiteral("monitor %1").arg(id);
}

quint16 readPort(const QJsonObject &control, const char *key, Problems &problems)
{
    const QJsonValue v = control.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return 0;
    if (!v.isDouble() || v.toDouble() != double(v.toInt()) || v.toInt() < 0 || v.toInt() > 65535) {
        problems.add(QStringLiteral("control.%1 is a port from 1 to 65535 (0: off)").arg(QLatin1String(key)));
        return 0;
    }
    return quint16(v.toInt());
}

} // namespace

const WallMonitor *WallConfig::monitor(const QString &id) const
{
    for (const WallMonitor &m : m_monitors)
        if (m.id == id)
            return &m;
    return nullptr;
}

QStringList WallConfig::monitorIds() const
{
    QStringList ids;
    for (const WallMonitor &m : m_monitors)
        ids << m.id;
    return ids;
}

const WallPlaylist *WallConfig::playlist(const QString &name) const
{
    for (const WallPlaylist &p : m_playlists)
        if (p.name == name)
            return &p;
    return nullptr;
}

QSize WallConfig::desktopSize() const
{
    QRect all;
    for (const WallMonitor &m : m_monitors)
        all |= QRect(m.desktop, m.outputResolution());
    return all.size();
}

QString WallConfig::hashToken(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Result<WallConfig> WallConfig::load(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::NotFound,
                           QStringLiteral("the wall file %1 cannot be read: %2").arg(path, f.errorString()));
    if (f.size() > 1024 * 1024)
        return Error::make(Error::Code::InvalidInput, QStringLiteral("the wall file %1 is larger than 1 MB").arg(path));
    auto config = parse(f.readAll());
    if (!config)
        return Error::make(config.error().code, QStringLiteral("%1: %2").arg(path, config.error().message));
    return config;
}

Result<WallConfig> WallConfig::parse(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error::make(Error::Code::InvalidInput, QStringLiteral("the wall file is not JSON: %1 at byte %2")
                                                          .arg(parseError.errorString())
                                                          .arg(parseError.offset));
    if (!doc.isObject())
        return Error::make(Error::Code::InvalidInput, QStringLiteral("a wall file is a JSON object"));
    const QJsonObject root = doc.object();
    Problems problems;
    WallConfig c;

    if (root.value(QLatin1String("schemaVersion")).toInt() != 1)
        problems.add(QStringLiteral("schemaVersion must be 1"));
    static const QRegularExpression idForm(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,39}$"));
    c.m_id = root.value(QLatin1String("id")).toString();
    if (!idForm.match(c.m_id).hasMatch())
        problems.add(QStringLiteral("id must be 1 to 40 of a-z, 0-9, - and _ (the presets are kept under it)"));
    c.m_name = root.value(QLatin1String("name")).toString(c.m_id);
    c.m_account = root.value(QLatin1String("account")).toString();
    const QString output = root.value(QLatin1String("output")).toString(QStringLiteral("screens"));
    if (output == QLatin1String("screens"))
        c.m_output = Output::Screens;
    else if (output == QLatin1String("desktop"))
        c.m_output = Output::Desktop;
    else
        problems.add(QStringLiteral("output is \"screens\" or \"desktop\", not \"%1\"").arg(output));

    const QJsonArray monitors = root.value(QLatin1String("monitors")).toArray();
    if (monitors.isEmpty())
        problems.add(QStringLiteral("monitors must list at least one monitor"));
    if (monitors.size() > kMaxMonitors)
        problems.add(QStringLiteral("a wall has at most %1 monitors, not %2").arg(kMaxMonitors).arg(monitors.size()));
    static const QRegularExpression monitorIdForm(QStringLiteral("^[A-Za-z0-9_-]{1,16}$"));
    QSet<QString> ids, outputs;
    bool explicitDesktop = false;
    for (int i = 0; i < monitors.size() && i < kMaxMonitors; ++i) {
        const QJsonObject o = monitors.at(i).toObject();
        WallMonitor m;
        m.id = o.value(QLatin1String("id")).toString();
        const QString where = monitorName(i, m.id);
        if (!monitorIdForm.match(m.id).hasMatch())
            problems.add(QStringLiteral("%1: id must be 1 to 16 of A-Z, a-z, 0-9, - and _").arg(where));
        else if (ids.contains(m.id))
            problems.add(QStringLiteral("%1: the id is used twice").arg(where));
        ids.insert(m.id);
        m.output = o.value(QLatin1String("output")).toString();
        if (!m.output.isEmpty() && outputs.contains(m.output))
            problems.add(QStringLiteral("%1: output %2 is given to two monitors").arg(where, m.output));
        if (!m.output.isEmpty())
            outputs.insert(m.output);
        double x = 0, y = 0, w = 0, h = 0;
        bool ok = number(o, "x", -100000, 100000, x, where, problems);
        ok = number(o, "y", -100000, 100000, y, where, problems) && ok;
        ok = number(o, "width", 10, 10000, w, where, problems) && ok;
        ok = number(o, "height", 10, 10000, h, where, problems) && ok;
        m.activeMm = QRectF(x, y, w, h);
        m.bezelMm = readBezel(o.value(QLatin1String("bezel")), where, problems);
        const QJsonArray res = o.value(QLatin1String("resolution")).toArray();
        if (res.size() != 2 || res.at(0).toInt() < 64 || res.at(1).toInt() < 64 || res.at(0).toInt() > 16384
            || res.at(1).toInt() > 16384) {
            problems.add(QStringLiteral("%1: resolution is [width, height] in pixels, 64 to 16384").arg(where));
            ok = false;
        } else {
            m.resolution = QSize(res.at(0).toInt(), res.at(1).toInt());
        }
        const QJsonValue rot = o.value(QLatin1String("rotation"));
        m.rotation = rot.toInt(0);
        if (!rot.isUndefined() && (!rot.isDouble() || (m.rotation != 0 && m.rotation != 90 && m.rotation != 180
                                                       && m.rotation != 270)))
            problems.add(QStringLiteral("%1: rotation is 0, 90, 180 or 270").arg(where));
        // Square pixels: a picture 1.2 times wider or taller per pixel than the panel means the
        // size, the resolution or the rotation is wrong.
        if (ok) {
            const double ratio = m.pixelsPerMmX() / m.pixelsPerMmY();
            if (ratio > 1.1 || ratio < 1 / 1.1)
                problems.add(QStringLiteral("%1: %2 × %3 pixels on %4 × %5 mm are not square (%6 : 1); check the "
                                            "size, the resolution and the rotation (both as mounted)")
                                 .arg(where)
                                 .arg(m.resolution.width())
                                 .arg(m.resolution.height())
                                 .arg(w)
                                 .arg(h)
                                 .arg(ratio, 0, 'f', 2));
        }
        const QJsonArray desk = o.value(QLatin1String("desktop")).toArray();
        if (!o.value(QLatin1String("desktop")).isUndefined()) {
            explicitDesktop = true;
            if (desk.size() != 2 || desk.at(0).toInt(-1) < 0 || desk.at(1).toInt(-1) < 0)
                problems.add(QStringLiteral("%1: desktop is [x, y] in pixels of the wall processor's desktop").arg(where));
            else
                m.desktop = QPoint(desk.at(0).toInt(), desk.at(1).toInt());
        }
        c.m_monitors << m;
    }

    // Frames may touch but not overlap.
    for (int i = 0; i < c.m_monitors.size(); ++i)
        for (int j = i + 1; j < c.m_monitors.size(); ++j) {
            const QRectF both = c.m_monitors[i].outerMm() & c.m_monitors[j].outerMm();
            if (both.width() > kOverlapToleranceMm && both.height() > kOverlapToleranceMm)
                problems.add(QStringLiteral("monitors %1 and %2 overlap by %3 × %4 mm (frames included)")
                                 .arg(c.m_monitors[i].id, c.m_monitors[j].id)
                                 .arg(both.width(), 0, 'f', 1)
                                 .arg(both.height(), 0, 'f', 1));
        }

    if (!problems.any()) {
        QRectF extent;
        for (const WallMonitor &m : std::as_const(c.m_monitors)) {
            extent |= m.outerMm();
            c.m_pixelsPerMm = std::max({c.m_pixelsPerMm, m.pixelsPerMmX(), m.pixelsPerMmY()});
        }
        // Wall coordinates start at the frames' top-left corner.
        for (WallMonitor &m : c.m_monitors)
            m.activeMm.translate(-extent.topLeft());
        c.m_extent = QRectF(QPointF(0, 0), extent.size());
        if (c.m_extent.width() * c.m_pixelsPerMm > 32768 || c.m_extent.height() * c.m_pixelsPerMm > 32768)
            problems.add(QStringLiteral("the wall would be %1 × %2 pixels of content; at most 32768 each way")
                             .arg(qRound(c.m_extent.width() * c.m_pixelsPerMm))
                             .arg(qRound(c.m_extent.height() * c.m_pixelsPerMm)));
    }

    // The processor's desktop: as the file says, or a regular grid's rows and columns side by side.
    if (!problems.any() && !explicitDesktop) {
        // Per column (or row), by its rounded mm position: the pixel offset where it starts, after
        // the widest (tallest) output of each column (row) before it.
        auto offsets = [&c](auto position, auto extent) {
            std::map<int, int> size;
            for (const WallMonitor &m : std::as_const(c.m_monitors))
                size[position(m)] = std::max(size[position(m)], extent(m));
            int acc = 0;
            for (auto &[mm, px] : size)
                acc += std::exchange(px, acc);
            return size;
        };
        auto columnX = offsets([](const WallMonitor &m) { return qRound(m.activeMm.left()); },
                               [](const WallMonitor &m) { return m.outputResolution().width(); });
        auto rowY = offsets([](const WallMonitor &m) { return qRound(m.activeMm.top()); },
                            [](const WallMonitor &m) { return m.outputResolution().height(); });
        for (WallMonitor &m : c.m_monitors)
            m.desktop = QPoint(columnX[qRound(m.activeMm.left())], rowY[qRound(m.activeMm.top())]);
    }
    if (!problems.any() && c.m_output == Output::Desktop)
        for (int i = 0; i < c.m_monitors.size(); ++i)
            for (int j = i + 1; j < c.m_monitors.size(); ++j)
                if (QRect(c.m_monitors[i].desktop, c.m_monitors[i].outputResolution())
                        .intersects(QRect(c.m_monitors[j].desktop, c.m_monitors[j].outputResolution())))
                    problems.add(QStringLiteral("monitors %1 and %2 overlap on the processor's desktop; give each its "
                                                "desktop [x, y]")
                                     .arg(c.m_monitors[i].id, c.m_monitors[j].id));

    const QJsonObject control = root.value(QLatin1String("control")).toObject();
    const QString bind = control.value(QLatin1String("bind")).toString(QStringLiteral("127.0.0.1"));
    if (!c.m_bind.setAddress(bind))
        problems.add(QStringLiteral("control.bind is an IP address, not \"%1\"").arg(bind));
    c.m_tcp.port = readPort(control, "tcp", problems);
    c.m_webSocket.port = readPort(control, "websocket", problems);
    c.m_http.port = readPort(control, "http", problems);
    QSet<quint16> ports;
    for (quint16 p : {c.m_tcp.port, c.m_webSocket.port, c.m_http.port}) {
        if (p && ports.contains(p))
            problems.add(QStringLiteral("control: port %1 is given to two transports").arg(p));
        ports.insert(p);
    }
    double rate = 10, bytes = 4096;
    number(control, "commandsPerSecond", 1, 1000, rate, QStringLiteral("control"), problems, false, 10);
    number(control, "maxCommandBytes", 256, 1024 * 1024, bytes, QStringLiteral("control"), problems, false, 4096);
    c.m_commandsPerSecond = int(rate);
    c.m_maxCommandBytes = int(bytes);
    static const QRegularExpression hexForm(QStringLiteral("^[0-9a-f]{64}$"));
    QSet<QString> tokenNames;
    const QJsonArray tokens = control.value(QLatin1String("tokens")).toArray();
    for (int i = 0; i < tokens.size(); ++i) {
        const QJsonObject t = tokens.at(i).toObject();
        WallToken token;
        token.name = t.value(QLatin1String("name")).toString();
        const QString where = QStringLiteral("control.tokens[%1]").arg(i);
        if (token.name.isEmpty() || token.name.size() > 64 || tokenNames.contains(token.name))
            problems.add(QStringLiteral("%1: name must be 1 to 64 characters and unique").arg(where));
        tokenNames.insert(token.name);
        const QString role = t.value(QLatin1String("role")).toString();
        if (role == QLatin1String("operate"))
            token.role = ControlRole::Operate;
        else if (role == QLatin1String("control"))
            token.role = ControlRole::Control;
        else
            problems.add(QStringLiteral("%1: role is \"operate\" or \"control\"").arg(where));
        const QString hash = t.value(QLatin1String("sha256")).toString();
        if (!hexForm.match(hash).hasMatch())
            problems.add(QStringLiteral("%1: sha256 is the token's SHA-256 in 64 lower-case hex digits "
                                        "(yiwang-admin wall-token makes one)")
                             .arg(where));
        token.sha256 = QByteArray::fromHex(hash.toLatin1());
        c.m_tokens << token;
    }
    if ((c.m_tcp.port || c.m_webSocket.port || c.m_http.port) && c.m_tokens.isEmpty())
        problems.add(QStringLiteral("control: a port is open but no token may use it; add control.tokens"));
    c.m_screenshotDir = root.value(QLatin1String("screenshotDir")).toString();

    QSet<QString> ruleNames;
    const QJsonArray rules = root.value(QLatin1String("rules")).toArray();
    for (int i = 0; i < rules.size(); ++i) {
        auto rule = WallRule::fromJson(rules.at(i).toObject(), QStringLiteral("rules[%1]").arg(i));
        if (!rule) {
            problems.add(rule.error().message);
            continue;
        }
        if (ruleNames.contains(rule.value().name))
            problems.add(QStringLiteral("rules[%1]: the name %2 is used twice").arg(i).arg(rule.value().name));
        ruleNames.insert(rule.value().name);
        c.m_rules << rule.value();
    }
    QSet<QString> playlistNames;
    const QJsonArray playlists = root.value(QLatin1String("playlists")).toArray();
    for (int i = 0; i < playlists.size(); ++i) {
        const QJsonObject o = playlists.at(i).toObject();
        WallPlaylist p;
        p.name = o.value(QLatin1String("name")).toString();
        p.intervalSeconds = o.value(QLatin1String("intervalSeconds")).toInt(60);
        for (const QJsonValue &v : o.value(QLatin1String("presets")).toArray())
            if (!v.toString().isEmpty())
                p.presets << v.toString();
        const QString where = QStringLiteral("playlists[%1]").arg(i);
        if (p.name.isEmpty() || p.name.size() > 64 || playlistNames.contains(p.name))
            problems.add(QStringLiteral("%1: name must be 1 to 64 characters and unique").arg(where));
        if (p.presets.isEmpty())
            problems.add(QStringLiteral("%1: presets lists the presets shown in turn").arg(where));
        if (p.intervalSeconds < 5 || p.intervalSeconds > 86400)
            problems.add(QStringLiteral("%1: intervalSeconds is 5 to 86400").arg(where));
        playlistNames.insert(p.name);
        c.m_playlists << p;
    }
    const QJsonObject alarm = root.value(QLatin1String("alarm")).toObject();
    c.m_alarmDismissSeconds = alarm.value(QLatin1String("autoDismissSeconds")).toInt(60);
    if (c.m_alarmDismissSeconds < 0 || c.m_alarmDismissSeconds > 86400)
        problems.add(QStringLiteral("alarm.autoDismissSeconds is 0 (stay until acknowledged) to 86400"));
    c.m_alarmSound = alarm.value(QLatin1String("sound")).toString();

    if (problems.any())
        return problems.error();
    return c;
}

} // namespace yw::wall
