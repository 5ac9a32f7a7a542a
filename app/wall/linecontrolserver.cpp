#include "linecontrolserver.h"

#include "lineframer.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>

namespace yw::wall {

struct LineControlServer::Client
{
    QTcpSocket *socket = nullptr;
    std::unique_ptr<ControlSession> session;
    std::unique_ptr<LineFramer> framer;
    QDeadlineTimer deadline; // to authenticate, or to finish a line begun
};

LineControlServer::LineControlServer(WallController &controller, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
{
    connect(&m_controller, &WallController::event, this, &LineControlServer::broadcast);
    m_slowCheck.setInterval(250);
    connect(&m_slowCheck, &QTimer::timeout, this, &LineControlServer::checkSlow);
}

LineControlServer::~LineControlServer()
{
    for (auto it = m_clients.begin(); it != m_clients.end(); ++it)
        it.key()->disconnect(this);
}

yw::core::Result<quint16> LineControlServer::listen(const QHostAddress &address, quint16 port)
{
    m_server = std::make_unique<QTcpServer>();
    m_server->setMaxPendingConnections(kMaxClients);
    if (!m_server->listen(address, port))
        return yw::core::Error::make(yw::core::Error::Code::Internal,
                                     QStringLiteral("the wall's TCP control cannot listen on %1:%2: %3")
                                         .arg(address.toString())
                                         .arg(port)
                                         .arg(m_server->errorString()));
    connect(m_server.get(), &QTcpServer::newConnection, this, &LineControlServer::accept);
    m_slowCheck.start();
    return m_server->serverPort();
}

void LineControlServer::accept()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        const QString peer = QStringLiteral("%1:%2").arg(socket->peerAddress().toString()).arg(socket->peerPort());
        if (m_clients.size() >= kMaxClients) {
            socket->write("ERR busy too many control clients\r\n");
            socket->disconnectFromHost();
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            continue;
        }
        auto c = std::make_shared<Client>();
        c->socket = socket;
        c->session = std::make_unique<ControlSession>(m_controller, QStringLiteral("tcp"), peer);
        c->framer = std::make_unique<LineFramer>(m_controller.config().maxCommandBytes());
        c->deadline = QDeadlineTimer(m_idleLimitMs);
        m_clients.insert(socket, c);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_clients.remove(socket);
            socket->deleteLater();
        });
    }
}

void LineControlServer::send(Client &c, const QString &line)
{
    c.socket->write(line.toUtf8() + "\r\n");
}

void LineControlServer::read(QTcpSocket *socket)
{
    const auto it = m_clients.find(socket);
    if (it == m_clients.end())
        return;
    auto c = it.value(); // kept alive while its lines are handled
    const int limit = m_controller.config().maxCommandBytes();
    for (const QByteArray &line : c->framer->feed(socket->readAll())) {
        if (line.trimmed().isEmpty())
            continue;
        send(*c, c->session->handle(WallCommand::fromLine(QString::fromUtf8(line))).toLine());
        if (c->session->shouldClose())
            break;
    }
    if (!c->session->shouldClose() && c->framer->tooLong())
        send(*c, c->session->drop(QStringLiteral("too-large"), QStringLiteral("a line is at most %1 bytes").arg(limit)).toLine());
    if (c->session->shouldClose()) {
        socket->disconnectFromHost();
        return;
    }
    // An unfinished line must be finished soon; an authenticated client may then stay idle.
    if (c->framer->hasPartial())
        c->deadline = QDeadlineTimer(m_idleLimitMs);
    else if (c->session->authenticated())
        c->deadline = QDeadlineTimer(QDeadlineTimer::Forever);
}

void LineControlServer::checkSlow()
{
    const auto clients = m_clients.values();
    for (const auto &c : clients)
        if (c->deadline.hasExpired() && !c->session->shouldClose()) {
            send(*c, c->session->drop(QStringLiteral("timeout"),
                                      c->session->authenticated() ? QStringLiteral("a line was left unfinished")
                                                                  : QStringLiteral("no token within ten seconds"))
                         .toLine());
            c->socket->disconnectFromHost();
        }
}

void LineControlServer::broadcast(const QJsonObject &event)
{
    const QString line = QStringLiteral("EVENT %1 %2")
                             .arg(event.value(QLatin1String("event")).toString(),
                                  QString::fromUtf8(QJsonDocument(event).toJson(QJsonDocument::Compact)));
    for (const auto &c : std::as_const(m_clients))
        if (c->session->authenticated() && c->session->watching())
            send(*c, line);
}

} // namespace yw::wall
