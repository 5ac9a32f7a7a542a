#include "walllink.h"

#include <QJsonDocument>

namespace yw::videowall {

WallLink::WallLink(QObject *parent)
    : QObject(parent)
{
    m_reconnect.setInterval(5000);
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &WallLink::open);
    m_reread.setInterval(200);
    m_reread.setSingleShot(true);
    connect(&m_reread, &QTimer::timeout, this, [this] {
        send({{QStringLiteral("command"), QStringLiteral("status")}}, [this](const QJsonObject &r) {
            if (r.value(QLatin1String("ok")).toBool()) {
                m_state = r.value(QLatin1String("result")).toObject();
                emit stateChanged();
            }
        });
    });
    connect(&m_socket, &QWebSocket::connected, this, [this] {
        // The token first; then the state.
        m_socket.sendTextMessage(QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("id"), 0}, {QStringLiteral("command"), QStringLiteral("auth")},
                                      {QStringLiteral("token"), m_token}})
                .toJson(QJsonDocument::Compact)));
    });
    connect(&m_socket, &QWebSocket::disconnected, this, [this] {
        const bool was = m_authenticated;
        m_authenticated = false;
        for (const Reply &r : std::as_const(m_pending))
            if (r)
                r({{QStringLiteral("ok"), false}, {QStringLiteral("error"), QStringLiteral("unavailable")}});
        m_pending.clear();
        // A refused token says so; anything else is an unreachable wall.
        if (!m_refused)
            setProblem(tr("The wall is not reachable at %1").arg(m_url.toDisplayString()));
        if (was)
            emit connectionChanged();
        if (!m_url.isEmpty())
            m_reconnect.start();
    });
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &WallLink::receive);
}

WallLink::~WallLink()
{
    // The socket outlives the members its signals touch: it tells nobody as it closes.
    m_socket.disconnect(this);
    m_socket.abort();
}

void WallLink::setTarget(const QUrl &url, const QString &token)
{
    m_url = url;
    m_token = token;
    m_reconnect.stop();
    m_socket.abort();
    if (url.isEmpty()) {
        setProblem(tr("No wall is set for this workstation: give its address and token below"));
        return;
    }
    open();
}

void WallLink::open()
{
    m_refused = false;
    setProblem(tr("Connecting to the wall at %1…").arg(m_url.toDisplayString()));
    m_socket.open(m_url);
}

void WallLink::setProblem(const QString &problem)
{
    if (m_problem == problem)
        return;
    m_problem = problem;
    emit connectionChanged();
}

void WallLink::send(QJsonObject command, const Reply &reply)
{
    if (!m_authenticated) {
        if (reply)
            reply({{QStringLiteral("ok"), false},
                   {QStringLiteral("error"), QStringLiteral("unavailable")},
                   {QStringLiteral("message"), m_problem}});
        return;
    }
    const int id = m_nextId++;
    command.insert(QStringLiteral("id"), id);
    if (reply)
        m_pending.insert(id, reply);
    m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(command).toJson(QJsonDocument::Compact)));
}

void WallLink::receive(const QString &message)
{
    const QJsonObject o = QJsonDocument::fromJson(message.toUtf8()).object();
    if (o.contains(QLatin1String("event"))) {
        emit wallEvent(o);
        m_reread.start();
        return;
    }
    const int id = o.value(QLatin1String("id")).toInt(-1);
    if (id == 0) {
        m_authenticated = o.value(QLatin1String("ok")).toBool();
        m_refused = !m_authenticated;
        setProblem(m_authenticated ? QString()
                                   : tr("The wall refused this workstation's token: %1")
                                         .arg(o.value(QLatin1String("message")).toString()));
        emit connectionChanged();
        if (m_authenticated)
            m_reread.start();
        return;
    }
    if (const Reply r = m_pending.take(id))
        r(o);
}

} // namespace yw::videowall
