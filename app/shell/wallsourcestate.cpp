#include "wallsourcestate.h"

namespace yw::shell {

QString WallSourceState::nameOf(State s)
{
    switch (s) {
    case State::Connecting:
        return QStringLiteral("connecting");
    case State::Playing:
        return QStringLiteral("playing");
    case State::Stalled:
        return QStringLiteral("stalled");
    case State::Error:
        return QStringLiteral("error");
    case State::Reconnecting:
        return QStringLiteral("reconnecting");
    }
    return {};
}

void WallSourceState::setState(State state, const QString &problem)
{
    if (m_state == state && m_problem == problem)
        return;
    m_state = state;
    m_problem = problem;
    emit stateChanged();
}

void WallSourceState::setLastFrameAt(const QDateTime &at)
{
    m_lastFrameAt = at;
    emit lastFrameChanged();
}

} // namespace yw::shell
