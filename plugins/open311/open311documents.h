#pragma once

#include "intakehost.h"

#include <QByteArray>

namespace yw::plugins {

// The response documents of Open311 GeoReport v2 (wiki.open311.org/GeoReport_v2) in its two
// formats, JSON and XML (UTF-8, times ISO 8601 with the city's UTC offset). Open311 knows two
// statuses, open and closed; with extensions=true each request also carries
// extended_attributes.detailed_status, our state in Open311's upper-case style.
class Open311Documents
{
public:
    enum class Format { Json, Xml };

    Open311Documents(Format format, const QTimeZone &cityZone)
        : m_format(format)
        , m_zone(cityZone)
    {}
    static QByteArray mimeType(Format f);
    QByteArray mimeType() const { return mimeType(m_format); }

    QByteArray services(const QList<yw::intake::IntakeServiceInfo> &services) const;
    QByteArray serviceDefinition(const QString &serviceCode) const;
    QByteArray created(const QString &serviceRequestId, const QString &serviceNotice) const;
    QByteArray requests(const QList<yw::intake::IntakeCaseStatus> &cases, bool extensions,
                        const QString &serviceNotice) const;
    QByteArray error(int code, const QString &description) const;

    static QString openOrClosed(const yw::intake::IntakeCaseStatus &c);
    static QString detailedStatus(const QString &stateKey);
    // ISO 8601 with the city's UTC offset; empty for no time.
    QString time(const QDateTime &t) const;

private:
    Format m_format;
    QTimeZone m_zone;
};

} // namespace yw::plugins
