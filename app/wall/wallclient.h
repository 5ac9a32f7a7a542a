#pragma once

#include "error.h"

#include <QString>

namespace yw::wall {

// A small client of the wall's line protocol (yiwang-admin wall): connects, authenticates, sends
// one command and returns its reply line. Blocking, with a time-out: a command-line tool's way.
class WallClient
{
public:
    static constexpr int kTimeoutMs = 10000;

    WallClient(const QString &host, quint16 port, const QString &token)
        : m_host(host)
        , m_port(port)
        , m_token(token)
    {}
    // The reply line ("OK …" or "ERR …"); an error when the wall cannot be reached or refuses the
    // token.
    yw::core::Result<QString> send(const QString &commandLine) const;

private:
    QString m_host;
    quint16 m_port;
    QString m_token;
};

} // namespace yw::wall
