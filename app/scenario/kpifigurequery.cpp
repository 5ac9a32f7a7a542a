#include "kpifigurequery.h"

#include <QJsonArray>

namespace yw::scenario {

using namespace yw::evaluation;
using yw::core::Error;
using yw::core::Result;

Result<QList<KpiColumn>> KpiFigureQuery::columnsOf(const QStringList &ids)
{
    QList<KpiColumn> all;
    for (int c = 0; c < kCounterCount; ++c)
        all << KpiColumn::count(Counter(c));
    for (int r = 0; r < kRateCount; ++r)
        all << KpiColumn::rate(Rate(r));
    all << KpiColumn{KpiColumn::Kind::DueForHandling, 0} << KpiColumn{KpiColumn::Kind::DueForClosure, 0};
    QList<KpiColumn> out;
    for (const QString &id : ids) {
        const auto it = std::find_if(all.begin(), all.end(), [&](const KpiColumn &c) { return c.id() == id; });
        if (it == all.end()) {
            QStringList known;
            for (const KpiColumn &c : all)
                known << c.id();
            return Error::make(Error::Code::InvalidInput,
                               QStringLiteral("'%1' is not a figure of the evaluation (they are: %2)")
                                   .arg(id, known.join(QStringLiteral(", "))));
        }
        out << *it;
    }
    return out;
}

Result<KpiFigureQuery> KpiFigureQuery::fromJson(const QJsonObject &json)
{
    KpiFigureQuery q;
    q.period = json.value(QLatin1String("period")).toString(q.period);
    const QString by = json.value(QLatin1String("by")).toString(QStringLiteral("department"));
    if (!dimensionFromKey(by, &q.by))
        return Error::make(Error::Code::InvalidInput,
                           QStringLiteral("'%1' is not a kind of unit (department, district, street, community, "
                                          "inspector, class, source, city)")
                               .arg(by));
    for (const QJsonValue &c : json.value(QLatin1String("columns")).toArray())
        q.columns << c.toString();
    if (auto cols = columnsOf(q.columns); !cols)
        return cols.error();
    q.limit = json.value(QLatin1String("limit")).toInt(q.limit);
    return q;
}

QJsonObject KpiFigureQuery::toJson() const
{
    QJsonObject o{{"dataset", "kpi"}, {"period", period}, {"by", dimensionKey(by)}, {"limit", limit}};
    if (!columns.isEmpty())
        o.insert(QLatin1String("columns"), QJsonArray::fromStringList(columns));
    return o;
}

} // namespace yw::scenario
