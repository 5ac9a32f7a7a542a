#include "kpireport.h"

#include <QLocale>

namespace yw::evaluation {

KpiReport KpiReport::make(const KpiEngine &engine, const KpiPeriod &period, Dimension dimension,
                          bool chinese, const QDateTime &generatedAt)
{
    KpiReport r;
    r.chinese = chinese;
    // Shown in city time.
    const QTimeZone &zone = engine.directory().cityZone;
    r.generatedAt = zone.isValid() ? generatedAt.toTimeZone(zone) : generatedAt;
    r.title = chinese ? QStringLiteral("城市管理综合评价通报（%1，按%2）")
                            .arg(period.label, dimensionName(dimension, true))
                      : QStringLiteral("City management evaluation, %1, by %2")
                            .arg(period.label, dimensionName(dimension, false).toLower());
    r.ranking = engine.compute(period, dimension);
    r.previous = engine.compute(period.previous(), dimension);
    r.byClass = engine.compute(period, Dimension::Class);
    r.bySource = engine.compute(period, Dimension::Source);
    return r;
}

const KpiRow *KpiReport::previousRow(const QString &key) const
{
    for (const KpiRow &row : previous.rows)
        if (row.key == key)
            return &row;
    return nullptr;
}

QString KpiReport::text(double value, const KpiColumn &column)
{
    if (std::isnan(value))
        return QStringLiteral("—");
    if (column.kind == KpiColumn::Kind::Rate)
        return QStringLiteral("%1%").arg(value * 100, 0, 'f', 1);
    return QLocale::c().toString(qint64(value));
}

QString KpiReport::compositeText(double composite)
{
    return std::isnan(composite) ? QStringLiteral("—") : QString::number(composite, 'f', 2);
}

} // namespace yw::evaluation
