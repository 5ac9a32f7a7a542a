#pragma once

#include "controlsession.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include <memory>

class QWebSocket;
class QWebSocketServer;

namespace yw::wall {

// JSON over WebSocket: each text message one command object ({"id": 1, "command": "recall",
// "preset": "day"}), each answered by one reply object with the same id; once authenticated, a
// client is sent every state event as it happens ({"event": "preset-recalled", ...}). Messages
// larger than the wall file's limit, binary frames, and clients that do not authenticate within
// ten seconds are refused and dropped.
class WebSocketControlServer : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxClients = 32;

    explicit WebSocketControlServer(WallController &controller, QObject *parent = nullptr);
    ~WebSocketControlServer() override;

    yw::core::Result<quint16> listen(const QHostAddress &address, quint16 port);
    // How long a client may stay unauthenticated (tests shorten it).
    void setAuthLimitMs(int ms) { m_authLimitMs = ms; }

private:
    struct Client;
    void accept();
    void receive(QWebSocket *socket, const QString &message);
    void broadcast(const QJsonObject &event);
    void checkLate();

    WallController &m_controller;
    std::unique_ptr<QWebSocketServer> m_server;
    QHash<QWebSocket *, std::shared_ptr<Client>> m_clients;
    QTimer m_lateCheck;
    int m_authLimitMs = 10000;
};

} // namespace yw::wall
