#include "ioteventparser.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace yw::plugins {

IotEventParser::Parsed IotEventParser::parse(const QByteArray &line) const
{
    Parsed out;
    yw::intake::IntakeRequest &r = out.request;
    r.payload = QString::fromUtf8(line);
    r.skipDuplicates = true;
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &err);
    if (err.error != QJsonParseError::NoError) {
        out.error = QStringLiteral("not JSON: %1 at byte %2").arg(err.errorString()).arg(err.offset);
        return out;
    }
    if (!doc.isObject()) {
        out.error = QStringLiteral("not a JSON object");
        return out;
    }
    const QJsonObject o = doc.object();
    const QString kind = o.value(QLatin1String("kind")).toString();
    if (kind == QLatin1String("alarm"))
        r.channel = QStringLiteral("Iot");
    else if (kind == QLatin1String("detection"))
        r.channel = QStringLiteral("VideoAi");
    else {
        out.error = QStringLiteral("kind must be \"alarm\" or \"detection\"");
        return out;
    }
    r.externalRef = o.value(QLatin1String("event_id")).toString().trimmed();
    if (r.externalRef.isEmpty()) {
        out.error = QStringLiteral("no event_id");
        return out;
    }
    r.deviceId = o.value(QLatin1String("device_id")).toString().trimmed();
    r.classCode = o.value(QLatin1String("class_code")).toString().trimmed();
    if (r.classCode.isEmpty()) {
        out.error = QStringLiteral("no class_code");
        return out;
    }
    r.description = o.value(QLatin1String("description")).toString().trimmed();
    const QJsonValue lon = o.value(QLatin1String("lon"));
    const QJsonValue lat = o.value(QLatin1String("lat"));
    if (!lon.isUndefined() || !lat.isUndefined()) {
        if (!lon.isDouble() || !lat.isDouble()) {
            out.error = QStringLiteral("lon and lat must be numbers");
            return out;
        }
        r.hasLocation = true;
        r.longitude = lon.toDouble();
        r.latitude = lat.toDouble();
        r.coordinateSystem = o.value(QLatin1String("crs")).toString();
    } else if (r.deviceId.isEmpty()) {
        out.error = QStringLiteral("no place: lon/lat or a registered device_id");
        return out;
    }
    const QString at = o.value(QLatin1String("at")).toString();
    if (!at.isEmpty()) {
        r.occurredAt = QDateTime::fromString(at, Qt::ISODate);
        if (!r.occurredAt.isValid()) {
            out.error = QStringLiteral("at \"%1\" is not an ISO 8601 time").arg(at);
            return out;
        }
    }
    if (r.channel == QLatin1String("VideoAi")) {
        const QJsonValue c = o.value(QLatin1String("confidence"));
        if (!c.isDouble() || c.toDouble() < 0 || c.toDouble() > 1) {
            out.error = QStringLiteral("a detection needs a confidence from 0 to 1");
            return out;
        }
        if (c.toDouble() < m_minConfidence) {
            out.error = QStringLiteral("confidence %1 is below the threshold %2")
                            .arg(c.toDouble())
                            .arg(m_minConfidence);
            return out;
        }
        if (r.description.isEmpty())
            r.description = QStringLiteral("视频智能识别 (%1%)").arg(qRound(c.toDouble() * 100));
    } else if (r.description.isEmpty()) {
        r.description = QStringLiteral("物联感知告警");
    }
    const QString level = o.value(QLatin1String("level")).toString();
    r.urgency = level == QLatin1String("critical") ? QStringLiteral("Critical")
                : level == QLatin1String("urgent") ? QStringLiteral("Urgent")
                                                    : QStringLiteral("Normal");
    const QString snapshot = o.value(QLatin1String("snapshot")).toString();
    if (!snapshot.isEmpty())
        r.attachments << snapshot;
    return out;
}

} // namespace yw::plugins
