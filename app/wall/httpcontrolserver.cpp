#include "httpcontrolserver.h"

#include "httpcommandrequest.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>

namespace yw::wall {

namespace {
int statusOf(const WallReply &r)
{
    if (r.ok)
        return 200;
    if (r.code == QLatin1String("auth-required") || r.code == QLatin1String("auth-failed"))
        return 401;
    if (r.code == QLatin1String("forbidden"))
        return 403;
    if (r.code.startsWith(QLatin1String("unknown-")))
        return 404;
    if (r.code == QLatin1String("too-large"))
        return 413;
    if (r.code == QLatin1String("rate-limited"))
        return 429;
    if (r.code == QLatin1String("unavailable") || r.code == QLatin1String("failed"))
        return 503;
    return 400;
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
} // namespace

HttpControlServer::HttpControlServer(WallController &controller, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
{}

HttpControlServer::~HttpControlServer() = default;

yw::core::Result<quint16> HttpControlServer::listen(const QHostAddress &address, quint16 port)
{
    m_server = std::make_unique<QHttpServer>();
    m_server->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        const QString method = request.method() == QHttpServerRequest::Method::Post  ? QStringLiteral("POST")
                               : request.method() == QHttpServerRequest::Method::Get ? QStringLiteral("GET")
                                                                                       : QStringLiteral("OTHER");
        const Answer a = answer(method, request.url().path(), request.value("Authorization"), request.body(),
                                request.remoteAddress().toString());
        responder.write(a.body, "application/json", QHttpServerResponder::StatusCode(a.status));
    });
    const quint16 bound = m_server->listen(address, port);
    if (bound == 0) {
        m_server.reset();
        return yw::core::Error::make(yw::core::Error::Code::Internal,
                                     QStringLiteral("the wall's HTTP control cannot listen on %1:%2")
                                         .arg(address.toString())
                                         .arg(port));
    }
    return bound;
}

HttpControlServer::Answer HttpControlServer::answer(const QString &method, const QString &path,
                                                    const QByteArray &authorization, const QByteArray &body,
                                                    const QString &peer)
{
    // One bucket per address (kept for a bounded number of addresses).
    if (m_limits.size() > 1024)
        m_limits.clear();
    auto &limit = m_limits[peer];
    if (!limit)
        limit = std::make_shared<RateLimiter>(m_controller.config().commandsPerSecond());
    if (!limit->take())
        return {429, json(WallReply::failure(QStringLiteral("rate-limited"), QStringLiteral("too many requests")).toJson({}))};

    ControlSession session(m_controller, QStringLiteral("http"), peer);
    auto parsed = HttpCommandRequest::parse(method, path, authorization, body, m_controller.config().maxCommandBytes());
    if (auto *refused = std::get_if<HttpCommandRequest::Refusal>(&parsed)) {
        const WallReply reply = refused->status == 413 ? session.drop(refused->code, refused->message)
                                                       : WallReply::failure(refused->code, refused->message);
        return {refused->status, json(reply.toJson({}))};
    }
    const HttpCommandRequest &request = std::get<HttpCommandRequest>(parsed);
    if (!session.authenticateWith(request.token))
        return {401, json(WallReply::failure(QStringLiteral("auth-failed"), QStringLiteral("send Authorization: Bearer <token>"))
                              .toJson({}))};
    const WallReply reply = session.handle(request.command);
    return {statusOf(reply), json(reply.toJson(request.id))};
}

} // namespace yw::wall
