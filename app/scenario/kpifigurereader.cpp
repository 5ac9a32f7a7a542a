#include "kpifigurereader.h"

#include "kpiengine.h"
#include "kpiperiod.h"

#include <cmath>

namespace yw::scenario {

using namespace yw::core;
using namespace yw::evaluation;

Result<KpiFigureReader::Table> KpiFigureReader::run(const KpiFigureQuery &query, const User &actor,
                                                    const QList<qint64> *changedCases) const
{
    if (!actor.active || actor.login.isEmpty())
        return Error::make(Error::Code::Forbidden, QStringLiteral("only a signed-in user reads the evaluation"));
    const bool areaKind = query.by == Dimension::District || query.by == Dimension::Street
                          || query.by == Dimension::Community;
    const bool handlerOnly = actor.hasRole(Role::DepartmentHandler) && !actor.hasRole(Role::Admin)
                             && !actor.hasRole(Role::Leader) && !actor.hasRole(Role::ShiftLeader);
    if (handlerOnly && query.by != Dimension::Department)
        return Error::make(Error::Code::Forbidden, QStringLiteral("%1 sees the evaluation of their own department only")
                                                       .arg(actor.login));
    if (!actor.scopeAreas.isEmpty() && !areaKind)
        return Error::make(Error::Code::Forbidden,
                           QStringLiteral("%1 sees the evaluation of their areas only (district, street, community)")
                               .arg(actor.login));
    if (query.limit < 1 || query.limit > yw::core::DatasetQuery::kMaxRows)
        return Error::make(Error::Code::InvalidInput, QStringLiteral("the limit is 1 to %1 rows").arg(yw::core::DatasetQuery::kMaxRows));
    const QTimeZone zone = m_rules.calendar.timeZone();
    auto period = KpiPeriod::parse(query.period, m_clock.now().toTimeZone(zone).date());
    if (!period)
        return period.error();
    auto columns = query.columns.isEmpty() ? Result<QList<KpiColumn>>(headlineColumns(query.by))
                                           : KpiFigureQuery::columnsOf(query.columns);
    if (!columns)
        return columns.error();
    KpiFactsUpdater updater(m_db, m_rules);
    const qint64 from = period.value().fromMs(zone), to = period.value().toMs(zone);
    if (m_engine && changedCases && from == m_engineFrom && to == m_engineTo) {
        if (!changedCases->isEmpty()) {
            auto facts = updater.refreshCases(*changedCases);
            if (!facts)
                return facts.error();
            m_engine->update(std::move(facts.value()));
        }
    } else {
        auto rebuilt = updater.refresh();
        if (!rebuilt)
            return rebuilt.error();
        if (!m_engine || rebuilt.value() > 0 || from != m_engineFrom || to != m_engineTo) {
            auto engine = updater.engine(from, to);
            if (!engine)
                return engine.error();
            m_engine = std::move(engine.value());
            m_engineFrom = from;
            m_engineTo = to;
            ++m_built;
        }
    }
    const KpiResult result = m_engine->compute(period.value(), query.by);

    Table t;
    t.columns << QStringLiteral("key") << QStringLiteral("name");
    for (const KpiColumn &c : columns.value())
        t.columns << c.id();
    t.columns << QStringLiteral("composite") << QStringLiteral("grade") << QStringLiteral("rank");
    for (const KpiRow &row : result.rows) {
        if (t.rows.size() == query.limit)
            break;
        if (handlerOnly && row.key != QString::number(actor.departmentId))
            continue;
        if (!actor.scopeAreas.isEmpty()
            && std::none_of(actor.scopeAreas.begin(), actor.scopeAreas.end(), [&](const QString &code) {
                   // A district user sees the district's streets; a street user the street itself.
                   return row.key.startsWith(code) || code.startsWith(row.key);
               }))
            continue;
        QVariantList cells{row.key, row.name};
        for (const KpiColumn &c : columns.value()) {
            const double v = row.value(c);
            cells << (std::isnan(v) ? QVariant() : QVariant(v));
        }
        cells << (std::isnan(row.composite) ? QVariant() : QVariant(row.composite)) << row.grade << row.rank;
        t.rows << cells;
    }
    return t;
}

} // namespace yw::scenario
