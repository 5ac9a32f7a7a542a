#include "kpiengine.h"

#include <algorithm>

namespace yw::evaluation {

using namespace yw::core;

namespace {
constexpr int kNone = -1;
// Outcomes as numbers, to compare cheaply in the scan.
int outcomeOf(const QString &key)
{
    bool ok = false;
    const CaseAction a = enumFromKey<CaseAction>(key, &ok);
    return ok ? int(a) : kNone;
}
constexpr int act(CaseAction a)
{
    return int(a);
}
} // namespace

int KpiEngine::Units::intern(const QString &key)
{
    auto it = index.constFind(key);
    if (it != index.constEnd())
        return *it;
    const int i = int(keys.size());
    keys << key;
    index.insert(key, i);
    return i;
}

KpiEngine::KpiEngine(std::vector<CaseFacts> facts, KpiDirectory directory)
    : m_facts(std::move(facts))
    , m_directory(std::move(directory))
{
    m_units[size_t(Dimension::City)].intern(QString());
    const size_t n = m_facts.size();
    m_caseUnit.resize(n);
    m_patrolUnits.resize(n);
    m_taskUnits.resize(n);
    m_outcomes.resize(n);
    // The codes repeat and share their strings (the repository pools them): while the facts
    // are derived in bulk, a code's unit is looked up by its string's address first. (Only
    // then: once facts are replaced, a freed string's address may come back with another code.)
    m_byAddress.emplace();
    for (size_t i = 0; i < n; ++i)
        derive(i);
    m_byAddress.reset();
}

void KpiEngine::indexCases()
{
    if (m_caseIndex.size() == qsizetype(m_facts.size()))
        return;
    m_caseIndex.clear();
    m_caseIndex.reserve(qsizetype(m_facts.size()));
    for (size_t i = 0; i < m_facts.size(); ++i)
        m_caseIndex.insert(m_facts[i].fact.caseId, i);
}

void KpiEngine::update(std::vector<CaseFacts> changed)
{
    indexCases(); // made when first needed: a period read once never is updated
    for (CaseFacts &cf : changed) {
        auto it = m_caseIndex.constFind(cf.fact.caseId);
        size_t i;
        if (it == m_caseIndex.constEnd()) {
            i = m_facts.size();
            m_caseIndex.insert(cf.fact.caseId, i);
            m_facts.push_back(std::move(cf));
            m_caseUnit.emplace_back();
            m_patrolUnits.emplace_back();
            m_taskUnits.emplace_back();
            m_outcomes.emplace_back();
        } else {
            i = *it;
            m_facts[i] = std::move(cf);
            m_patrolUnits[i].clear();
            m_taskUnits[i].clear();
            m_outcomes[i].clear();
        }
        derive(i);
    }
}

int KpiEngine::departmentUnit(qint64 id)
{
    if (id <= 0)
        return kNone;
    auto it = m_deptUnit.constFind(id);
    if (it != m_deptUnit.constEnd())
        return *it;
    const int u = m_units[size_t(Dimension::Department)].intern(QString::number(id));
    m_deptUnit.insert(id, u);
    return u;
}

int KpiEngine::userUnit(qint64 id)
{
    if (id <= 0)
        return kNone;
    auto it = m_userUnit.constFind(id);
    if (it != m_userUnit.constEnd())
        return *it;
    const int u = m_units[size_t(Dimension::Inspector)].intern(QString::number(id));
    m_userUnit.insert(id, u);
    return u;
}

void KpiEngine::derive(size_t i)
{
    auto code = [&](Dimension d, const QString &c) {
        if (c.isEmpty())
            return kNone;
        if (!m_byAddress)
            return m_units[size_t(d)].intern(c);
        auto &seen = (*m_byAddress)[size_t(d)];
        const auto it = seen.find(c.constData());
        if (it != seen.end())
            return it->second;
        const int u = m_units[size_t(d)].intern(c);
        seen.emplace(c.constData(), u);
        return u;
    };
    const CaseFact &f = m_facts[i].fact;
    auto &u = m_caseUnit[i];
    u[size_t(Dimension::City)] = 0;
    u[size_t(Dimension::Department)] = departmentUnit(f.departmentId);
    u[size_t(Dimension::District)] = code(Dimension::District, f.districtCode);
    u[size_t(Dimension::Street)] = code(Dimension::Street, f.streetCode);
    u[size_t(Dimension::Community)] = code(Dimension::Community, f.communityCode);
    u[size_t(Dimension::Inspector)] = userUnit(f.reporterUserId);
    u[size_t(Dimension::Class)] = code(Dimension::Class, f.classCode);
    auto source = m_sourceUnit.constFind(int(f.source));
    if (source == m_sourceUnit.constEnd())
        source = m_sourceUnit.insert(int(f.source), code(Dimension::Source, enumKey(f.source)));
    u[size_t(Dimension::Source)] = *source;
    for (auto it = m_directory.inspectorsOfGrid.constFind(f.gridCode);
         it != m_directory.inspectorsOfGrid.constEnd() && it.key() == f.gridCode; ++it)
        m_patrolUnits[i] << userUnit(*it);
    // Steps: their department and inspector units, and the outcome as a number (the scan
    // compares it for every step; a handful of distinct keys, each looked up in the enum once).
    auto &tu = m_taskUnits[i];
    auto &outcomes = m_outcomes[i];
    tu.reserve(m_facts[i].tasks.size());
    outcomes.reserve(m_facts[i].tasks.size());
    for (const TaskFact &t : m_facts[i].tasks) {
        const bool inspectorStep = t.step == Step::Verify || t.step == Step::Check;
        tu.push_back({departmentUnit(t.departmentId), inspectorStep ? userUnit(t.userId) : kNone});
        auto it = m_outcomeNumbers.constFind(t.outcome);
        if (it == m_outcomeNumbers.constEnd())
            it = m_outcomeNumbers.insert(t.outcome, outcomeOf(t.outcome));
        outcomes.push_back(*it);
    }
}

template<typename Visit>
void KpiEngine::scan(const KpiPeriod &period, Dimension d, Visit &&visit) const
{
    const qint64 from = period.fromMs(m_directory.cityZone), to = period.toMs(m_directory.cityZone);
    auto in = [from, to](qint64 t) { return t >= from && t < to; };
    const size_t di = size_t(d);
    const bool inspectors = d == Dimension::Inspector;
    for (size_t i = 0; i < m_facts.size(); ++i) {
        const CaseFact &f = m_facts[i].fact;
        if (f.reportedAt >= to)
            continue;
        const int cu = m_caseUnit[i][di];
        if (cu >= 0) {
            if (in(f.reportedAt)) {
                visit(cu, Counter::Reports, i);
                if (f.filedAt != 0 && f.filedAt < to)
                    visit(cu, Counter::ValidReports, i);
            }
            if (!inspectors) {
                if (in(f.filedAt)) {
                    visit(cu, Counter::Filed, i);
                    if (f.publicVerified)
                        visit(cu, Counter::PublicVerified, i);
                }
                if (f.filedAt != 0 && in(f.voidedAt))
                    visit(cu, Counter::Voided, i);
                if (in(f.closedAt)) {
                    visit(cu, Counter::Closed, i);
                    if (f.closedOnTime)
                        visit(cu, Counter::ClosedOnTime, i);
                    if (f.reworkCount > 0)
                        visit(cu, Counter::ClosedReworked, i);
                }
            }
        }
        if (inspectors && in(f.filedAt))
            for (int u : m_patrolUnits[i]) {
                visit(u, Counter::FiledInArea, i);
                if (f.publicVerified)
                    visit(u, Counter::Missed, i);
            }
        const auto &tasks = m_facts[i].tasks;
        const auto &units = m_taskUnits[i];
        const auto &outcomes = m_outcomes[i];
        for (size_t k = 0; k < tasks.size(); ++k) {
            const TaskFact &t = tasks[k];
            if (t.startedAt >= to)
                break; // steps follow one another
            int u = cu;
            if (d == Dimension::Department && units[k].first >= 0)
                u = units[k].first;
            if (inspectors)
                u = units[k].second;
            if (u < 0)
                continue;
            const int outcome = outcomes[k];
            const bool done = in(t.finishedAt);
            const bool openAtEnd = t.finishedAt == 0 || t.finishedAt >= to;
            const bool suspendedAtEnd = t.suspendedFrom != 0 && t.suspendedFrom < to &&
                                        (t.suspendedTo == 0 || t.suspendedTo >= to);
            const bool overdueAtEnd =
                openAtEnd && t.deadline != 0 && t.deadline < to && !suspendedAtEnd;
            switch (t.step) {
            case Step::Handle:
                if (inspectors)
                    break;
                if (done && outcome == act(CaseAction::Feedback)) {
                    visit(u, Counter::Handled, i);
                    // A result the check rejected is no on-time handling (the redo is due anew).
                    if (t.onTime && (t.rejectedAt == 0 || t.rejectedAt >= to))
                        visit(u, Counter::HandledOnTime, i);
                    if (t.extensionSeconds > 0)
                        visit(u, Counter::Extended, i);
                } else if (done && outcome == act(CaseAction::ApproveReturn)) {
                    visit(u, Counter::Returned, i);
                }
                if (overdueAtEnd)
                    visit(u, Counter::OverduePending, i);
                break;
            case Step::SendCheck:
            case Step::Close:
                if (!inspectors && overdueAtEnd)
                    visit(u, Counter::ClosureOverdue, i);
                break;
            case Step::Check:
                if (!inspectors && overdueAtEnd)
                    visit(u, Counter::ClosureOverdue, i);
                if (done && (outcome == act(CaseAction::CheckPass) ||
                             outcome == act(CaseAction::CheckFail))) {
                    visit(u, Counter::CheckDone, i);
                    if (t.onTime)
                        visit(u, Counter::CheckOnTime, i);
                    if (outcome == act(CaseAction::CheckFail) && !inspectors)
                        visit(u, Counter::Reworked, i);
                }
                if (overdueAtEnd)
                    visit(u, Counter::CheckOverdue, i);
                break;
            case Step::Verify:
                if (done && (outcome == act(CaseAction::VerifyConfirm) ||
                             outcome == act(CaseAction::VerifyDeny))) {
                    visit(u, Counter::VerifyDone, i);
                    if (t.onTime)
                        visit(u, Counter::VerifyOnTime, i);
                }
                if (overdueAtEnd)
                    visit(u, Counter::VerifyOverdue, i);
                break;
            case Step::File:
                if (!inspectors && done && outcome == act(CaseAction::File)) {
                    visit(u, Counter::FileDone, i);
                    if (t.onTime)
                        visit(u, Counter::FileOnTime, i);
                }
                break;
            case Step::Dispatch:
                if (!inspectors && done && outcome == act(CaseAction::Dispatch)) {
                    visit(u, Counter::Dispatched, i);
                    if (t.onTime)
                        visit(u, Counter::DispatchOnTime, i);
                    if (t.accurate)
                        visit(u, Counter::DispatchAccurate, i);
                }
                break;
            case Step::Accept:
                if (!inspectors && done && outcome == act(CaseAction::Accept))
                    visit(u, Counter::Accepted, i);
                break;
            default: break;
            }
        }
    }
}

KpiResult KpiEngine::compute(const KpiPeriod &period, Dimension dimension) const
{
    KpiResult out;
    out.period = period;
    out.dimension = dimension;
    const Units &units = m_units[size_t(dimension)];
    std::vector<std::array<qint64, kCounterCount>> counts(size_t(std::max<qsizetype>(1, units.keys.size())));
    scan(period, dimension, [&](int u, Counter c, size_t) { ++counts[size_t(u)][size_t(c)]; });
    for (size_t u = 0; u < counts.size() && u < size_t(units.keys.size()); ++u) {
        if (std::all_of(counts[u].begin(), counts[u].end(), [](qint64 v) { return v == 0; }))
            continue;
        KpiRow row;
        row.key = units.keys[qsizetype(u)];
        row.name = unitName(dimension, row.key);
        row.n = counts[u];
        fillRates(row, dimension);
        out.rows.push_back(std::move(row));
    }
    std::sort(out.rows.begin(), out.rows.end(), [](const KpiRow &a, const KpiRow &b) {
        const bool ga = !std::isnan(a.composite), gb = !std::isnan(b.composite);
        if (ga != gb)
            return ga;
        if (ga && a.composite != b.composite)
            return a.composite > b.composite;
        const qint64 da = dueForClosure(a.n) + a.count(Counter::Reports);
        const qint64 db = dueForClosure(b.n) + b.count(Counter::Reports);
        if (da != db)
            return da > db;
        return a.name < b.name;
    });
    int rank = 0;
    for (KpiRow &r : out.rows)
        if (!std::isnan(r.composite))
            r.rank = ++rank;
    // The city as a whole.
    std::array<qint64, kCounterCount> total{};
    scan(period, Dimension::City, [&](int, Counter c, size_t) { ++total[size_t(c)]; });
    out.total.key = QString();
    out.total.name = dimensionName(Dimension::City, true);
    out.total.n = total;
    fillRates(out.total, Dimension::City);
    return out;
}

QList<qint64> KpiEngine::caseIds(const KpiPeriod &period, Dimension dimension,
                                 const QString &key, Counter counter) const
{
    QList<qint64> out;
    const Units &units = m_units[size_t(dimension)];
    const int wanted = dimension == Dimension::City ? 0 : units.index.value(key, kNone);
    if (wanted == kNone)
        return out;
    QSet<qint64> seen;
    scan(period, dimension, [&](int u, Counter c, size_t i) {
        if (u == wanted && c == counter) {
            const qint64 id = m_facts[i].fact.caseId;
            if (!seen.contains(id)) {
                seen.insert(id);
                out << id;
            }
        }
    });
    return out;
}

std::vector<qint64> KpiEngine::reportsPerDay(const KpiPeriod &period) const
{
    std::vector<qint64> out(size_t(std::max(0, period.days())));
    const qint64 from = period.fromMs(m_directory.cityZone), to = period.toMs(m_directory.cityZone);
    for (const CaseFacts &cf : m_facts) {
        const qint64 t = cf.fact.reportedAt;
        if (t >= from && t < to)
            ++out[size_t((t - from) / 86400000)]; // China has no daylight saving: days are equal
    }
    return out;
}

double KpiEngine::filedVolumeScore(qint64 filed)
{
    // S4's bands for departments (kpis.csv: "≤50→10 … >1000→0", on a 100 scale here): the
    // steps between the two ends are ours.
    if (filed <= 50)
        return 100;
    if (filed <= 200)
        return 75;
    if (filed <= 500)
        return 50;
    if (filed <= 1000)
        return 25;
    return 0;
}

QString KpiEngine::grade(double composite)
{
    if (std::isnan(composite))
        return QString();
    if (composite >= 90)
        return QStringLiteral("A");
    if (composite >= 75)
        return QStringLiteral("B");
    if (composite >= 60)
        return QStringLiteral("C");
    if (composite >= 40)
        return QStringLiteral("D");
    return QStringLiteral("E");
}

void KpiEngine::fillRates(KpiRow &row, Dimension d)
{
    const auto &n = row.n;
    auto c = [&](Counter k) { return double(n[size_t(k)]); };
    auto ratio = [](double num, double den) { return den > 0 ? num / den : std::nan(""); };
    auto set = [&](Rate r, double v) { row.rate[size_t(r)] = v; };
    const double dueHandling = double(dueForHandling(n));
    const double dueClosure = double(dueForClosure(n));
    set(Rate::ValidReport, ratio(c(Counter::ValidReports), c(Counter::Reports)));
    set(Rate::OnTimeFiling, ratio(c(Counter::FileOnTime), c(Counter::FileDone)));
    set(Rate::AccurateFiling, ratio(c(Counter::Filed) - c(Counter::Voided), c(Counter::Filed)));
    set(Rate::OnTimeDispatch, ratio(c(Counter::DispatchOnTime), c(Counter::Dispatched)));
    set(Rate::DispatchAccuracy, ratio(c(Counter::DispatchAccurate), c(Counter::Dispatched)));
    set(Rate::Handling, ratio(c(Counter::Handled), dueHandling));
    set(Rate::OnTimeHandling, ratio(c(Counter::HandledOnTime), dueHandling));
    set(Rate::Closure, ratio(c(Counter::Closed), dueClosure));
    set(Rate::OnTimeClosure, ratio(c(Counter::ClosedOnTime), dueClosure));
    set(Rate::Rework, ratio(c(Counter::Reworked), dueClosure));
    set(Rate::FirstTimeFix, ratio(c(Counter::Closed) - c(Counter::ClosedReworked), c(Counter::Closed)));
    set(Rate::Extension, ratio(c(Counter::Extended), dueHandling));
    set(Rate::OverduePending, ratio(c(Counter::OverduePending), dueHandling));
    set(Rate::OnTimeVerification,
        ratio(c(Counter::VerifyOnTime), c(Counter::VerifyDone) + c(Counter::VerifyOverdue)));
    set(Rate::OnTimeCheck,
        ratio(c(Counter::CheckOnTime), c(Counter::CheckDone) + c(Counter::CheckOverdue)));
    set(Rate::PublicReport, ratio(c(Counter::PublicVerified), c(Counter::Filed)));
    set(Rate::MissedReport, ratio(c(Counter::Missed), c(Counter::FiledInArea)));

    // In a composite a rate with nothing due counts as met, a failure rate as zero.
    auto met = [&](Rate r) { return std::isnan(row.value(r)) ? 1.0 : row.value(r); };
    auto failed = [&](Rate r) { return std::isnan(row.value(r)) ? 0.0 : row.value(r); };
    double composite = std::nan("");
    switch (d) {
    case Dimension::Department:
        if (dueClosure > 0 || c(Counter::Filed) > 0 || dueHandling > 0)
            composite = filedVolumeScore(n[size_t(Counter::Filed)]) * 0.10 +
                        100 * (0.30 * met(Rate::Closure) + 0.30 * met(Rate::OnTimeHandling) +
                               0.30 * (1 - failed(Rate::Rework)));
        break;
    case Dimension::Inspector:
        if (c(Counter::Reports) + c(Counter::VerifyDone) + c(Counter::VerifyOverdue) +
                c(Counter::CheckDone) + c(Counter::CheckOverdue) + c(Counter::FiledInArea) > 0)
            composite = 100 * (0.40 * met(Rate::ValidReport) +
                               0.20 * (1 - failed(Rate::MissedReport)) +
                               0.20 * met(Rate::OnTimeVerification) + 0.20 * met(Rate::OnTimeCheck));
        break;
    case Dimension::City:
    case Dimension::District:
    case Dimension::Street:
    case Dimension::Community:
        if (dueClosure > 0 || c(Counter::Filed) > 0)
            composite = 100 * (0.40 * met(Rate::Closure) + 0.40 * met(Rate::OnTimeClosure) +
                               0.20 * (1 - failed(Rate::PublicReport)));
        break;
    case Dimension::Class:
    case Dimension::Source: break;
    }
    // Published to two decimals, and graded on what is published.
    row.composite = std::isnan(composite) ? composite : std::round(composite * 100) / 100;
    row.grade = grade(row.composite);
}

QString KpiEngine::unitName(Dimension d, const QString &key) const
{
    switch (d) {
    case Dimension::City: return dimensionName(Dimension::City, true);
    case Dimension::Department:
        return m_directory.departments.value(key.toLongLong(), key);
    case Dimension::Inspector: return m_directory.users.value(key.toLongLong(), key);
    case Dimension::District:
    case Dimension::Street:
    case Dimension::Community: return m_directory.areas.value(key, key);
    case Dimension::Class: return m_directory.classes.value(key, key);
    case Dimension::Source: return m_directory.sources.value(key, key);
    }
    return key;
}

} // namespace yw::evaluation
