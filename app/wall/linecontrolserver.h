#pragma once

#include "controlsession.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include <memory>

class QTcpServer;
class QTcpSocket;

namespace yw::wall {

// The line protocol on TCP, for room controllers (Crestron/Extron-style): one command per line
// (UTF-8, \n or \r\n), one reply line each ("OK …", "ERR <code> …"); after `watch on` the wall's
// events come as "EVENT <name> <json>" lines. A client that sends a line longer than the wall
// file's limit, leaves a line unfinished for ten seconds, does not authenticate within ten
// seconds or fails three times is dropped; the wall runs on.
class LineControlServer : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxClients = 32;
    static constexpr int kIdleLimitMs = 10000;

    explicit LineControlServer(WallController &controller, QObject *parent = nullptr);
    ~LineControlServer() override;

    // The port listened on (0 for any), or an error.
    yw::core::Result<quint16> listen(const QHostAddress &address, quint16 port);
    int clientCount() const { return int(m_clients.size()); }
    // How long a line may stay unfinished, and a client unauthenticated (tests shorten it).
    void setIdleLimitMs(int ms) { m_idleLimitMs = ms; }

private:
    struct Client;
    void accept();
    void read(QTcpSocket *socket);
    void send(Client &c, const QString &line);
    void checkSlow();
    void broadcast(const QJsonObject &event);

    WallController &m_controller;
    std::unique_ptr<QTcpServer> m_server;
    QHash<QTcpSocket *, std::shared_ptr<Client>> m_clients;
    QTimer m_slowCheck;
    int m_idleLimitMs = kIdleLimitMs;
};

} // namespace yw::wall
