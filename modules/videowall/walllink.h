#pragma once

#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

#include <functional>

namespace yw::videowall {

// A workstation's line to the wall: the wall's WebSocket control, authenticated with the
// workstation's token, the wall's state read at once and again whenever the wall tells of a change
// (debounced), commands sent with their replies handed back. Reconnects every five seconds while
// the wall is away.
class WallLink : public QObject
{
    Q_OBJECT
public:
    using Reply = std::function<void(const QJsonObject &reply)>;

    explicit WallLink(QObject *parent = nullptr);
    ~WallLink() override;

    // Connects to `url` (ws://host:port) with `token`; an empty url disconnects.
    void setTarget(const QUrl &url, const QString &token);
    bool isConnected() const { return m_authenticated; }
    QString problem() const { return m_problem; }
    // The wall's state as `status` returns it (empty until read).
    const QJsonObject &state() const { return m_state; }
    // Sends one command object; `reply` gets the wall's answer (or {"ok": false, "error":
    // "unavailable"} when the wall is not connected).
    void send(QJsonObject command, const Reply &reply = {});

signals:
    void connectionChanged();
    void stateChanged();
    // Every event the wall pushes.
    void wallEvent(const QJsonObject &event);

private:
    void open();
    void receive(const QString &message);
    void setProblem(const QString &problem);

    QWebSocket m_socket;
    QUrl m_url;
    QString m_token;
    bool m_authenticated = false;
    bool m_refused = false; // the wall refused the token
    QString m_problem;
    QJsonObject m_state;
    int m_nextId = 1;
    QHash<int, Reply> m_pending;
    QTimer m_reconnect;
    QTimer m_reread;
};

} // namespace yw::videowall
