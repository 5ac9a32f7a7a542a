#pragma once

#include "error.h"
#include "wallmonitor.h"
#include "wallrule.h"
#include "walltoken.h"

#include <QHostAddress>
#include <QList>

namespace yw::wall {

// A wall file (`yiwang --wall --wall-config FILE`, docs/DATA_FORMATS.md, resources/wall/
// wall.schema.json): the wall's monitors as mounted, how they are driven, and who may control it
// from where. Reading checks everything and names every problem at once (overlapping or impossible
// monitors, unknown fields' values, ports), so a wall is never started half-configured.
class WallConfig
{
public:
    enum class Output {
        Screens, // one window per monitor, each on its own screen (QScreen)
        Desktop, // one window across a wall processor's single desktop
    };
    struct Listener
    {
        quint16 port = 0; // 0: off
    };
    static constexpr int kMaxMonitors = 64;

    static yw::core::Result<WallConfig> parse(const QByteArray &json);
    static yw::core::Result<WallConfig> load(const QString &path);

    QString id() const { return m_id; }
    QString name() const { return m_name; }
    Output output() const { return m_output; }
    // The account the wall signs in as, unless the command line names one.
    QString account() const { return m_account; }
    const QList<WallMonitor> &monitors() const { return m_monitors; }
    const WallMonitor *monitor(const QString &id) const;
    QStringList monitorIds() const;

    // Control: the address listened on (loopback unless the file says otherwise), the three
    // transports' ports, the clients' tokens and the limits every client is held to.
    QHostAddress bind() const { return m_bind; }
    Listener tcp() const { return m_tcp; }
    Listener webSocket() const { return m_webSocket; }
    Listener http() const { return m_http; }
    const QList<WallToken> &tokens() const { return m_tokens; }
    int commandsPerSecond() const { return m_commandsPerSecond; }
    int maxCommandBytes() const { return m_maxCommandBytes; }
    // Where screenshots are written (the user's data folder unless set).
    QString screenshotDir() const { return m_screenshotDir; }
    const QList<WallRule> &rules() const { return m_rules; }
    const QList<WallPlaylist> &playlists() const { return m_playlists; }
    const WallPlaylist *playlist(const QString &name) const;
    // An alarm pop-up goes by itself after this long (0: only when acknowledged); a sound file
    // plays with it (none by default: a wall in a meeting room stays quiet).
    int alarmDismissSeconds() const { return m_alarmDismissSeconds; }
    QString alarmSound() const { return m_alarmSound; }

    // The wall's extent in millimetres (every monitor with its frame; the top-left is 0,0).
    QRectF extentMm() const { return m_extent; }
    // The pixels of a millimetre of content: the finest of the monitors'.
    double pixelsPerMm() const { return m_pixelsPerMm; }
    // The wall processor's desktop (Desktop output): every monitor's pixels.
    QSize desktopSize() const;

    // Testing and the admin tool: a token's SHA-256 as the file keeps it (hex).
    static QString hashToken(const QString &token);

private:
    QString m_id;
    QString m_name;
    Output m_output = Output::Screens;
    QString m_account;
    QList<WallMonitor> m_monitors;
    QHostAddress m_bind = QHostAddress(QHostAddress::LocalHost);
    Listener m_tcp, m_webSocket, m_http;
    QList<WallToken> m_tokens;
    int m_commandsPerSecond = 10;
    int m_maxCommandBytes = 4096;
    QString m_screenshotDir;
    QList<WallRule> m_rules;
    QList<WallPlaylist> m_playlists;
    int m_alarmDismissSeconds = 60;
    QString m_alarmSound;
    QRectF m_extent;
    double m_pixelsPerMm = 0;
};

} // namespace yw::wall
