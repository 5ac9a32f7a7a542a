#pragma once

#include "wallcommand.h"

#include <QJsonValue>

#include <variant>

namespace yw::wall {

// One request of the HTTP control as far as it can be checked without the wall: the route and
// method (`POST /api/v1/command`, `GET /api/v1/status`), the size, the bearer token and the JSON
// command. A refused request carries the HTTP status and the protocol's error code.
struct HttpCommandRequest
{
    QString token;
    QJsonValue id;
    yw::core::Result<WallCommand> command = yw::core::Error::make(yw::core::Error::Code::InvalidInput, {});

    struct Refusal
    {
        int status = 400;
        QString code;
        QString message;
    };

    static std::variant<HttpCommandRequest, Refusal> parse(const QString &method, const QString &path,
                                                           const QByteArray &authorization, const QByteArray &body,
                                                           int maxBytes);
};

} // namespace yw::wall
