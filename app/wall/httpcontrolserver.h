#pragma once

#include "controlsession.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>

#include <memory>

class QHttpServer;
class QHttpServerRequest;

namespace yw::wall {

// JSON over HTTP, for scripts and web dashboards: `POST /api/v1/command` with one command object
// and `GET /api/v1/status`, each with `Authorization: Bearer <token>`; the reply object is the
// WebSocket's, with the HTTP status to match (200, 400, 401, 403, 404, 413, 429). A body larger
// than the wall file's limit is refused. Rate limits are per client address.
class HttpControlServer : public QObject
{
    Q_OBJECT
public:
    explicit HttpControlServer(WallController &controller, QObject *parent = nullptr);
    ~HttpControlServer() override;

    yw::core::Result<quint16> listen(const QHostAddress &address, quint16 port);

    struct Answer
    {
        int status = 200;
        QByteArray body;
    };
    // One request (public for the fuzzer and the tests).
    Answer answer(const QString &method, const QString &path, const QByteArray &authorization,
                  const QByteArray &body, const QString &peer);

private:
    WallController &m_controller;
    std::unique_ptr<QHttpServer> m_server;
    QHash<QString, std::shared_ptr<RateLimiter>> m_limits; // per client address
};

} // namespace yw::wall
