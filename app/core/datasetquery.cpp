#include "datasetquery.h"

#include "namedvalues.h"

#include <QJsonArray>


namespace yw::core {

namespace {
constexpr NameTable<DatasetFilter::Op, 9> kOps{{
    {DatasetFilter::Op::Equals, "eq"},
    {DatasetFilter::Op::NotEquals, "ne"},
    {DatasetFilter::Op::In, "in"},
    {DatasetFilter::Op::Less, "lt"},
    {DatasetFilter::Op::LessOrEqual, "le"},
    {DatasetFilter::Op::Greater, "gt"},
    {DatasetFilter::Op::GreaterOrEqual, "ge"},
    {DatasetFilter::Op::Contains, "contains"},
    {DatasetFilter::Op::StartsWith, "startsWith"},
}};
constexpr NameTable<DatasetGroup::Bucket, 5> kBuckets{{
    {DatasetGroup::Bucket::None, "none"},
    {DatasetGroup::Bucket::Hour, "hour"},
    {DatasetGroup::Bucket::Day, "day"},
    {DatasetGroup::Bucket::Week, "week"},
    {DatasetGroup::Bucket::Month, "month"},
}};
constexpr NameTable<DatasetAggregate::Fn, 6> kFns{{
    {DatasetAggregate::Fn::Count, "count"},
    {DatasetAggregate::Fn::CountDistinct, "countDistinct"},
    {DatasetAggregate::Fn::Sum, "sum"},
    {DatasetAggregate::Fn::Average, "avg"},
    {DatasetAggregate::Fn::Min, "min"},
    {DatasetAggregate::Fn::Max, "max"},
}};
constexpr NameTable<DatasetTimeWindow::Relative, 9> kWindows{{
    {DatasetTimeWindow::Relative::None, "none"},
    {DatasetTimeWindow::Relative::Today, "today"},
    {DatasetTimeWindow::Relative::Yesterday, "yesterday"},
    {DatasetTimeWindow::Relative::ThisWeek, "thisWeek"},
    {DatasetTimeWindow::Relative::Last7Days, "last7Days"},
    {DatasetTimeWindow::Relative::ThisMonth, "thisMonth"},
    {DatasetTimeWindow::Relative::LastMonth, "lastMonth"},
    {DatasetTimeWindow::Relative::Last30Days, "last30Days"},
    {DatasetTimeWindow::Relative::Fixed, "fixed"},
}};

Error bad(const QString &message)
{
    return Error::make(Error::Code::InvalidInput, message);
}
} // namespace

Result<DatasetQuery> DatasetQuery::fromJson(const QJsonObject &json)
{
    DatasetQuery q;
    q.dataset = json.value(QLatin1String("dataset")).toString();
    if (q.dataset.isEmpty())
        return bad(QStringLiteral("a source needs its dataset"));
    for (const QJsonValue &f : json.value(QLatin1String("fields")).toArray())
        q.fields << f.toString();
    const QJsonArray filters = json.value(QLatin1String("filters")).toArray();
    for (qsizetype i = 0; i < filters.size(); ++i) {
        const QJsonObject f = filters[i].toObject();
        DatasetFilter filter;
        filter.field = f.value(QLatin1String("field")).toString();
        if (!valueIn(kOps, f.value(QLatin1String("op")).toString(QStringLiteral("eq")), &filter.op))
            return bad(QStringLiteral("filters[%1]: the operator '%2' is not one of eq, ne, in, lt, le, gt, ge, "
                                      "contains, startsWith")
                           .arg(i)
                           .arg(f.value(QLatin1String("op")).toString()));
        const QJsonValue value = f.value(QLatin1String("value"));
        if (value.isArray())
            filter.values = value.toArray().toVariantList();
        else if (!value.isUndefined())
            filter.values = {value.toVariant()};
        filter.parameter = f.value(QLatin1String("parameter")).toString();
        q.filters << filter;
    }
    for (const QJsonValue &g : json.value(QLatin1String("groupBy")).toArray()) {
        DatasetGroup group;
        if (g.isString()) {
            group.field = g.toString();
        } else {
            group.field = g.toObject().value(QLatin1String("field")).toString();
            const QString bucket = g.toObject().value(QLatin1String("bucket")).toString(QStringLiteral("none"));
            if (!valueIn(kBuckets, bucket, &group.bucket))
                return bad(QStringLiteral("groupBy %1: the bucket '%2' is not hour, day, week or month")
                               .arg(group.field, bucket));
        }
        q.groupBy << group;
    }
    for (const QJsonValue &a : json.value(QLatin1String("aggregates")).toArray()) {
        const QJsonObject o = a.toObject();
        DatasetAggregate agg;
        const QString fn = o.value(QLatin1String("fn")).toString(QStringLiteral("count"));
        if (!valueIn(kFns, fn, &agg.fn))
            return bad(QStringLiteral("the aggregate '%1' is not count, countDistinct, sum, avg, min or max").arg(fn));
        agg.field = o.value(QLatin1String("field")).toString();
        agg.as = o.value(QLatin1String("as")).toString();
        q.aggregates << agg;
    }
    q.orderBy = json.value(QLatin1String("orderBy")).toString();
    q.descending = json.value(QLatin1String("descending")).toBool();
    q.limit = json.value(QLatin1String("limit")).toInt(1000);
    const QJsonObject window = json.value(QLatin1String("window")).toObject();
    if (!window.isEmpty()) {
        const QString relative = window.value(QLatin1String("relative")).toString(QStringLiteral("fixed"));
        if (!valueIn(kWindows, relative, &q.window.relative))
            return bad(QStringLiteral("the time window '%1' is not known").arg(relative));
        q.window.field = window.value(QLatin1String("field")).toString();
        q.window.parameter = window.value(QLatin1String("parameter")).toString();
        q.window.back = window.value(QLatin1String("back")).toInt(0);
        if (q.window.back < 0 || q.window.back > 120)
            return bad(QStringLiteral("a time window goes 0 to 120 periods back, not %1").arg(q.window.back));
        q.window.from = QDateTime::fromString(window.value(QLatin1String("from")).toString(), Qt::ISODate);
        q.window.to = QDateTime::fromString(window.value(QLatin1String("to")).toString(), Qt::ISODate);
        if (q.window.relative == DatasetTimeWindow::Relative::Fixed
            && (!q.window.from.isValid() || !q.window.to.isValid()))
            return bad(QStringLiteral("a fixed time window needs from and to (ISO 8601)"));
    }
    return q;
}

QJsonObject DatasetQuery::toJson() const
{
    QJsonObject o{{"dataset", dataset}};
    if (!fields.isEmpty())
        o.insert(QLatin1String("fields"), QJsonArray::fromStringList(fields));
    QJsonArray fs;
    for (const DatasetFilter &f : filters) {
        QJsonObject x{{"field", f.field}, {"op", nameIn(kOps, f.op)}};
        if (f.values.size() == 1 && f.op != DatasetFilter::Op::In)
            x.insert(QLatin1String("value"), QJsonValue::fromVariant(f.values.first()));
        else if (!f.values.isEmpty())
            x.insert(QLatin1String("value"), QJsonArray::fromVariantList(f.values));
        if (!f.parameter.isEmpty())
            x.insert(QLatin1String("parameter"), f.parameter);
        fs.append(x);
    }
    if (!fs.isEmpty())
        o.insert(QLatin1String("filters"), fs);
    QJsonArray gs;
    for (const DatasetGroup &g : groupBy)
        gs.append(g.bucket == DatasetGroup::Bucket::None
                      ? QJsonValue(g.field)
                      : QJsonValue(QJsonObject{{"field", g.field}, {"bucket", nameIn(kBuckets, g.bucket)}}));
    if (!gs.isEmpty())
        o.insert(QLatin1String("groupBy"), gs);
    QJsonArray as;
    for (const DatasetAggregate &a : aggregates) {
        QJsonObject x{{"fn", nameIn(kFns, a.fn)}};
        if (!a.field.isEmpty())
            x.insert(QLatin1String("field"), a.field);
        if (!a.as.isEmpty())
            x.insert(QLatin1String("as"), a.as);
        as.append(x);
    }
    if (!as.isEmpty())
        o.insert(QLatin1String("aggregates"), as);
    if (!orderBy.isEmpty()) {
        o.insert(QLatin1String("orderBy"), orderBy);
        o.insert(QLatin1String("descending"), descending);
    }
    o.insert(QLatin1String("limit"), limit);
    if (window.relative != DatasetTimeWindow::Relative::None) {
        QJsonObject w{{"relative", nameIn(kWindows, window.relative)}, {"field", window.field}};
        if (window.relative == DatasetTimeWindow::Relative::Fixed) {
            w.insert(QLatin1String("from"), window.from.toString(Qt::ISODate));
            w.insert(QLatin1String("to"), window.to.toString(Qt::ISODate));
        }
        if (!window.parameter.isEmpty())
            w.insert(QLatin1String("parameter"), window.parameter);
        if (window.back != 0)
            w.insert(QLatin1String("back"), window.back);
        o.insert(QLatin1String("window"), w);
    }
    return o;
}

bool DatasetTimeWindow::relativeFromName(const QString &name, Relative *relative)
{
    return valueIn(kWindows, name, relative);
}

QString DatasetTimeWindow::nameOf(Relative relative)
{
    return nameIn(kWindows, relative);
}

} // namespace yw::core
