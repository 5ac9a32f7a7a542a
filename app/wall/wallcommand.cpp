#include "wallcommand.h"

#include <QJsonArray>

#include <cmath>

namespace yw::wall {

using yw::core::Error;
using yw::core::Result;

namespace {

struct VerbName
{
    WallCommand::Verb verb;
    const char *name;
};
constexpr VerbName kVerbs[] = {
    {WallCommand::Verb::Auth, "auth"},       {WallCommand::Verb::Help, "help"},
    {WallCommand::Verb::Status, "status"},   {WallCommand::Verb::Presets, "presets"},
    {WallCommand::Verb::Recall, "recall"},   {WallCommand::Verb::Save, "save"},
    {WallCommand::Verb::Delete, "delete"},   {WallCommand::Verb::Open, "open"},
    {WallCommand::Verb::Move, "move"},       {WallCommand::Verb::Close, "close"},
    {WallCommand::Verb::Show, "show"},       {WallCommand::Verb::Route, "route"},
    {WallCommand::Verb::Focus, "focus"},     {WallCommand::Verb::Ack, "ack"},
    {WallCommand::Verb::Playlist, "playlist"},
    {WallCommand::Verb::Mode, "mode"},       {WallCommand::Verb::Screenshot, "screenshot"},
    {WallCommand::Verb::Watch, "watch"},
};

Error syntax(const QString &message)
{
    return Error::make(Error::Code::InvalidInput, message);
}

// A name a client gives (a preset, a window): printable, no longer than a screen can show.
bool validName(const QString &s)
{
    if (s.isEmpty() || s.size() > WallCommand::kMaxNameLength)
        return false;
    for (QChar c : s)
        if (!c.isPrint())
            return false;
    return true;
}

Result<QString> requiredName(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isString() || !validName(v.toString()))
        return syntax(QStringLiteral("%1 needs %2: 1 to %3 printable characters")
                          .arg(o.value(QLatin1String("command")).toString(), QLatin1String(key))
                          .arg(WallCommand::kMaxNameLength));
    return v.toString();
}

// Where: "monitors": ["A1", "B2"] or "rect": [x, y, w, h] (mm).
yw::core::Status readPlace(const QJsonObject &o, WallCommand &c, bool required)
{
    const QJsonValue monitors = o.value(QLatin1String("monitors"));
    const QJsonValue rect = o.value(QLatin1String("rect"));
    if (!monitors.isUndefined() && !rect.isUndefined())
        return syntax(QStringLiteral("give monitors or rect, not both"));
    if (!monitors.isUndefined()) {
        const QJsonArray list = monitors.toArray();
        if (!monitors.isArray() || list.isEmpty() || list.size() > 64)
            return syntax(QStringLiteral("monitors is a list of monitor ids"));
        for (const QJsonValue &m : list) {
            if (!m.isString() || m.toString().isEmpty() || m.toString().size() > 16)
                return syntax(QStringLiteral("monitors is a list of monitor ids"));
            c.monitors << m.toString();
        }
        return yw::core::success();
    }
    if (!rect.isUndefined()) {
        const QJsonArray r = rect.toArray();
        if (r.size() != 4)
            return syntax(QStringLiteral("rect is [x, y, width, height] in mm"));
        for (const QJsonValue &v : r)
            if (!v.isDouble() || !std::isfinite(v.toDouble()) || std::abs(v.toDouble()) > 1e6)
                return syntax(QStringLiteral("rect is [x, y, width, height] in mm"));
        c.rectMm = QRectF(r.at(0).toDouble(), r.at(1).toDouble(), r.at(2).toDouble(), r.at(3).toDouble());
        return yw::core::success();
    }
    if (required)
        return syntax(QStringLiteral("say where: monitors [..] or rect [x, y, width, height]"));
    return yw::core::success();
}

bool toNumber(const QString &s, double &out)
{
    bool ok = false;
    out = s.toDouble(&ok);
    return ok && std::isfinite(out);
}

// "on A1:B2" / "on A1,A3" / "at x y w h" from position `i` of a line's words.
yw::core::Status linePlace(const QStringList &w, int i, QJsonObject &o, bool required)
{
    if (i >= w.size()) {
        if (required)
            return syntax(QStringLiteral("say where: on <monitor>[:<monitor>] or at <x> <y> <width> <height>"));
        return yw::core::success();
    }
    if (w.at(i) == QLatin1String("on") && i + 2 == w.size()) {
        QString range = w.at(i + 1);
        range.replace(QLatin1Char(':'), QLatin1Char(','));
        o.insert(QStringLiteral("monitors"), QJsonArray::fromStringList(range.split(QLatin1Char(','))));
        return yw::core::success();
    }
    if (w.at(i) == QLatin1String("at") && i + 5 == w.size()) {
        QJsonArray rect;
        for (int k = 1; k <= 4; ++k) {
            double v = 0;
            if (!toNumber(w.at(i + k), v))
                return syntax(QStringLiteral("at takes four numbers (mm): x y width height"));
            rect.append(v);
        }
        o.insert(QStringLiteral("rect"), rect);
        return yw::core::success();
    }
    return syntax(QStringLiteral("say where: on <monitor>[:<monitor>] or at <x> <y> <width> <height>"));
}

} // namespace

QString WallCommand::verbName() const
{
    for (const VerbName &v : kVerbs)
        if (v.verb == verb)
            return QLatin1String(v.name);
    return {};
}

ControlRole WallCommand::roleNeeded() const
{
    switch (verb) {
    case Verb::Auth:
    case Verb::Help:
    case Verb::Status:
    case Verb::Presets:
    case Verb::Recall:
    case Verb::Watch:
    case Verb::Ack:
        return ControlRole::Operate;
    default:
        return ControlRole::Control;
    }
}

QString WallCommand::summary() const
{
    QStringList parts{verbName()};
    for (const QString &s : {preset, window, scene, argument, caseNumber, mode, playlist})
        if (!s.isEmpty())
            parts << s;
    if (!monitors.isEmpty())
        parts << QStringLiteral("on ") + monitors.join(QLatin1Char(','));
    if (rectMm)
        parts << QStringLiteral("at %1 %2 %3 %4").arg(rectMm->x()).arg(rectMm->y()).arg(rectMm->width()).arg(rectMm->height());
    if (verb == Verb::Ack)
        parts << (alarmId ? QString::number(alarmId) : QStringLiteral("all"));
    if (verb == Verb::Focus && caseNumber.isEmpty())
        parts << QStringLiteral("%1 %2 %3").arg(lon, 0, 'f', 6).arg(lat, 0, 'f', 6).arg(zoom);
    return parts.join(QLatin1Char(' '));
}

Result<WallCommand> WallCommand::fromJson(const QJsonObject &o)
{
    const QString name = o.value(QLatin1String("command")).toString();
    WallCommand c;
    bool known = false;
    for (const VerbName &v : kVerbs)
        if (name == QLatin1String(v.name)) {
            c.verb = v.verb;
            known = true;
        }
    if (!known)
        return Error::make(Error::Code::NotFound,
                           name.isEmpty() ? QStringLiteral("a command needs its name (\"command\")")
                                          : QStringLiteral("there is no command %1; help lists them").arg(name.left(64)));
    auto take = [&](const char *key, QString &into) -> yw::core::Status {
        auto v = requiredName(o, key);
        if (!v)
            return v.error();
        into = v.value();
        return yw::core::success();
    };
    yw::core::Status s = yw::core::success();
    switch (c.verb) {
    case Verb::Auth: {
        const QString token = o.value(QLatin1String("token")).toString();
        if (token.isEmpty() || token.size() > 256)
            return syntax(QStringLiteral("auth needs the token"));
        c.token = token;
        break;
    }
    case Verb::Help:
    case Verb::Status:
    case Verb::Presets:
    case Verb::Screenshot:
        break;
    case Verb::Recall:
    case Verb::Delete:
        s = take("preset", c.preset);
        break;
    case Verb::Save:
        s = take("preset", c.preset);
        if (s)
            s = readPlace(o, c, false);
        break;
    case Verb::Open:
        s = take("window", c.window);
        if (s)
            s = take("scene", c.scene);
        if (s) {
            c.argument = o.value(QLatin1String("argument")).toString();
            if (c.argument.size() > 400)
                return syntax(QStringLiteral("the argument is at most 400 characters"));
            s = readPlace(o, c, true);
        }
        break;
    case Verb::Move:
        s = take("window", c.window);
        if (s)
            s = readPlace(o, c, true);
        break;
    case Verb::Close:
        s = take("window", c.window);
        break;
    case Verb::Show:
        s = take("scenario", c.argument);
        if (s && o.contains(QLatin1String("window")))
            s = take("window", c.window);
        if (s)
            s = readPlace(o, c, false);
        break;
    case Verb::Ack: {
        const QJsonValue a = o.value(QLatin1String("alarm"));
        if (a.isString() && a.toString() == QLatin1String("all"))
            break;
        if (!a.isDouble() || a.toDouble() < 1 || a.toDouble() != double(qint64(a.toDouble())))
            return syntax(QStringLiteral("ack needs the alarm's number, or \"all\""));
        c.alarmId = qint64(a.toDouble());
        break;
    }
    case Verb::Playlist: {
        const QString action = o.value(QLatin1String("action")).toString();
        if (action == QLatin1String("start"))
            s = take("playlist", c.playlist);
        else if (action != QLatin1String("stop"))
            return syntax(QStringLiteral("playlist needs action start (with its name) or stop"));
        break;
    }
    case Verb::Route:
        s = take("source", c.argument);
        if (s)
            s = take("window", c.window);
        break;
    case Verb::Focus:
        if (o.contains(QLatin1String("case"))) {
            s = take("case", c.caseNumber);
        } else {
            const QJsonValue lon = o.value(QLatin1String("lon")), lat = o.value(QLatin1String("lat"));
            if (!lon.isDouble() || !lat.isDouble() || std::abs(lon.toDouble()) > 180 || std::abs(lat.toDouble()) > 90)
                return syntax(QStringLiteral("focus needs lon and lat (degrees) or a case number"));
            c.lon = lon.toDouble();
            c.lat = lat.toDouble();
            const QJsonValue zoom = o.value(QLatin1String("zoom"));
            if (!zoom.isUndefined() && (!zoom.isDouble() || zoom.toDouble() < 3 || zoom.toDouble() > 20))
                return syntax(QStringLiteral("zoom is 3 to 20"));
            c.zoom = zoom.toDouble(0);
        }
        break;
    case Verb::Mode:
        c.mode = o.value(QLatin1String("mode")).toString();
        if (c.mode != QLatin1String("day") && c.mode != QLatin1String("night"))
            return syntax(QStringLiteral("mode is day or night"));
        break;
    case Verb::Watch: {
        const QJsonValue v = o.value(QLatin1String("on"));
        if (!v.isBool())
            return syntax(QStringLiteral("watch needs on: true or false"));
        c.watch = v.toBool();
        break;
    }
    }
    if (!s)
        return s.error();
    return c;
}

Result<QStringList> WallCommand::words(const QString &line)
{
    QStringList out;
    QString current;
    bool inQuotes = false, inWord = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('\\') && i + 1 < line.size()) {
                current += line.at(++i);
            } else if (c == QLatin1Char('"')) {
                inQuotes = false;
            } else {
                current += c;
            }
        } else if (c == QLatin1Char('"')) {
            inQuotes = true;
            inWord = true;
        } else if (c.isSpace()) {
            if (inWord)
                out << current;
            current.clear();
            inWord = false;
        } else {
            current += c;
            inWord = true;
        }
    }
    if (inQuotes)
        return syntax(QStringLiteral("a quote is not closed"));
    if (inWord)
        out << current;
    return out;
}

Result<WallCommand> WallCommand::fromLine(const QString &line)
{
    auto split = words(line);
    if (!split)
        return split.error();
    const QStringList w = split.value();
    if (w.isEmpty())
        return syntax(QStringLiteral("an empty line is no command; help lists them"));
    QJsonObject o{{QStringLiteral("command"), w.at(0).toLower()}};
    const QString verb = w.at(0).toLower();
    auto needs = [&](int min, int max, const char *usage) -> yw::core::Status {
        if (w.size() - 1 < min || w.size() - 1 > max)
            return syntax(QStringLiteral("usage: %1").arg(QLatin1String(usage)));
        return yw::core::success();
    };
    yw::core::Status s = yw::core::success();
    if (verb == QLatin1String("auth")) {
        s = needs(1, 1, "auth <token>");
        if (s)
            o.insert(QStringLiteral("token"), w.at(1));
    } else if (verb == QLatin1String("recall") || verb == QLatin1String("delete")) {
        s = needs(1, 1, "recall|delete <preset>");
        if (s)
            o.insert(QStringLiteral("preset"), w.at(1));
    } else if (verb == QLatin1String("save")) {
        s = needs(1, 3, "save <preset> [on <monitor>[:<monitor>]]");
        if (s) {
            o.insert(QStringLiteral("preset"), w.at(1));
            s = linePlace(w, 2, o, false);
        }
    } else if (verb == QLatin1String("open")) {
        // open <window> <scene> [<argument>] on …|at …
        const int place = w.indexOf(QStringLiteral("on")) > 0 ? w.indexOf(QStringLiteral("on"))
                                                              : w.indexOf(QStringLiteral("at"));
        if (place < 3 || place > 4)
            return syntax(QStringLiteral("usage: open <window> <scene> [<argument>] on <monitor>[:<monitor>] | at <x> <y> "
                                         "<width> <height>"));
        o.insert(QStringLiteral("window"), w.at(1));
        o.insert(QStringLiteral("scene"), w.at(2));
        if (place == 4)
            o.insert(QStringLiteral("argument"), w.at(3));
        s = linePlace(w, place, o, true);
    } else if (verb == QLatin1String("move")) {
        s = needs(3, 6, "move <window> on <monitor>[:<monitor>] | at <x> <y> <width> <height>");
        if (s) {
            o.insert(QStringLiteral("window"), w.at(1));
            s = linePlace(w, 2, o, true);
        }
    } else if (verb == QLatin1String("close")) {
        s = needs(1, 1, "close <window>");
        if (s)
            o.insert(QStringLiteral("window"), w.at(1));
    } else if (verb == QLatin1String("show")) {
        // show <scenario> [in <window>] [on …]
        s = needs(1, 5, "show <scenario> [in <window>] [on <monitor>[:<monitor>]]");
        if (!s)
            return s.error();
        o.insert(QStringLiteral("scenario"), w.at(1));
        int i = 2;
        if (i + 1 < w.size() && w.at(i) == QLatin1String("in")) {
            o.insert(QStringLiteral("window"), w.at(i + 1));
            i += 2;
        }
        s = linePlace(w, i, o, false);
    } else if (verb == QLatin1String("ack")) {
        s = needs(1, 1, "ack <alarm>|all");
        if (s) {
            bool ok = false;
            const qint64 id = w.at(1).toLongLong(&ok);
            o.insert(QStringLiteral("alarm"), ok ? QJsonValue(double(id)) : QJsonValue(w.at(1)));
        }
    } else if (verb == QLatin1String("playlist")) {
        s = needs(1, 2, "playlist start <name> | playlist stop");
        if (s) {
            o.insert(QStringLiteral("action"), w.at(1));
            if (w.size() > 2)
                o.insert(QStringLiteral("playlist"), w.at(2));
        }
    } else if (verb == QLatin1String("route")) {
        s = needs(2, 2, "route <source> <window>");
        if (s) {
            o.insert(QStringLiteral("source"), w.at(1));
            o.insert(QStringLiteral("window"), w.at(2));
        }
    } else if (verb == QLatin1String("focus")) {
        if (w.size() == 3 && w.at(1) == QLatin1String("case")) {
            o.insert(QStringLiteral("case"), w.at(2));
        } else {
            s = needs(2, 3, "focus <lon> <lat> [<zoom>] | focus case <number>");
            double lon = 0, lat = 0, zoom = 0;
            if (s && (!toNumber(w.at(1), lon) || !toNumber(w.at(2), lat) || (w.size() == 4 && !toNumber(w.at(3), zoom))))
                return syntax(QStringLiteral("usage: focus <lon> <lat> [<zoom>] | focus case <number>"));
            o.insert(QStringLiteral("lon"), lon);
            o.insert(QStringLiteral("lat"), lat);
            if (w.size() == 4)
                o.insert(QStringLiteral("zoom"), zoom);
        }
    } else if (verb == QLatin1String("mode")) {
        s = needs(1, 1, "mode day|night");
        if (s)
            o.insert(QStringLiteral("mode"), w.at(1));
    } else if (verb == QLatin1String("watch")) {
        s = needs(1, 1, "watch on|off");
        if (s && w.at(1) != QLatin1String("on") && w.at(1) != QLatin1String("off"))
            return syntax(QStringLiteral("usage: watch on|off"));
        o.insert(QStringLiteral("on"), w.size() > 1 && w.at(1) == QLatin1String("on"));
    } else if (verb == QLatin1String("status") || verb == QLatin1String("presets")
               || verb == QLatin1String("screenshot") || verb == QLatin1String("help")) {
        s = needs(0, 0, "status | presets | screenshot | help");
    }
    if (!s)
        return s.error();
    return fromJson(o);
}

} // namespace yw::wall
