#pragma once

#include "intakesource.h"

#include <QHttpServer>
#include <QObject>

namespace yw::plugins {

// An Open311 GeoReport v2 endpoint (services, service definitions, requests POST and GET, one
// request) on Qt HttpServer, in JSON and XML. Posting needs an API key from the configured list;
// reading does not (the documents carry no reporter details). Listens on 127.0.0.1 unless an
// address is configured.
class Open311Server : public QObject, public yw::intake::IntakeSource
{
    Q_OBJECT
public:
    static constexpr qint64 kMaxBodyBytes = 1024 * 1024;
    static constexpr int kDefaultDays = 90;
    static constexpr int kMaxRequests = 1000;

    Open311Server();
    ~Open311Server() override;

    QString id() const override { return QStringLiteral("open311"); }
    QString title() const override { return QStringLiteral("Open311 GeoReport v2"); }
    QVariantMap settingsHelp() const override;
    QString start(yw::intake::IntakeHost &host, const QVariantMap &settings) override;
    void stop() override;
    QString status() const override;
    quint16 port() const { return m_port; }

private:
    struct Reply
    {
        int status = 200;
        QByteArray body;
        QByteArray mimeType;
    };
    Reply route(const QHttpServerRequest &request);
    Reply postRequest(const QHttpServerRequest &request, int format);
    Reply getRequests(const QUrlQuery &query, const QString &oneId, int format);
    bool validKey(const QString &key) const;

    yw::intake::IntakeHost *m_host = nullptr;
    std::unique_ptr<QHttpServer> m_server;
    QStringList m_keys;
    QString m_serviceNotice;
    QString m_jurisdiction;
    QString m_address;
    quint16 m_port = 0;
};

} // namespace yw::plugins
