#include "websocketcontrolserver.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QWebSocket>
#include <QWebSocketServer>

namespace yw::wall {

namespace {
QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
} // namespace

struct WebSocketControlServer::Client
{
    QWebSocket *socket = nullptr;
    std::unique_ptr<ControlSession> session;
    QDeadlineTimer authDeadline;
};

WebSocketControlServer::WebSocketControlServer(WallController &controller, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
{
    connect(&m_controller, &WallController::event, this, &WebSocketControlServer::broadcast);
    m_lateCheck.setInterval(250);
    connect(&m_lateCheck, &QTimer::timeout, this, &WebSocketControlServer::checkLate);
}

WebSocketControlServer::~WebSocketControlServer()
{
    for (auto it = m_clients.begin(); it != m_clients.end(); ++it)
        it.key()->disconnect(this);
}

yw::core::Result<quint16> WebSocketControlServer::listen(const QHostAddress &address, quint16 port)
{
    m_server = std::make_unique<QWebSocketServer>(QStringLiteral("yiwang-wall"), QWebSocketServer::NonSecureMode);
    if (!m_server->listen(address, port))
        return yw::core::Error::make(yw::core::Error::Code::Internal,
                                     QStringLiteral("the wall's WebSocket control cannot listen on %1:%2: %3")
                                         .arg(address.toString())
                                         .arg(port)
                                         .arg(m_server->errorString()));
    connect(m_server.get(), &QWebSocketServer::newConnection, this, &WebSocketControlServer::accept);
    m_lateCheck.start();
    return m_server->serverPort();
}

void WebSocketControlServer::accept()
{
    while (QWebSocket *socket = m_server->nextPendingConnection()) {
        if (m_clients.size() >= kMaxClients) {
            socket->close(QWebSocketProtocol::CloseCodeTooMuchData, QStringLiteral("too many control clients"));
            socket->deleteLater();
            continue;
        }
        const int limit = m_controller.config().maxCommandBytes();
        socket->setMaxAllowedIncomingMessageSize(quint64(limit));
        socket->setMaxAllowedIncomingFrameSize(quint64(limit));
        auto c = std::make_shared<Client>();
        c->socket = socket;
        c->authDeadline = QDeadlineTimer(m_authLimitMs);
        c->session = std::make_unique<ControlSession>(
            m_controller, QStringLiteral("websocket"),
            QStringLiteral("%1:%2").arg(socket->peerAddress().toString()).arg(socket->peerPort()));
        m_clients.insert(socket, c);
        connect(socket, &QWebSocket::textMessageReceived, this,
                [this, socket](const QString &message) { receive(socket, message); });
        connect(socket, &QWebSocket::binaryMessageReceived, this, [this, socket](const QByteArray &) {
            if (auto c = m_clients.value(socket)) {
                socket->sendTextMessage(compact(
                    c->session->drop(QStringLiteral("syntax"), QStringLiteral("commands are JSON text messages")).toJson({})));
                socket->close(QWebSocketProtocol::CloseCodeDatatypeNotSupported);
            }
        });
        // An oversized message never arrives: Qt closes with "too much data"; it is written down here.
        connect(socket, &QWebSocket::disconnected, this, [this, socket] {
            if (auto c = m_clients.value(socket); c && socket->closeCode() == QWebSocketProtocol::CloseCodeTooMuchData)
                c->session->drop(QStringLiteral("too-large"), QStringLiteral("a message larger than the limit"));
            m_clients.remove(socket);
            socket->deleteLater();
        });
    }
}

void WebSocketControlServer::receive(QWebSocket *socket, const QString &message)
{
    const auto c = m_clients.value(socket);
    if (!c)
        return;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(message.toUtf8(), &error);
    QJsonValue id;
    yw::core::Result<WallCommand> command = yw::core::Error::make(
        yw::core::Error::Code::InvalidInput,
        error.error != QJsonParseError::NoError ? QStringLiteral("not JSON: %1").arg(error.errorString())
                                                : QStringLiteral("a command is a JSON object"));
    if (error.error == QJsonParseError::NoError && doc.isObject()) {
        id = doc.object().value(QLatin1String("id"));
        if (!id.isDouble() && !id.isString())
            id = QJsonValue();
        command = WallCommand::fromJson(doc.object());
    }
    const WallReply reply = c->session->handle(command);
    socket->sendTextMessage(compact(reply.toJson(id)));
    if (c->session->shouldClose())
        socket->close(QWebSocketProtocol::CloseCodePolicyViolated, reply.code);
}

void WebSocketControlServer::broadcast(const QJsonObject &event)
{
    const QString text = compact(event);
    for (const auto &c : std::as_const(m_clients))
        if (c->session->authenticated())
            c->socket->sendTextMessage(text);
}

void WebSocketControlServer::checkLate()
{
    const auto clients = m_clients.values();
    for (const auto &c : clients)
        if (!c->session->authenticated() && c->authDeadline.hasExpired() && !c->session->shouldClose()) {
            c->socket->sendTextMessage(
                compact(c->session->drop(QStringLiteral("timeout"), QStringLiteral("no token within ten seconds")).toJson({})));
            c->socket->close(QWebSocketProtocol::CloseCodePolicyViolated);
        }
}

} // namespace yw::wall
