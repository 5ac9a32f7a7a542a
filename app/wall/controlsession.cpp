#include "controlsession.h"

namespace yw::wall {

ControlSession::ControlSession(WallController &controller, const QString &transport, const QString &peer)
    : m_controller(controller)
    , m_rate(controller.config().commandsPerSecond())
{
    m_client.transport = transport;
    m_client.peer = peer;
}

bool ControlSession::authenticateWith(const QString &token)
{
    const auto found = m_controller.authenticate(token);
    if (!found) {
        ++m_authFailures;
        m_controller.auditRefusal(m_client, QStringLiteral("wrong token"));
        if (m_authFailures >= kMaxAuthFailures)
            m_close = true;
        return false;
    }
    m_client.name = found->name;
    m_client.role = found->role;
    m_authenticated = true;
    m_authFailures = 0;
    return true;
}

WallReply ControlSession::drop(const QString &code, const QString &message)
{
    m_close = true;
    m_controller.auditRefusal(m_client, QStringLiteral("dropped: %1 (%2)").arg(code, message));
    return WallReply::failure(code, message);
}

WallReply ControlSession::handle(const yw::core::Result<WallCommand> &command)
{
    if (!m_rate.take()) {
        // A client that keeps on long after being told is dropped (once, written down).
        if (++m_refusedInARow >= 4 * m_controller.config().commandsPerSecond())
            return drop(QStringLiteral("rate-limited"), QStringLiteral("too many commands; the connection is closed"));
        return WallReply::failure(QStringLiteral("rate-limited"),
                                  QStringLiteral("at most %1 commands a second").arg(m_controller.config().commandsPerSecond()));
    }
    m_refusedInARow = 0;
    // Anything but a token before the token (garbage included) counts as a failed attempt.
    if (!m_authenticated && !(command && command.value().verb == WallCommand::Verb::Auth)) {
        ++m_authFailures;
        if (m_authFailures >= kMaxAuthFailures)
            return drop(QStringLiteral("auth-required"), QStringLiteral("authenticate first: auth <token>"));
        return WallReply::failure(QStringLiteral("auth-required"), QStringLiteral("authenticate first: auth <token>"));
    }
    if (!command) {
        const bool unknown = command.error().code == yw::core::Error::Code::NotFound;
        m_controller.auditRefusal(m_client, command.error().message.left(200));
        return WallReply::failure(unknown ? QStringLiteral("unknown-command") : QStringLiteral("syntax"),
                                  command.error().message);
    }
    const WallCommand &c = command.value();
    if (c.verb == WallCommand::Verb::Auth) {
        if (!authenticateWith(c.token))
            return WallReply::failure(QStringLiteral("auth-failed"),
                                      m_close ? QStringLiteral("wrong token; the connection is closed")
                                              : QStringLiteral("wrong token"));
        return m_controller.execute(c, m_client);
    }
    const WallReply reply = m_controller.execute(c, m_client);
    if (c.verb == WallCommand::Verb::Watch && reply.ok)
        m_watching = c.watch;
    return reply;
}

} // namespace yw::wall
