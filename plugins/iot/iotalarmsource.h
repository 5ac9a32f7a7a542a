#pragma once

#include "intakesource.h"
#include "ioteventparser.h"
#include "spoolfolder.h"

#include <QTcpServer>

namespace yw::plugins {

// IoT alarms and video-AI detections as JSON Lines over TCP (each line answered with a JSON
// line: the outcome and the case) and/or from a drop folder of .jsonl files. A repeat of an open
// case's alarm files nothing new. Listens on 127.0.0.1 unless an address is configured.
class IotAlarmSource : public QObject, public yw::intake::IntakeSource
{
    Q_OBJECT
public:
    static constexpr int kMaxLineBytes = 64 * 1024;
    static constexpr int kMaxConnections = 256;

    QString id() const override { return QStringLiteral("iot"); }
    QString title() const override { return QStringLiteral("IoT alarms and video-AI detections"); }
    QVariantMap settingsHelp() const override;
    QString start(yw::intake::IntakeHost &host, const QVariantMap &settings) override;
    void stop() override;
    QString status() const override;
    quint16 port() const { return m_tcp.isListening() ? m_tcp.serverPort() : 0; }
    SpoolFolder &spool() { return m_spool; }

private:
    void onConnection();
    void onReadable(QTcpSocket *socket);
    QByteArray handleLine(const QByteArray &line);
    SpoolFolder::FileOutcome process(const QByteArray &content);

    yw::intake::IntakeHost *m_host = nullptr;
    std::unique_ptr<IotEventParser> m_parser;
    QTcpServer m_tcp;
    SpoolFolder m_spool;
    int m_connections = 0;
};

} // namespace yw::plugins
