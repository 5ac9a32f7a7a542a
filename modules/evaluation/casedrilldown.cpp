#include "casedrilldown.h"

#include "caserepository.h"
#include "navigator.h"

#include <QLocale>

namespace yw::evaluation {

using namespace yw::core;

CaseDrillDown::CaseDrillDown(yw::shell::ModuleContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{}

void CaseDrillDown::setBasis(std::shared_ptr<const KpiEngine> engine, const KpiReport &report,
                             const KpiPeriod &period, Dimension dimension)
{
    m_engine = std::move(engine);
    m_report = report;
    m_period = period;
    m_dimension = dimension;
    close(); // its cases were of the figures before
}

QList<Counter> CaseDrillDown::countersBehind(const KpiColumn &c)
{
    switch (c.kind) {
    case KpiColumn::Kind::Count: return {Counter(c.which)};
    case KpiColumn::Kind::DueForHandling:
        return {Counter::Handled, Counter::OverduePending};
    case KpiColumn::Kind::DueForClosure:
        return {Counter::Closed, Counter::OverduePending};
    case KpiColumn::Kind::Rate:
        switch (Rate(c.which)) {
        case Rate::ValidReport: return {Counter::Reports};
        case Rate::OnTimeFiling: return {Counter::FileDone};
        case Rate::AccurateFiling:
        case Rate::PublicReport: return {Counter::Filed};
        case Rate::OnTimeDispatch:
        case Rate::DispatchAccuracy: return {Counter::Dispatched};
        case Rate::Handling:
        case Rate::OnTimeHandling:
        case Rate::Extension:
        case Rate::OverduePending: return {Counter::Handled, Counter::OverduePending};
        case Rate::Closure:
        case Rate::OnTimeClosure:
        case Rate::Rework: return {Counter::Closed, Counter::OverduePending};
        case Rate::FirstTimeFix: return {Counter::Closed};
        case Rate::OnTimeVerification: return {Counter::VerifyDone, Counter::VerifyOverdue};
        case Rate::OnTimeCheck: return {Counter::CheckDone, Counter::CheckOverdue};
        case Rate::MissedReport: return {Counter::FiledInArea};
        }
    }
    return {};
}

bool CaseDrillDown::columnFromId(const QString &id, KpiColumn *out)
{
    if (id == QLatin1String("due_handling")) {
        *out = {KpiColumn::Kind::DueForHandling, 0};
        return true;
    }
    if (id == QLatin1String("due_closure")) {
        *out = {KpiColumn::Kind::DueForClosure, 0};
        return true;
    }
    for (int c = 0; c < kCounterCount; ++c)
        if (id == QLatin1String(definition(Counter(c)).id)) {
            *out = KpiColumn::count(Counter(c));
            return true;
        }
    for (int r = 0; r < kRateCount; ++r)
        if (id == QLatin1String(definition(Rate(r)).id)) {
            *out = KpiColumn::rate(Rate(r));
            return true;
        }
    return false;
}

void CaseDrillDown::drill(const QString &unitKey, const QString &columnId)
{
    KpiColumn column;
    if (!m_engine || !columnFromId(columnId, &column)) {
        close();
        return;
    }
    const Dimension d = unitKey.isEmpty() ? Dimension::City : m_dimension;
    QList<qint64> ids;
    QSet<qint64> seen;
    for (Counter c : countersBehind(column))
        for (qint64 id : m_engine->caseIds(m_period, d, unitKey, c))
            if (!seen.contains(id)) {
                seen.insert(id);
                ids << id;
            }
    const bool zh = m_report.chinese; // the language the figures were made in
    QString unit = dimensionName(Dimension::City, zh);
    for (const KpiRow &r : m_report.ranking.rows)
        if (r.key == unitKey)
            unit = r.name;
    show(ids, QStringLiteral("%1 · %2").arg(unit, column.name(zh)));
}

void CaseDrillDown::drillCommunity(const QString &communityCode)
{
    if (!m_engine)
        return;
    show(m_engine->caseIds(m_period, Dimension::Community, communityCode, Counter::Reports),
         QStringLiteral("%1 · %2").arg(m_engine->directory().areas.value(communityCode, communityCode),
                                       KpiColumn::count(Counter::Reports).name(m_report.chinese)));
}

void CaseDrillDown::drillDay(const QString &isoDate)
{
    const QDate day = QDate::fromString(isoDate, Qt::ISODate);
    if (!m_engine || !day.isValid())
        return;
    show(m_engine->caseIds(KpiPeriod::range(day, day), Dimension::City, QString(), Counter::Reports),
         QStringLiteral("%1 · %2").arg(isoDate, KpiColumn::count(Counter::Reports).name(m_report.chinese)));
}

void CaseDrillDown::close()
{
    if (m_title.isEmpty() && m_cases.isEmpty())
        return;
    m_title.clear();
    m_cases.setRows({});
    emit changed();
}

void CaseDrillDown::show(QList<qint64> ids, const QString &title)
{
    std::sort(ids.begin(), ids.end());
    m_title = tr("%1: %n case(s)", nullptr, int(ids.size())).arg(title);
    QList<DrillCase> rows;
    yw::store::CaseRepository repo(*m_context.database);
    const int shown = std::min<int>(int(ids.size()), kListed);
    const QTimeZone zone = m_context.calendar->timeZone();
    for (int i = 0; i < shown; ++i) {
        auto c = repo.get(ids[i]);
        if (!c)
            continue;
        const TaxonomyClass *cls = m_context.taxonomy->find(c->kind, c->classCode);
        rows << DrillCase{c->id, c->caseNumber, cls ? cls->nameZh : c->classCode,
                          displayName(c->state),
                          c->reportedAt.toTimeZone(zone).toString(QStringLiteral("MM-dd HH:mm"))};
    }
    if (ids.size() > shown)
        m_title += tr(" (the first %1 shown)").arg(shown);
    m_cases.setRows(rows);
    emit changed();
}

bool CaseDrillDown::openCase(qint64 caseId) const
{
    return m_context.navigator && m_context.navigator->showCase(caseId);
}

} // namespace yw::evaluation
