#include "wallcontroller.h"

#include "auditlog.h"
#include "caserepository.h"
#include "wallpresetrepository.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

#include <sodium.h>

Q_LOGGING_CATEGORY(lcWall, "yw.wall")

namespace yw::wall {

using yw::core::Error;

WallSceneHost::~WallSceneHost() = default;

WallController::WallController(const WallConfig &config, WallSceneHost &host, yw::store::Database &db,
                               const yw::core::Clock &clock, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_host(host)
    , m_db(db)
    , m_clock(clock)
{
    m_tick.setInterval(250);
    connect(&m_tick, &QTimer::timeout, this, &WallController::tick);
    m_tick.start();
}

std::optional<WallToken> WallController::authenticate(const QString &token) const
{
    const QByteArray hash = QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256);
    std::optional<WallToken> found;
    // Every token is compared, each in constant time: the reply takes as long for any guess.
    for (const WallToken &t : m_config.tokens())
        if (t.sha256.size() == hash.size() && sodium_memcmp(t.sha256.constData(), hash.constData(), hash.size()) == 0)
            found = t;
    return found;
}

void WallController::audit(const QString &login, const QString &action, const QString &detail)
{
    // The wall runs on when the log cannot be written (the database away); the log says so.
    if (auto s = yw::store::AuditLog(m_db).append(m_clock.now(), login, action, detail); !s)
        qCWarning(lcWall) << "the audit log cannot be written:" << s.error().message;
}

void WallController::auditRefusal(const Client &client, const QString &what)
{
    const QString who = client.name.isEmpty() ? QStringLiteral("wall:?") : QStringLiteral("wall:") + client.name;
    audit(who, QStringLiteral("wall.refused"), QStringLiteral("%1 %2: %3").arg(client.transport, client.peer, what));
}

WallReply WallController::execute(const WallCommand &command, const Client &client)
{
    WallReply reply;
    if (command.roleNeeded() == ControlRole::Control && client.role != ControlRole::Control)
        reply = WallReply::failure(QStringLiteral("forbidden"),
                                   QStringLiteral("%1 may recall presets and acknowledge alarms only; %2 needs a "
                                                  "control token")
                                       .arg(client.name, command.verbName()));
    else
        reply = run(command, client);
    // Reading the state is not an action; everything else is written down.
    const bool reading = command.verb == WallCommand::Verb::Status || command.verb == WallCommand::Verb::Presets
                         || command.verb == WallCommand::Verb::Help;
    if (!reading || !reply.ok) {
        const QString detail = QStringLiteral("%1 %2: %3 → %4")
                                   .arg(client.transport, client.peer, command.summary(),
                                        reply.ok ? QStringLiteral("OK") : reply.code);
        audit(QStringLiteral("wall:") + client.name, QStringLiteral("wall.") + command.verbName(), detail);
    }
    return reply;
}

WallReply WallController::run(const WallCommand &c, const Client &client)
{
    using Verb = WallCommand::Verb;
    // A client changing the wall by hand takes over from the playlist.
    if (!m_playlist.isEmpty()
        && (c.verb == Verb::Recall || c.verb == Verb::Open || c.verb == Verb::Move || c.verb == Verb::Close
            || c.verb == Verb::Show || c.verb == Verb::Route))
        stopPlaylist(QStringLiteral("%1 by %2").arg(c.verbName(), client.name));
    if ((c.verb == Verb::Save || c.verb == Verb::Delete) && c.preset.startsWith(QLatin1Char('_')))
        return WallReply::failure(QStringLiteral("syntax"), QStringLiteral("names starting with _ are the wall's own"));
    switch (c.verb) {
    case Verb::Auth:
        return WallReply::success(QStringLiteral("authenticated as %1").arg(client.name));
    case Verb::Help:
        return WallReply::success(QStringLiteral("auth status presets recall save delete open move close show route "
                                                 "focus ack playlist mode screenshot watch help"));
    case Verb::Status: {
        const QJsonObject s = state();
        int connected = 0;
        for (const QJsonValue &m : s.value(QLatin1String("monitors")).toArray())
            connected += m.toObject().value(QLatin1String("connected")).toBool() ? 1 : 0;
        return WallReply::success(QStringLiteral("preset=%1%2 mode=%3 windows=%4 monitors=%5/%6")
                                      .arg(m_preset.isEmpty() ? QStringLiteral("-") : m_preset,
                                           m_modified ? QStringLiteral("*") : QString(), m_mode)
                                      .arg(m_layout.windows.size())
                                      .arg(connected)
                                      .arg(m_config.monitors().size()),
                                  s);
    }
    case Verb::Presets: {
        auto list = yw::store::WallPresetRepository(m_db).list(m_config.id());
        if (!list)
            return WallReply::failure(QStringLiteral("unavailable"), list.error().message);
        QStringList names;
        QJsonArray presets;
        for (const auto &p : list.value()) {
            if (p.name.startsWith(QLatin1Char('_')))
                continue; // the wall's own
            names << (p.name.contains(QLatin1Char(' ')) ? QLatin1Char('"') + p.name + QLatin1Char('"') : p.name);
            presets.append(QJsonObject{{QStringLiteral("name"), p.name},
                                       {QStringLiteral("savedBy"), p.savedBy},
                                       {QStringLiteral("savedAt"), p.savedAt.toString(Qt::ISODate)}});
        }
        return WallReply::success(names.join(QLatin1Char(' ')), {{QStringLiteral("presets"), presets}});
    }
    case Verb::Recall:
        return recall(c.preset);
    case Verb::Save:
        return save(c, client);
    case Verb::Delete: {
        if (auto s = yw::store::WallPresetRepository(m_db).remove(m_config.id(), c.preset); !s)
            return WallReply::failure(s.error().code == Error::Code::NotFound ? QStringLiteral("unknown-preset")
                                                                               : QStringLiteral("unavailable"),
                                      s.error().message);
        tell(QStringLiteral("preset-deleted"), {{QStringLiteral("preset"), c.preset}});
        return WallReply::success(QStringLiteral("deleted %1").arg(c.preset));
    }
    case Verb::Open:
        return open(c);
    case Verb::Move:
        return move(c);
    case Verb::Close:
        return close(c.window);
    case Verb::Show:
        return show(c);
    case Verb::Route:
        return route(c);
    case Verb::Focus:
        return focus(c);
    case Verb::Mode:
        setMode(c.mode);
        return WallReply::success(QStringLiteral("mode %1").arg(m_mode));
    case Verb::Ack:
        return ack(c, client);
    case Verb::Playlist:
        return playlistCommand(c);
    case Verb::Screenshot: {
        auto path = m_host.screenshot();
        if (!path)
            return WallReply::failure(QStringLiteral("failed"), path.error().message);
        return WallReply::success(path.value(), {{QStringLiteral("path"), path.value()}});
    }
    case Verb::Watch:
        return WallReply::success(c.watch ? QStringLiteral("watching") : QStringLiteral("not watching"));
    }
    return WallReply::failure(QStringLiteral("unknown-command"), c.verbName());
}

QJsonObject WallController::state() const
{
    // Each monitor with the windows on its picture.
    QJsonArray monitors;
    for (const QJsonValue &v : m_host.monitorStates()) {
        QJsonObject m = v.toObject();
        const WallMonitor *monitor = m_config.monitor(m.value(QLatin1String("id")).toString());
        QJsonArray on;
        for (const WallWindow &w : m_layout.windows) {
            const QRectF common = monitor ? (w.rectMm & monitor->activeMm) : QRectF();
            if (common.width() > 1 && common.height() > 1)
                on.append(w.id);
        }
        m.insert(QStringLiteral("windows"), on);
        monitors.append(m);
    }
    return {{QStringLiteral("wall"), m_config.id()},
            {QStringLiteral("name"), m_config.name()},
            {QStringLiteral("preset"), m_preset},
            {QStringLiteral("modified"), m_modified},
            {QStringLiteral("mode"), m_mode},
            {QStringLiteral("windows"), [this] {
                 QJsonArray windows = m_layout.toJson().value(QLatin1String("windows")).toArray();
                 for (int i = 0; i < windows.size(); ++i) {
                     QJsonObject w = windows.at(i).toObject();
                     w.insert(QStringLiteral("title"), m_host.windowTitle(w.value(QLatin1String("scene")).toString(),
                                                                         w.value(QLatin1String("argument")).toString()));
                     windows[i] = w;
                 }
                 return windows;
             }()},
            {QStringLiteral("monitors"), monitors},
            {QStringLiteral("rule"), m_rule},
            {QStringLiteral("playlist"), m_playlist},
            {QStringLiteral("alarms"), [this] {
                 QJsonArray a;
                 for (const WallAlarm &x : m_alarms)
                     a.append(x.toJson());
                 return a;
             }()},
            {QStringLiteral("sources"), m_host.sourceStates()},
            {QStringLiteral("scenes"), QJsonArray::fromStringList(m_host.sceneIds())}};
}

void WallController::reportMonitor(const QString &monitorId, bool connected)
{
    tell(connected ? QStringLiteral("monitor-found") : QStringLiteral("monitor-lost"),
         {{QStringLiteral("monitor"), monitorId}});
}

void WallController::setMode(const QString &mode)
{
    if (m_mode == mode)
        return;
    m_mode = mode;
    emit modeChanged();
    tell(QStringLiteral("mode-changed"), {{QStringLiteral("mode"), m_mode}});
}

void WallController::fire(const WallRule &rule, const QString &detail, const QPointF *place)
{
    QStringList outcome;
    if (!rule.recall.isEmpty()) {
        if (!m_playlist.isEmpty())
            stopPlaylist(QStringLiteral("rule %1").arg(rule.name));
        const WallReply r = recall(rule.recall);
        outcome << (r.ok ? QStringLiteral("recalled %1").arg(rule.recall) : r.code);
    }
    if (!rule.mode.isEmpty())
        setMode(rule.mode);
    if (rule.alarm) {
        WallAlarm a;
        a.id = m_nextAlarm++;
        a.rule = rule.name;
        a.title = rule.name;
        a.detail = detail;
        a.at = m_clock.now();
        if (place) {
            a.hasPlace = true;
            a.lon = place->x();
            a.lat = place->y();
        }
        m_alarms << a;
        // A flood of alarms keeps the latest twenty up.
        while (m_alarms.size() > 20)
            m_alarms.removeFirst();
        tell(QStringLiteral("alarm-raised"), a.toJson());
        outcome << QStringLiteral("alarm %1").arg(a.id);
    }
    if (m_rule != rule.name) {
        m_rule = rule.name;
        tell(QStringLiteral("rule-fired"), {{QStringLiteral("rule"), rule.name}, {QStringLiteral("detail"), detail}});
    }
    emit alarmsChanged();
    audit(QStringLiteral("rule:") + rule.name, QStringLiteral("wall.rule"),
          QStringLiteral("%1 → %2").arg(detail, outcome.join(QStringLiteral(", "))));
}

WallReply WallController::ack(const WallCommand &c, const Client &client)
{
    int taken = 0;
    for (int i = m_alarms.size() - 1; i >= 0; --i)
        if (c.alarmId == 0 || m_alarms.at(i).id == c.alarmId) {
            tell(QStringLiteral("alarm-acknowledged"),
                 {{QStringLiteral("id"), double(m_alarms.at(i).id)}, {QStringLiteral("by"), client.name}});
            m_alarms.removeAt(i);
            ++taken;
        }
    if (c.alarmId && !taken)
        return WallReply::failure(QStringLiteral("unknown-alarm"), QStringLiteral("there is no alarm %1 up").arg(c.alarmId));
    emit alarmsChanged();
    return WallReply::success(QStringLiteral("acknowledged %1").arg(taken));
}

WallReply WallController::playlistCommand(const WallCommand &c)
{
    if (c.playlist.isEmpty()) {
        if (m_playlist.isEmpty())
            return WallReply::success(QStringLiteral("no playlist is running"));
        stopPlaylist(QStringLiteral("stopped"));
        return WallReply::success(QStringLiteral("stopped"));
    }
    const WallPlaylist *p = m_config.playlist(c.playlist);
    if (!p)
        return WallReply::failure(QStringLiteral("unknown-playlist"),
                                  QStringLiteral("the wall file has no playlist %1").arg(c.playlist));
    const WallReply first = recall(p->presets.first());
    if (!first.ok)
        return first;
    m_playlist = p->name;
    m_playlistIndex = 0;
    m_playlistNext = m_clock.now().addSecs(p->intervalSeconds);
    tell(QStringLiteral("playlist-started"), {{QStringLiteral("playlist"), p->name}});
    return WallReply::success(QStringLiteral("playing %1").arg(p->name));
}

void WallController::stopPlaylist(const QString &why)
{
    const QString name = m_playlist;
    m_playlist.clear();
    tell(QStringLiteral("playlist-stopped"), {{QStringLiteral("playlist"), name}, {QStringLiteral("why"), why}});
}

void WallController::tick()
{
    const QDateTime now = m_clock.now();
    if (!m_playlist.isEmpty() && now >= m_playlistNext) {
        if (const WallPlaylist *p = m_config.playlist(m_playlist)) {
            // A preset that cannot be shown (deleted meanwhile) is passed over, not stopped at.
            for (int tries = 0; tries < p->presets.size(); ++tries) {
                m_playlistIndex = (m_playlistIndex + 1) % int(p->presets.size());
                if (recall(p->presets.at(m_playlistIndex)).ok)
                    break;
            }
            m_playlistNext = now.addSecs(p->intervalSeconds);
        }
    }
    const int dismiss = m_config.alarmDismissSeconds();
    if (dismiss > 0) {
        bool gone = false;
        while (!m_alarms.isEmpty() && m_alarms.first().at.secsTo(now) >= dismiss) {
            tell(QStringLiteral("alarm-dismissed"), {{QStringLiteral("id"), double(m_alarms.first().id)}});
            m_alarms.removeFirst();
            gone = true;
        }
        if (gone)
            emit alarmsChanged();
    }
}

void WallController::reportSource(const QJsonObject &source)
{
    QJsonObject detail = source;
    detail.insert(QStringLiteral("source"), detail.take(QStringLiteral("id")));
    tell(QStringLiteral("source-state"), detail);
}

WallReply WallController::route(const WallCommand &c)
{
    const WallWindow *w = m_layout.window(c.window);
    if (!w)
        return WallReply::failure(QStringLiteral("unknown-window"), QStringLiteral("there is no window %1").arg(c.window));
    WallCommand open = c;
    open.verb = WallCommand::Verb::Open;
    open.scene = QStringLiteral("camera");
    open.rectMm = w->rectMm;
    return this->open(open);
}

WallReply WallController::checkScene(const QString &scene, const QString &argument)
{
    if (!m_host.sceneIds().contains(scene))
        return WallReply::failure(QStringLiteral("unknown-scene"),
                                  QStringLiteral("there is no scene %1 (%2)")
                                      .arg(scene, m_host.sceneIds().join(QStringLiteral(", "))));
    if (auto s = m_host.checkScene(scene, argument); !s)
        return WallReply::failure(s.error().code == Error::Code::NotFound ? QStringLiteral("unknown-argument")
                                                                           : QStringLiteral("failed"),
                                  s.error().message);
    return WallReply::success({});
}

yw::core::Result<WallLayout> WallController::presetLayout(const QString &name, QString *code)
{
    auto preset = yw::store::WallPresetRepository(m_db).find(m_config.id(), name);
    if (!preset) {
        *code = preset.error().code == Error::Code::NotFound ? QStringLiteral("unknown-preset") : QStringLiteral("unavailable");
        return preset.error();
    }
    const QJsonDocument json = QJsonDocument::fromJson(preset.value().layout);
    auto layout = WallLayout::fromJson(json.object(), m_config);
    if (!layout) {
        *code = QStringLiteral("bad-preset");
        return Error::make(Error::Code::InvalidInput,
                           QStringLiteral("preset %1 cannot be shown on this wall: %2").arg(name, layout.error().message));
    }
    // Every window must be showable before anything changes.
    for (const WallWindow &w : layout.value().windows)
        if (WallReply r = checkScene(w.scene, w.argument); !r.ok) {
            *code = r.code;
            return Error::make(Error::Code::InvalidInput, QStringLiteral("preset %1, window %2: %3").arg(name, w.id, r.text));
        }
    return layout;
}

WallReply WallController::recall(const QString &name)
{
    QString code;
    auto layout = presetLayout(name, &code);
    if (!layout)
        return WallReply::failure(code, layout.error().message);
    m_preset = name;
    setLayout(m_layout.recalled(layout.value(), m_config), true);
    tell(QStringLiteral("preset-recalled"),
         {{QStringLiteral("preset"), name}, {QStringLiteral("windows"), m_layout.toJson().value(QLatin1String("windows"))}});
    return WallReply::success(QStringLiteral("recalled %1").arg(name));
}

void WallController::restore(const QString &startPreset, const WallLayout &fallback)
{
    QString code;
    for (const QString &name : {QString::fromLatin1(kLastLayout), startPreset}) {
        if (name.isEmpty())
            continue;
        auto layout = presetLayout(name, &code);
        if (layout) {
            m_preset = name == QLatin1String(kLastLayout) ? QString() : name;
            setLayout(layout.value(), true);
            return;
        }
        if (code != QLatin1String("unknown-preset"))
            qCWarning(lcWall) << "the wall passes over" << name << ":" << layout.error().message;
    }
    setLayout(fallback, true);
}

WallReply WallController::save(const WallCommand &c, const Client &client)
{
    if (!c.monitors.isEmpty() && WallLayout::monitorsRect(c.monitors, m_config).isEmpty())
        return WallReply::failure(QStringLiteral("unknown-monitor"),
                                  QStringLiteral("this wall has no monitor %1").arg(c.monitors.join(QLatin1Char(','))));
    if (c.rectMm)
        return WallReply::failure(QStringLiteral("syntax"), QStringLiteral("a preset is saved for monitors, not a rect"));
    const WallLayout part = m_layout.on(c.monitors, m_config);
    auto version = yw::store::WallPresetRepository(m_db).save(m_config.id(), c.preset,
                                                              QJsonDocument(part.toJson()).toJson(QJsonDocument::Compact),
                                                              QStringLiteral("wall:") + client.name, m_clock.now());
    if (!version)
        return WallReply::failure(QStringLiteral("unavailable"), version.error().message);
    if (c.monitors.isEmpty()) {
        m_preset = c.preset;
        m_modified = false;
    }
    tell(QStringLiteral("preset-saved"), {{QStringLiteral("preset"), c.preset}, {QStringLiteral("version"), version.value()}});
    return WallReply::success(QStringLiteral("saved %1 (%2 windows)").arg(c.preset).arg(part.windows.size()),
                              {{QStringLiteral("version"), version.value()}});
}

std::optional<QRectF> WallController::placeOf(const WallCommand &c, WallReply &error) const
{
    if (!c.monitors.isEmpty()) {
        const QRectF r = WallLayout::monitorsRect(c.monitors, m_config);
        if (r.isEmpty()) {
            error = WallReply::failure(QStringLiteral("unknown-monitor"),
                                       QStringLiteral("this wall has no monitor among %1").arg(c.monitors.join(QLatin1Char(','))));
            return std::nullopt;
        }
        return r;
    }
    if (c.rectMm) {
        const QRectF r = *c.rectMm;
        if (r.width() < 10 || r.height() < 10 || !m_config.extentMm().adjusted(-1, -1, 1, 1).contains(r)) {
            error = WallReply::failure(QStringLiteral("outside-wall"),
                                       QStringLiteral("a window is at least 10 mm each way and inside the wall's %1 × %2 mm")
                                           .arg(m_config.extentMm().width())
                                           .arg(m_config.extentMm().height()));
            return std::nullopt;
        }
        return r;
    }
    return QRectF();
}

WallReply WallController::open(const WallCommand &c)
{
    if (!WallLayout::validWindowId(c.window))
        return WallReply::failure(QStringLiteral("syntax"), QStringLiteral("a window's id is 1 to 32 of A-Z, a-z, 0-9, - and _"));
    WallReply error;
    const auto rect = placeOf(c, error);
    if (!rect)
        return error;
    if (WallReply r = checkScene(c.scene, c.argument); !r.ok)
        return r;
    WallLayout next = m_layout;
    const WallWindow w{c.window, c.scene, c.argument, *rect};
    const int i = next.indexOf(c.window);
    if (i >= 0) {
        next.windows[i] = w;
    } else {
        if (next.windows.size() >= WallLayout::kMaxWindows)
            return WallReply::failure(QStringLiteral("too-many"),
                                      QStringLiteral("the wall shows at most %1 windows").arg(WallLayout::kMaxWindows));
        next.windows << w;
    }
    setLayout(next, false);
    tell(QStringLiteral("window-opened"), WallLayout{{w}, {}}.toJson().value(QLatin1String("windows")).toArray().first().toObject());
    return WallReply::success(QStringLiteral("opened %1").arg(c.window));
}

WallReply WallController::move(const WallCommand &c)
{
    const int i = m_layout.indexOf(c.window);
    if (i < 0)
        return WallReply::failure(QStringLiteral("unknown-window"), QStringLiteral("there is no window %1").arg(c.window));
    WallReply error;
    const auto rect = placeOf(c, error);
    if (!rect)
        return error;
    WallLayout next = m_layout;
    next.windows[i].rectMm = *rect;
    // A moved window comes to the top.
    next.windows.move(i, next.windows.size() - 1);
    setLayout(next, false);
    tell(QStringLiteral("window-moved"), {{QStringLiteral("window"), c.window},
                                          {QStringLiteral("rect"), QJsonArray{rect->x(), rect->y(), rect->width(), rect->height()}}});
    return WallReply::success(QStringLiteral("moved %1").arg(c.window));
}

WallReply WallController::close(const QString &window)
{
    const int i = m_layout.indexOf(window);
    if (i < 0)
        return WallReply::failure(QStringLiteral("unknown-window"), QStringLiteral("there is no window %1").arg(window));
    WallLayout next = m_layout;
    next.windows.removeAt(i);
    setLayout(next, false);
    tell(QStringLiteral("window-closed"), {{QStringLiteral("window"), window}});
    return WallReply::success(QStringLiteral("closed %1").arg(window));
}

WallReply WallController::show(const WallCommand &c)
{
    WallCommand open = c;
    open.verb = WallCommand::Verb::Open;
    open.scene = QStringLiteral("scenario");
    if (open.window.isEmpty())
        open.window = QStringLiteral("main");
    if (open.monitors.isEmpty() && !open.rectMm) {
        if (const WallWindow *w = m_layout.window(open.window)) {
            open.rectMm = w->rectMm;
        } else {
            // A new window covers every monitor's picture.
            open.monitors = m_config.monitorIds();
        }
    }
    return this->open(open);
}

WallReply WallController::focus(const WallCommand &c)
{
    double lon = c.lon, lat = c.lat;
    if (!c.caseNumber.isEmpty()) {
        yw::store::CaseQuery q;
        q.caseNumbers = {c.caseNumber};
        q.limit = 1;
        auto found = yw::store::CaseRepository(m_db).find(q);
        if (!found)
            return WallReply::failure(QStringLiteral("unavailable"), found.error().message);
        if (found.value().isEmpty())
            return WallReply::failure(QStringLiteral("unknown-case"), QStringLiteral("there is no case %1").arg(c.caseNumber));
        lon = found.value().first().longitude;
        lat = found.value().first().latitude;
    }
    if (auto s = m_host.focus(lon, lat, c.zoom); !s)
        return WallReply::failure(QStringLiteral("no-map"), s.error().message);
    tell(QStringLiteral("focused"), {{QStringLiteral("lon"), lon}, {QStringLiteral("lat"), lat}});
    return WallReply::success(QStringLiteral("focused %1 %2").arg(lon, 0, 'f', 6).arg(lat, 0, 'f', 6),
                              {{QStringLiteral("lon"), lon}, {QStringLiteral("lat"), lat}});
}

void WallController::setLayout(const WallLayout &layout, bool fromPreset)
{
    m_layout = layout;
    m_modified = !fromPreset && !m_preset.isEmpty();
    // What the wall shows survives a restart (or a power cut) of the wall.
    if (auto s = yw::store::WallPresetRepository(m_db).save(m_config.id(), QString::fromLatin1(kLastLayout),
                                                             QJsonDocument(m_layout.toJson()).toJson(QJsonDocument::Compact),
                                                             QStringLiteral("wall"), m_clock.now());
        !s)
        qCWarning(lcWall) << "the wall's layout cannot be kept:" << s.error().message;
    emit layoutChanged();
}

void WallController::tell(const QString &name, QJsonObject detail)
{
    detail.insert(QStringLiteral("event"), name);
    detail.insert(QStringLiteral("seq"), ++m_seq);
    detail.insert(QStringLiteral("at"), m_clock.now().toString(Qt::ISODateWithMs));
    emit event(detail);
}

} // namespace yw::wall
