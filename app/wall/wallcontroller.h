#pragma once

#include "clock.h"
#include "wallalarm.h"
#include "database.h"
#include "wallcommand.h"
#include "wallconfig.h"
#include "walllayout.h"
#include "wallreply.h"
#include "wallscenehost.h"

#include <QObject>
#include <QTimer>

#include <optional>

namespace yw::wall {

// The wall's state and the one place its commands are carried out, whichever transport brought
// them: checks the client's role, the names (presets, scenes, windows, monitors) and places, then
// changes the layout and tells of it (`event`, pushed to watching clients). Presets live in the
// case database (store::WallPresetRepository); every command, refused ones included, goes to the
// audit log as `wall.<command>` by `wall:<token name>`. A refused command changes nothing.
class WallController : public QObject
{
    Q_OBJECT
public:
    // Who sent a command, by which transport and from where.
    struct Client
    {
        QString name; // the token's name
        ControlRole role = ControlRole::Operate;
        QString transport; // tcp, websocket, http, local
        QString peer;      // address:port
    };

    WallController(const WallConfig &config, WallSceneHost &host, yw::store::Database &db,
                   const yw::core::Clock &clock, QObject *parent = nullptr);

    const WallConfig &config() const { return m_config; }
    // The token's client (name and role), compared in constant time; nothing for a wrong token.
    std::optional<WallToken> authenticate(const QString &token) const;

    WallReply execute(const WallCommand &command, const Client &client);
    // Writes a refusal that never reached execute (a wrong token, garbage, a client dropped).
    void auditRefusal(const Client &client, const QString &what);

    // At start: what the wall showed when it stopped (kept as the preset "_last"), else the
    // preset `startPreset`, else `fallback`; a layout that cannot be shown any more is passed over.
    void restore(const QString &startPreset, const WallLayout &fallback);
    static constexpr const char *kLastLayout = "_last";

    const WallLayout &layout() const { return m_layout; }
    QString activePreset() const { return m_preset; }
    // The layout differs from the preset last recalled.
    bool modified() const { return m_modified; }
    QString mode() const { return m_mode; }
    // The rule that last changed the wall, the playlist running, the alarms up (oldest first).
    QString activeRule() const { return m_rule; }
    QString playlist() const { return m_playlist; }
    const QList<WallAlarm> &alarms() const { return m_alarms; }

    // A rule's condition came true: recall its preset, set its mode, raise its alarm (with what
    // happened in `detail`, and a place when there is one). Written to the audit log as
    // `rule:<name>`.
    void fire(const WallRule &rule, const QString &detail, const QPointF *place = nullptr);
    // Moves the playlist on and lets old alarms go when their time comes (by the wall's clock);
    // the controller runs it four times a second, tests call it after moving their clock.
    void tick();
    // The whole state as status returns it.
    QJsonObject state() const;
    // The display tells of a monitor lost or found again, and of a source's new state.
    void reportMonitor(const QString &monitorId, bool connected);
    void reportSource(const QJsonObject &source);

signals:
    void layoutChanged();
    void modeChanged();
    void alarmsChanged();
    // A pushed state event: {"event": "...", "seq": n, "at": ISO time, ...}.
    void event(const QJsonObject &event);

private:
    WallReply run(const WallCommand &c, const Client &client);
    WallReply recall(const QString &name);
    WallReply save(const WallCommand &c, const Client &client);
    WallReply open(const WallCommand &c);
    WallReply move(const WallCommand &c);
    WallReply close(const QString &window);
    WallReply show(const WallCommand &c);
    WallReply focus(const WallCommand &c);
    WallReply route(const WallCommand &c);
    WallReply ack(const WallCommand &c, const Client &client);
    WallReply playlistCommand(const WallCommand &c);
    void stopPlaylist(const QString &why);
    void setMode(const QString &mode);
    // The rectangle a command names (monitors or mm), or an error reply.
    std::optional<QRectF> placeOf(const WallCommand &c, WallReply &error) const;
    WallReply checkScene(const QString &scene, const QString &argument);
    void setLayout(const WallLayout &layout, bool fromPreset);
    // The layout of a stored preset, checked against this wall and the scenes.
    yw::core::Result<WallLayout> presetLayout(const QString &name, QString *code);
    void tell(const QString &name, QJsonObject detail);
    void audit(const QString &login, const QString &action, const QString &detail);

    WallConfig m_config;
    WallSceneHost &m_host;
    yw::store::Database &m_db;
    const yw::core::Clock &m_clock;
    WallLayout m_layout;
    QString m_preset;
    bool m_modified = false;
    QString m_mode = QStringLiteral("day");
    qint64 m_seq = 0;
    QString m_rule;
    QList<WallAlarm> m_alarms;
    qint64 m_nextAlarm = 1;
    QString m_playlist;
    int m_playlistIndex = 0;
    QDateTime m_playlistNext;
    QTimer m_tick;
};

} // namespace yw::wall
