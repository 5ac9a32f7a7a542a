#include "open311documents.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <QXmlStreamWriter>

namespace yw::plugins {

using yw::intake::IntakeCaseStatus;
using yw::intake::IntakeServiceInfo;

namespace {
// A document is a list of records of named fields (in the order the specification lists them);
// a null QVariant is JSON null and an empty XML element.
using Fields = QList<std::pair<QString, QVariant>>;

QJsonValue toJson(const QVariant &v)
{
    if (v.isNull())
        return QJsonValue::Null;
    if (v.typeId() == QMetaType::Bool)
        return v.toBool();
    if (v.typeId() == QMetaType::Double || v.typeId() == QMetaType::Int
        || v.typeId() == QMetaType::LongLong)
        return v.toDouble();
    if (v.typeId() == QMetaType::QVariantMap)
        return QJsonObject::fromVariantMap(v.toMap());
    if (v.typeId() == QMetaType::QVariantList)
        return QJsonArray::fromVariantList(v.toList());
    return v.toString();
}

void writeXmlValue(QXmlStreamWriter &w, const QString &name, const QVariant &v)
{
    if (v.typeId() == QMetaType::QVariantMap) {
        w.writeStartElement(name);
        const QVariantMap m = v.toMap();
        for (auto it = m.begin(); it != m.end(); ++it)
            writeXmlValue(w, it.key(), it.value());
        w.writeEndElement();
    } else if (v.typeId() == QMetaType::QVariantList) {
        w.writeStartElement(name);
        w.writeEndElement();
    } else if (v.isNull()) {
        w.writeEmptyElement(name);
    } else if (v.typeId() == QMetaType::Bool) {
        w.writeTextElement(name, v.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
    } else if (v.typeId() == QMetaType::Double) {
        w.writeTextElement(name, QString::number(v.toDouble(), 'f', 7));
    } else {
        w.writeTextElement(name, v.toString());
    }
}

QByteArray encode(Open311Documents::Format format, const QString &listName,
                  const QString &itemName, const QList<Fields> &items)
{
    if (format == Open311Documents::Format::Json) {
        QJsonArray a;
        for (const Fields &item : items) {
            QJsonObject o;
            for (const auto &[k, v] : item)
                o.insert(k, toJson(v));
            a.append(o);
        }
        return QJsonDocument(a).toJson(QJsonDocument::Compact);
    }
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument();
    w.writeStartElement(listName);
    for (const Fields &item : items) {
        w.writeStartElement(itemName);
        for (const auto &[k, v] : item)
            writeXmlValue(w, k, v);
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}
} // namespace

QByteArray Open311Documents::mimeType(Format f)
{
    return f == Format::Json ? QByteArrayLiteral("application/json; charset=utf-8")
                             : QByteArrayLiteral("text/xml; charset=utf-8");
}

QString Open311Documents::time(const QDateTime &t) const
{
    if (!t.isValid())
        return {};
    return t.toTimeZone(m_zone).toString(Qt::ISODate);
}

QString Open311Documents::openOrClosed(const IntakeCaseStatus &c)
{
    return c.final ? QStringLiteral("closed") : QStringLiteral("open");
}

QString Open311Documents::detailedStatus(const QString &state)
{
    static const QHash<QString, QString> map = {
        {QStringLiteral("Reported"), QStringLiteral("SUBMITTED")},
        {QStringLiteral("Verifying"), QStringLiteral("INVESTIGATING")},
        {QStringLiteral("PendingFiling"), QStringLiteral("INVESTIGATING")},
        {QStringLiteral("Filed"), QStringLiteral("ACCEPTED")},
        {QStringLiteral("Dispatched"), QStringLiteral("ASSIGNED")},
        {QStringLiteral("Handling"), QStringLiteral("IN_PROGRESS")},
        {QStringLiteral("ExtensionPending"), QStringLiteral("IN_PROGRESS")},
        {QStringLiteral("ReturnPending"), QStringLiteral("IN_PROGRESS")},
        {QStringLiteral("SuspensionPending"), QStringLiteral("IN_PROGRESS")},
        {QStringLiteral("VoidPending"), QStringLiteral("IN_PROGRESS")},
        {QStringLiteral("Suspended"), QStringLiteral("ON_HOLD")},
        {QStringLiteral("Handled"), QStringLiteral("AWAITING_CHECK")},
        {QStringLiteral("Checking"), QStringLiteral("AWAITING_CHECK")},
        {QStringLiteral("CheckPassed"), QStringLiteral("AWAITING_CHECK")},
        {QStringLiteral("SelfHandled"), QStringLiteral("AWAITING_CHECK")},
        {QStringLiteral("Closed"), QStringLiteral("CLOSED")},
        {QStringLiteral("NotFiled"), QStringLiteral("NOT_ACCEPTED")},
        {QStringLiteral("Voided"), QStringLiteral("VOIDED")},
        {QStringLiteral("Merged"), QStringLiteral("DUPLICATE")},
    };
    return map.value(state, QStringLiteral("IN_PROGRESS"));
}

QByteArray Open311Documents::services(const QList<IntakeServiceInfo> &services) const
{
    QList<Fields> items;
    for (const IntakeServiceInfo &s : services)
        items << Fields{{QStringLiteral("service_code"), s.code},
                        {QStringLiteral("service_name"), s.name},
                        {QStringLiteral("description"), textOrNull(s.description)},
                        {QStringLiteral("metadata"), false},
                        {QStringLiteral("type"), QStringLiteral("realtime")},
                        {QStringLiteral("keywords"), s.component ? QStringLiteral("部件")
                                                                 : QStringLiteral("事件")},
                        {QStringLiteral("group"), s.group}};
    return encode(m_format, QStringLiteral("services"), QStringLiteral("service"), items);
}

QByteArray Open311Documents::serviceDefinition(const QString &serviceCode) const
{
    if (m_format == Format::Json)
        return QJsonDocument(QJsonObject{{QStringLiteral("service_code"), serviceCode},
                                         {QStringLiteral("attributes"), QJsonArray()}})
            .toJson(QJsonDocument::Compact);
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("service_definition"));
    w.writeTextElement(QStringLiteral("service_code"), serviceCode);
    w.writeEmptyElement(QStringLiteral("attributes"));
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

QByteArray Open311Documents::created(const QString &id, const QString &notice) const
{
    return encode(m_format, QStringLiteral("service_requests"), QStringLiteral("request"),
                  {Fields{{QStringLiteral("service_request_id"), id},
                          {QStringLiteral("service_notice"), textOrNull(notice)},
                          {QStringLiteral("account_id"), QVariant()}}});
}

QByteArray Open311Documents::requests(const QList<IntakeCaseStatus> &cases, bool extensions,
                                      const QString &notice) const
{
    QList<Fields> items;
    for (const IntakeCaseStatus &c : cases) {
        QString notes = c.statusNotes;
        if (notes.isEmpty() && c.state == QLatin1String("Merged"))
            notes = QStringLiteral("Duplicate request.");
        Fields f{{QStringLiteral("service_request_id"), c.caseNumber},
                 {QStringLiteral("status"), openOrClosed(c)},
                 {QStringLiteral("status_notes"), textOrNull(notes)},
                 {QStringLiteral("service_name"), c.className},
                 {QStringLiteral("service_code"), c.classCode},
                 {QStringLiteral("description"), textOrNull(c.description)},
                 {QStringLiteral("agency_responsible"), textOrNull(c.agency)},
                 {QStringLiteral("service_notice"), textOrNull(notice)},
                 {QStringLiteral("requested_datetime"), time(c.requestedAt)},
                 {QStringLiteral("updated_datetime"), textOrNull(time(c.updatedAt))},
                 {QStringLiteral("expected_datetime"), textOrNull(time(c.expectedAt))},
                 {QStringLiteral("address"), textOrNull(c.address)},
                 {QStringLiteral("address_id"), QVariant()},
                 {QStringLiteral("zipcode"), QVariant()},
                 {QStringLiteral("lat"), c.hasLocation ? QVariant(c.latitude) : QVariant()},
                 {QStringLiteral("long"), c.hasLocation ? QVariant(c.longitude) : QVariant()},
                 {QStringLiteral("media_url"),
                  c.attachments.isEmpty() ? QVariant() : QVariant(c.attachments.first())}};
        if (extensions)
            f.append({QStringLiteral("extended_attributes"),
                      QVariantMap{{QStringLiteral("detailed_status"), detailedStatus(c.state)},
                                  {QStringLiteral("channel"), c.channel}}});
        items << f;
    }
    return encode(m_format, QStringLiteral("service_requests"), QStringLiteral("request"), items);
}

QByteArray Open311Documents::error(int code, const QString &description) const
{
    return encode(m_format, QStringLiteral("errors"), QStringLiteral("error"),
                  {Fields{{QStringLiteral("code"), code},
                          {QStringLiteral("description"), description}}});
}

} // namespace yw::plugins
