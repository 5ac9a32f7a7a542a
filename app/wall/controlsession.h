#pragma once

#include "ratelimiter.h"
#include "wallcontroller.h"

namespace yw::wall {

// One control client's conversation, the same on every transport: it must authenticate first
// (`auth <token>`, or a token the transport carried), its role limits what it may do, it may not
// send faster than the wall file allows; three wrong tokens, or a client that keeps sending far
// too fast, is to be dropped (`shouldClose`). Every refusal is in the audit log.
class ControlSession
{
public:
    static constexpr int kMaxAuthFailures = 3;

    ControlSession(WallController &controller, const QString &transport, const QString &peer);

    // The reply to one request, parsed or not.
    WallReply handle(const yw::core::Result<WallCommand> &command);
    // A token carried by the transport (HTTP's Authorization header); false for a wrong one.
    bool authenticateWith(const QString &token);

    bool authenticated() const { return m_authenticated; }
    bool watching() const { return m_watching; }
    void setWatching(bool on) { m_watching = on; }
    bool shouldClose() const { return m_close; }
    // Refuses the client for a transport's reason (too large, too slow): written down, and the
    // client is to be dropped.
    WallReply drop(const QString &code, const QString &message);

private:
    WallController &m_controller;
    WallController::Client m_client;
    RateLimiter m_rate;
    bool m_authenticated = false;
    bool m_watching = false;
    bool m_close = false;
    int m_authFailures = 0;
    int m_refusedInARow = 0;
};

} // namespace yw::wall
