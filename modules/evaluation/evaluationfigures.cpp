#include "evaluationfigures.h"

#include <QLocale>

#include <cmath>

namespace yw::evaluation {

void EvaluationFigures::update(const Basis &b)
{
    updateCityTiles(b);
    updateTrend(b);
    updateMix(b);
    updateCalendar(b);
    emit changed();
}

void EvaluationFigures::updateCityTiles(const Basis &b)
{
    // The city against the period before; for each figure whether a higher value is better.
    const KpiRow &now = b.report.ranking.total;
    const KpiRow &before = b.report.previous.total;
    const QList<std::pair<KpiColumn, bool>> figures = {
        {KpiColumn::count(Counter::Reports), true},      {KpiColumn::count(Counter::Filed), true},
        {KpiColumn::count(Counter::Closed), true},       {KpiColumn::rate(Rate::Closure), true},
        {KpiColumn::rate(Rate::OnTimeClosure), true},    {KpiColumn::rate(Rate::OnTimeHandling), true},
        {KpiColumn::rate(Rate::Rework), false},          {KpiColumn::count(Counter::OverduePending), false}};
    QList<CityFigure> rows;
    for (const auto &[column, higherIsBetter] : figures) {
        const double a = now.value(column), p = before.value(column);
        CityFigure f{column.name(b.chinese), KpiReport::text(a, column), QString(), true, column.id()};
        if (!std::isnan(a) && !std::isnan(p)) {
            const bool rate = column.kind == KpiColumn::Kind::Rate;
            const double d = rate ? (a - p) * 100 : a - p;
            f.change = std::abs(d) < 0.05 ? QStringLiteral("±0")
                                          : (d > 0 ? QStringLiteral("↑") : QStringLiteral("↓"))
                                                + QString::number(std::abs(d), 'f', rate ? 1 : 0)
                                                + (rate ? QStringLiteral("pt") : QString());
            f.better = (d >= 0) == higherIsBetter || std::abs(d) < 0.05;
        }
        rows << f;
    }
    m_cityTiles.setRows(rows);
}

void EvaluationFigures::updateTrend(const Basis &b)
{
    // The trend of the selected unit (or the city) over twelve periods.
    const bool city = b.selectedKey.isEmpty();
    QString unitName = dimensionName(Dimension::City, b.chinese);
    QList<KpiPeriod> periods{b.period};
    for (int i = 0; i < 11; ++i)
        periods.prepend(periods.first().previous());
    QList<TrendPoint> rows;
    for (const KpiPeriod &p : periods) {
        if (p.fromMs(b.cityZone) < b.windowFrom)
            continue;
        const KpiResult r = b.engine.compute(p, city ? Dimension::City : b.dimension);
        const KpiRow *row = &r.total;
        if (!city) {
            row = nullptr;
            for (const KpiRow &x : r.rows)
                if (x.key == b.selectedKey)
                    row = &x;
        }
        TrendPoint t;
        t.label = p.days() == 1   ? QString::number(p.first.day())
                  : p.days() == 7 ? p.label.section(QLatin1Char('-'), 1)
                  : b.chinese     ? QStringLiteral("%1月").arg(p.first.month())
                                  : QLocale(QLocale::English).monthName(p.first.month(), QLocale::ShortFormat);
        if (row) {
            t.composite = row->composite;
            t.closure = row->value(Rate::Closure) * 100;
            t.onTime = row->value(Rate::OnTimeClosure) * 100;
            t.reports = row->count(Counter::Reports);
            if (!city)
                unitName = row->name;
        }
        rows << t;
    }
    m_trend.setRows(rows);
    m_trendTitle = tr("%1: the last %2 periods").arg(unitName).arg(rows.size());
}

void EvaluationFigures::updateMix(const Basis &b)
{
    auto topByReports = [](std::vector<KpiRow> rows, int n) {
        std::sort(rows.begin(), rows.end(), [](const KpiRow &x, const KpiRow &y) {
            return x.count(Counter::Reports) > y.count(Counter::Reports);
        });
        if (int(rows.size()) > n)
            rows.resize(size_t(n));
        return rows;
    };
    QList<MixShare> classes;
    qint64 shown = 0;
    for (const KpiRow &r : topByReports(b.report.byClass.rows, 7)) {
        classes << MixShare{r.name, r.count(Counter::Reports)};
        shown += r.count(Counter::Reports);
    }
    const qint64 others = b.report.ranking.total.count(Counter::Reports) - shown;
    if (others > 0)
        classes << MixShare{tr("Others"), others};
    m_classMix.setRows(classes);
    QList<MixShare> sources;
    for (const KpiRow &r : topByReports(b.report.bySource.rows, 12))
        sources << MixShare{r.name, r.count(Counter::Reports)};
    m_sourceMix.setRows(sources);
    QList<HotSpot> spots;
    for (const KpiRow &r : topByReports(b.engine.compute(b.period, Dimension::Community).rows, 10))
        spots << HotSpot{r.key, r.name, r.count(Counter::Reports),
                         KpiReport::text(r.value(Rate::Closure), KpiColumn::rate(Rate::Closure)),
                         r.count(Counter::OverduePending)};
    m_hotSpots.setRows(spots);
}

void EvaluationFigures::updateCalendar(const Basis &b)
{
    const std::vector<qint64> perDay = b.engine.reportsPerDay(b.period);
    const qint64 most = perDay.empty() ? 0 : *std::max_element(perDay.begin(), perDay.end());
    QList<CalendarDay> days;
    for (size_t i = 0; i < perDay.size() && i < 93; ++i) {
        const QDate d = b.period.first.addDays(qint64(i));
        days << CalendarDay{d.toString(Qt::ISODate), d.day(), d.dayOfWeek(), perDay[i],
                            most > 0 ? int(std::ceil(4.0 * double(perDay[i]) / double(most))) : 0};
    }
    m_calendar.setRows(days);
}

} // namespace yw::evaluation
