#include "iotalarmsource.h"

#include "feedbatch.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

namespace yw::plugins {

using yw::intake::IntakeReply;

QVariantMap IotAlarmSource::settingsHelp() const
{
    return {
        {QStringLiteral("address"), QStringLiteral("address to listen on (127.0.0.1)")},
        {QStringLiteral("port"), QStringLiteral("TCP port for JSON lines (8312; 0 a free one; -1 none)")},
        {QStringLiteral("folder"), QStringLiteral("a drop folder of .jsonl files (optional)")},
        {QStringLiteral("min_confidence"), QStringLiteral("detections below it are refused (0.6)")},
        {QStringLiteral("settle_ms"), QStringLiteral("leave files changed this recently (1000)")},
    };
}

QString IotAlarmSource::start(yw::intake::IntakeHost &host, const QVariantMap &settings)
{
    stop();
    m_host = &host;
    bool ok = true;
    const double minConfidence =
        settings.value(QStringLiteral("min_confidence"), 0.6).toDouble(&ok);
    if (!ok || minConfidence < 0 || minConfidence > 1)
        return QStringLiteral("min_confidence is a number from 0 to 1");
    m_parser = std::make_unique<IotEventParser>(minConfidence);
    const int port = settings.value(QStringLiteral("port"), 8312).toInt(&ok);
    if (!ok || port < -1 || port > 65535)
        return QStringLiteral("port must be -1 (none) or 0 to 65535");
    const QString folder = settings.value(QStringLiteral("folder")).toString();
    if (port < 0 && folder.isEmpty())
        return QStringLiteral("neither a port nor a folder: nothing to listen to");
    if (port >= 0) {
        QHostAddress address;
        const QString a = settings.value(QStringLiteral("address"), QStringLiteral("127.0.0.1")).toString();
        if (!address.setAddress(a))
            return QStringLiteral("\"%1\" is not an IP address").arg(a);
        connect(&m_tcp, &QTcpServer::newConnection, this, &IotAlarmSource::onConnection,
                Qt::UniqueConnection);
        if (!m_tcp.listen(address, quint16(port)))
            return QStringLiteral("cannot listen on %1:%2: %3").arg(a).arg(port).arg(m_tcp.errorString());
    }
    if (!folder.isEmpty()) {
        SpoolFolder::Options o;
        o.suffixes = {QStringLiteral("jsonl")};
        o.settleMs = settings.value(QStringLiteral("settle_ms"), 1000).toInt();
        const QString err = m_spool.start(folder, o, [this](const QString &, const QByteArray &c) {
            return process(c);
        });
        if (!err.isEmpty()) {
            m_tcp.close();
            return err;
        }
    }
    return {};
}

void IotAlarmSource::stop()
{
    m_tcp.close();
    m_spool.stop();
}

QString IotAlarmSource::status() const
{
    QStringList parts;
    if (m_tcp.isListening())
        parts << QStringLiteral("listening on %1:%2")
                     .arg(m_tcp.serverAddress().toString())
                     .arg(m_tcp.serverPort());
    if (m_spool.isRunning())
        parts << QStringLiteral("watching %1").arg(m_spool.folder());
    return parts.isEmpty() ? QStringLiteral("stopped") : parts.join(QStringLiteral(", "));
}

void IotAlarmSource::onConnection()
{
    while (QTcpSocket *socket = m_tcp.nextPendingConnection()) {
        if (m_connections >= kMaxConnections) {
            socket->write("{\"outcome\":\"Rejected\",\"reason\":\"too many connections\"}\n");
            socket->disconnectFromHost();
            socket->deleteLater();
            continue;
        }
        ++m_connections;
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            --m_connections;
            socket->deleteLater();
        });
    }
}

void IotAlarmSource::onReadable(QTcpSocket *socket)
{
    while (socket->canReadLine()) {
        const QByteArray line = socket->readLine(kMaxLineBytes + 2).trimmed();
        if (line.isEmpty())
            continue;
        socket->write(handleLine(line));
    }
    // No line end within the limit: a broken or hostile sender. Say so and hang up.
    if (socket->bytesAvailable() > kMaxLineBytes) {
        m_host->reject(id(), QStringLiteral("Iot"), {},
                       QStringLiteral("a line longer than %1 bytes").arg(kMaxLineBytes),
                       QString::fromUtf8(socket->peek(512)));
        socket->write(QJsonDocument(QJsonObject{
                                        {QStringLiteral("outcome"), QStringLiteral("Rejected")},
                                        {QStringLiteral("reason"),
                                         QStringLiteral("line longer than %1 bytes").arg(kMaxLineBytes)}})
                          .toJson(QJsonDocument::Compact)
                      + '\n');
        socket->readAll();
        socket->disconnectFromHost();
    }
}

QByteArray IotAlarmSource::handleLine(const QByteArray &line)
{
    const IotEventParser::Parsed parsed = m_parser->parse(line);
    IntakeReply reply;
    if (!parsed.error.isEmpty()) {
        m_host->reject(id(), parsed.request.channel.isEmpty() ? QStringLiteral("Iot")
                                                              : parsed.request.channel,
                       parsed.request.externalRef, parsed.error, parsed.request.payload);
        reply.outcome = IntakeReply::Outcome::Rejected;
        reply.reason = parsed.error;
    } else {
        reply = m_host->submit(id(), parsed.request);
    }
    QJsonObject o{{QStringLiteral("event_id"), parsed.request.externalRef},
                  {QStringLiteral("outcome"), IntakeReply::outcomeKey(reply.outcome)}};
    if (!reply.caseNumber.isEmpty())
        o.insert(QStringLiteral("case"), reply.caseNumber);
    if (!reply.reason.isEmpty())
        o.insert(QStringLiteral("reason"), reply.reason);
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

SpoolFolder::FileOutcome IotAlarmSource::process(const QByteArray &content)
{
    QList<FeedRecord> records;
    const QList<QByteArray> lines = content.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const IotEventParser::Parsed parsed = m_parser->parse(line);
        records << FeedRecord{i + 1, QString::fromUtf8(line), parsed.error, parsed.request};
    }
    return submitFeed(*m_host, id(), QStringLiteral("Iot"), records);
}

} // namespace yw::plugins
