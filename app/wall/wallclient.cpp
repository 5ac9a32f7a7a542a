#include "wallclient.h"

#include <QTcpSocket>

namespace yw::wall {

using yw::core::Error;

namespace {
yw::core::Result<QString> readLine(QTcpSocket &socket)
{
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(WallClient::kTimeoutMs))
            return Error::make(Error::Code::DatabaseUnavailable,
                               QStringLiteral("the wall did not answer: %1").arg(socket.errorString()));
    }
    return QString::fromUtf8(socket.readLine()).trimmed();
}
} // namespace

yw::core::Result<QString> WallClient::send(const QString &commandLine) const
{
    QTcpSocket socket;
    socket.connectToHost(m_host, m_port);
    if (!socket.waitForConnected(kTimeoutMs))
        return Error::make(Error::Code::DatabaseUnavailable, QStringLiteral("the wall at %1:%2 cannot be reached: %3")
                                                                 .arg(m_host)
                                                                 .arg(m_port)
                                                                 .arg(socket.errorString()));
    // The token is quoted like any word of the protocol.
    QString token = m_token;
    token.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
    socket.write(QStringLiteral("auth \"%1\"\r\n").arg(token).toUtf8());
    auto auth = readLine(socket);
    if (!auth)
        return auth.error();
    if (!auth.value().startsWith(QLatin1String("OK")))
        return Error::make(Error::Code::AuthFailed, QStringLiteral("the wall refused the token: %1").arg(auth.value()));
    socket.write(commandLine.toUtf8() + "\r\n");
    auto reply = readLine(socket);
    socket.disconnectFromHost();
    return reply;
}

} // namespace yw::wall
