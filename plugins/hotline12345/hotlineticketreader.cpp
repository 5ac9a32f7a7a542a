#include "hotlineticketreader.h"

#include "csvtable.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace yw::plugins {

namespace {
// Each field: the English name first, then the names hotline platforms export.
const QList<QStringList> &aliases()
{
    static const QList<QStringList> list = {
        {QStringLiteral("ticket_no"), QStringLiteral("工单编号"), QStringLiteral("工单号")},
        {QStringLiteral("received_at"), QStringLiteral("受理时间"), QStringLiteral("来电时间")},
        {QStringLiteral("class_code"), QStringLiteral("问题类别"), QStringLiteral("类别编码")},
        {QStringLiteral("content"), QStringLiteral("诉求内容"), QStringLiteral("问题描述")},
        {QStringLiteral("address"), QStringLiteral("事发地址"), QStringLiteral("地址")},
        {QStringLiteral("lon"), QStringLiteral("经度")},
        {QStringLiteral("lat"), QStringLiteral("纬度")},
        {QStringLiteral("crs"), QStringLiteral("坐标系")},
        {QStringLiteral("component_code"), QStringLiteral("部件编码")},
        {QStringLiteral("caller_name"), QStringLiteral("来电人")},
        {QStringLiteral("caller_phone"), QStringLiteral("联系电话")},
        {QStringLiteral("urgency"), QStringLiteral("紧急程度")},
        {QStringLiteral("photos"), QStringLiteral("附件")},
    };
    return list;
}

QString canonical(const QString &name)
{
    for (const QStringList &names : aliases())
        if (names.contains(name.trimmed()))
            return names.first();
    return name.trimmed();
}

QString jsonText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    return {};
}
} // namespace

HotlineTicketReader::File HotlineTicketReader::read(const QString &fileName,
                                                    const QByteArray &content) const
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return readCsv(fileName, content);
    if (suffix == QLatin1String("jsonl"))
        return readJsonLines(content);
    return readJson(content);
}

HotlineTicketReader::File HotlineTicketReader::readJson(const QByteArray &content) const
{
    File out;
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(content, &err);
    if (err.error != QJsonParseError::NoError) {
        out.error = QStringLiteral("not JSON: %1 at byte %2").arg(err.errorString()).arg(err.offset);
        return out;
    }
    QJsonArray tickets;
    if (doc.isArray())
        tickets = doc.array();
    else if (doc.isObject() && doc.object().value(QLatin1String("tickets")).isArray())
        tickets = doc.object().value(QLatin1String("tickets")).toArray();
    else {
        out.error = QStringLiteral("expected an array of tickets or an object with \"tickets\"");
        return out;
    }
    for (int i = 0; i < tickets.size(); ++i) {
        Record r;
        r.line = i + 1;
        if (!tickets.at(i).isObject()) {
            r.raw = QString::fromUtf8(QJsonDocument(QJsonArray{tickets.at(i)}).toJson(
                QJsonDocument::Compact));
            r.error = QStringLiteral("ticket %1 is not an object").arg(i + 1);
            out.records << r;
            continue;
        }
        QJsonObject o;
        const QJsonObject source = tickets.at(i).toObject();
        for (auto it = source.begin(); it != source.end(); ++it)
            o.insert(canonical(it.key()), it.value());
        r.raw = QString::fromUtf8(QJsonDocument(source).toJson(QJsonDocument::Compact));
        fill(r, [&](const QString &k) { return jsonText(o.value(k)); });
        out.records << r;
    }
    return out;
}

HotlineTicketReader::File HotlineTicketReader::readJsonLines(const QByteArray &content) const
{
    File out;
    const QList<QByteArray> lines = content.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        Record r;
        r.line = i + 1;
        r.raw = QString::fromUtf8(line);
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &err);
        if (err.error != QJsonParseError::NoError || !doc.isObject()) {
            r.error = err.error != QJsonParseError::NoError
                          ? QStringLiteral("not JSON: %1").arg(err.errorString())
                          : QStringLiteral("not a JSON object");
            out.records << r;
            continue;
        }
        QJsonObject o;
        const QJsonObject source = doc.object();
        for (auto it = source.begin(); it != source.end(); ++it)
            o.insert(canonical(it.key()), it.value());
        fill(r, [&](const QString &k) { return jsonText(o.value(k)); });
        out.records << r;
    }
    return out;
}

HotlineTicketReader::File HotlineTicketReader::readCsv(const QString &fileName,
                                                       const QByteArray &content) const
{
    File out;
    auto table = yw::core::CsvTable::parse(content, QFileInfo(fileName).fileName(),
                                           yw::core::CsvTable::RaggedRows::KeepAside);
    if (!table) {
        out.error = table.error().message;
        return out;
    }
    out.header = table->rawHeader();
    QHash<QString, QString> columnOf; // canonical name -> the file's header
    for (const QString &h : table->header())
        columnOf.insert(canonical(h), h.trimmed());
    for (const auto &bad : table->badRows())
        out.records << Record{bad.line, bad.raw, bad.reason, {}};
    for (int row = 0; row < table->rowCount(); ++row) {
        Record r;
        r.line = table->lineOf(row);
        r.raw = table->rawRow(row);
        fill(r, [&](const QString &k) { return table->value(row, columnOf.value(k, k)); });
        out.records << r;
    }
    std::sort(out.records.begin(), out.records.end(),
              [](const Record &a, const Record &b) { return a.line < b.line; });
    return out;
}

void HotlineTicketReader::fill(Record &r, const std::function<QString(const QString &)> &field) const
{
    yw::intake::IntakeRequest &q = r.request;
    q.channel = m_channel;
    q.payload = r.raw;
    q.externalRef = field(QStringLiteral("ticket_no")).trimmed();
    if (q.externalRef.isEmpty()) {
        r.error = QStringLiteral("no ticket number (ticket_no / 工单编号)");
        return;
    }
    q.classCode = field(QStringLiteral("class_code")).trimmed();
    q.componentId = field(QStringLiteral("component_code")).trimmed();
    q.description = field(QStringLiteral("content")).trimmed();
    q.address = field(QStringLiteral("address")).trimmed();
    q.reporterName = field(QStringLiteral("caller_name")).trimmed();
    q.reporterPhone = field(QStringLiteral("caller_phone")).trimmed();
    q.coordinateSystem = field(QStringLiteral("crs")).trimmed();
    const QString received = field(QStringLiteral("received_at")).trimmed();
    if (!received.isEmpty()) {
        q.occurredAt = QDateTime::fromString(received, Qt::ISODate);
        if (!q.occurredAt.isValid()) {
            r.error = QStringLiteral("received_at \"%1\" is not an ISO 8601 time").arg(received);
            return;
        }
    }
    const QString lon = field(QStringLiteral("lon")).trimmed();
    const QString lat = field(QStringLiteral("lat")).trimmed();
    if (!lon.isEmpty() || !lat.isEmpty()) {
        bool okLon = false, okLat = false;
        q.longitude = lon.toDouble(&okLon);
        q.latitude = lat.toDouble(&okLat);
        if (!okLon || !okLat) {
            r.error = QStringLiteral("lon/lat \"%1\", \"%2\" are not numbers").arg(lon, lat);
            return;
        }
        q.hasLocation = true;
    }
    const QString urgency = field(QStringLiteral("urgency")).trimmed();
    if (urgency.isEmpty() || urgency == QStringView(u"一般") || urgency == QLatin1String("Normal"))
        q.urgency = QStringLiteral("Normal");
    else if (urgency == QStringView(u"紧急") || urgency == QLatin1String("Urgent"))
        q.urgency = QStringLiteral("Urgent");
    else if (urgency == QStringView(u"特急") || urgency == QLatin1String("Critical"))
        q.urgency = QStringLiteral("Critical");
    else {
        r.error = QStringLiteral("urgency \"%1\" is not 一般, 紧急 or 特急").arg(urgency);
        return;
    }
    const QString photos = field(QStringLiteral("photos")).trimmed();
    if (!photos.isEmpty())
        q.attachments = photos.split(u';', Qt::SkipEmptyParts);
}

} // namespace yw::plugins
