#include "httpcommandrequest.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace yw::wall {

std::variant<HttpCommandRequest, HttpCommandRequest::Refusal>
HttpCommandRequest::parse(const QString &method, const QString &path, const QByteArray &authorization,
                          const QByteArray &body, int maxBytes)
{
    const bool command = path == QLatin1String("/api/v1/command");
    const bool status = path == QLatin1String("/api/v1/status");
    if (!command && !status)
        return Refusal{404, QStringLiteral("not-found"), QStringLiteral("POST /api/v1/command or GET /api/v1/status")};
    if ((command && method != QLatin1String("POST")) || (status && method != QLatin1String("GET")))
        return Refusal{405, QStringLiteral("method"), QStringLiteral("POST /api/v1/command, GET /api/v1/status")};
    if (body.size() > maxBytes)
        return Refusal{413, QStringLiteral("too-large"), QStringLiteral("a command is at most %1 bytes").arg(maxBytes)};
    const QByteArray bearer("Bearer ");
    if (!authorization.startsWith(bearer) || authorization.size() == bearer.size() || authorization.size() > 300)
        return Refusal{401, QStringLiteral("auth-failed"), QStringLiteral("send Authorization: Bearer <token>")};
    HttpCommandRequest r;
    r.token = QString::fromUtf8(authorization.mid(bearer.size()));
    if (status) {
        r.command = WallCommand::fromJson({{QStringLiteral("command"), QStringLiteral("status")}});
        return r;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        r.command = yw::core::Error::make(yw::core::Error::Code::InvalidInput, QStringLiteral("the body is one JSON object"));
        return r;
    }
    r.id = doc.object().value(QLatin1String("id"));
    if (!r.id.isDouble() && !r.id.isString())
        r.id = QJsonValue();
    r.command = WallCommand::fromJson(doc.object());
    return r;
}

} // namespace yw::wall
