#pragma once

#include <QString>

#include <QList>

#include <array>

namespace yw::evaluation {

// The counts the evaluation takes of a period (DOMAIN.md §7, kpis.csv), each attributed to a
// unit (department, area, inspector, class, channel) and each drillable to its cases.
enum class Counter {
    Reports,          // 上报数: reported in the period
    ValidReports,     // 有效上报数: of those, filed by the period's end
    Filed,            // 立案数
    Voided,           // 作废数: filed cases voided in the period
    FileDone,         // filing steps done (立案) in the period
    FileOnTime,       // … within the filing limit
    Dispatched,       // 派遣数
    DispatchOnTime,   // 按时派遣数
    DispatchAccurate, // 准确派遣数: not returned by the department
    Handled,          // 处置数: handling steps finished with feedback
    HandledOnTime,    // 按期处置数: on time, and not rejected by its check by the period's end
    OverduePending,   // 超期未处置数: handling open at the period's end, past its deadline
    Extended,         // 延期数: handled with an approved extension
    Returned,         // 回退数: handling steps ended by an approved return
    Reworked,         // 返工数: checks failed in the period
    Closed,           // 结案数
    ClosedOnTime,     // 按期结案数: closed, the last handling done by its deadline
    ClosedReworked,   // 返工结案数: closed after a rework
    PublicVerified,   // 监督举报核实数: filed public reports confirmed on site
    VerifyDone,       // 核实数
    VerifyOnTime,     // 按时核实数
    VerifyOverdue,    // 超时未核实数 at the period's end
    CheckDone,        // 核查数
    CheckOnTime,      // 按时核查数
    CheckOverdue,     // 超时未核查数 at the period's end
    Accepted,         // 受理数
    FiledInArea,      // inspectors: cases filed in the grids they patrol
    Missed,           // 漏报数: of those, public reports confirmed on site
    ClosureOverdue,   // 超期未结案数: handled, open at the period's end past its check/close limit
};
constexpr int kCounterCount = int(Counter::ClosureOverdue) + 1;

enum class Rate {
    ValidReport,      // 有效上报率 = 有效上报数 / 上报数
    OnTimeFiling,     // 按时立案率 = 按时立案数 / 立案数
    AccurateFiling,   // 准确立案率 = (立案数 − 作废数) / 立案数
    OnTimeDispatch,   // 按时派遣率
    DispatchAccuracy, // 准确派遣率
    Handling,         // 处置率 = 处置数 / 应处置数
    OnTimeHandling,   // 按期处置率 = 按期处置数 / 应处置数
    Closure,          // 结案率 = 结案数 / 应结案数
    OnTimeClosure,    // 按期结案率 = 按期结案数 / 应结案数
    Rework,           // 返工率 = 返工数 / 应结案数
    FirstTimeFix,     // 一次处置完成率 = (结案数 − 返工结案数) / 结案数
    Extension,        // 延期率 = 延期数 / 应处置数
    OverduePending,   // 超期待处置率 = 超期未处置数 / 应处置数
    OnTimeVerification, // 按时核实率 = 按时核实数 / 应核实数
    OnTimeCheck,      // 按时核查率 = 按时核查数 / 应核查数
    PublicReport,     // 监督举报率 = 监督举报核实数 / 立案数
    MissedReport,     // 漏报率 = 漏报数 / 立案数 (in the inspector's grids)
};
constexpr int kRateCount = int(Rate::MissedReport) + 1;

// Who or what is evaluated.
enum class Dimension { City, Department, District, Street, Community, Inspector, Class, Source };
constexpr int kDimensionCount = int(Dimension::Source) + 1;

struct KpiDefinition
{
    const char *id;      // stable key (CSV/XLSX columns, the command line)
    const char *nameZh;  // the standard's term
    const char *nameEn;
    const char *formula; // how it is computed, in the standard's terms
};

const KpiDefinition &definition(Counter c);
const KpiDefinition &definition(Rate r);
// "department", "district", …; the reverse gives false for an unknown name.
QString dimensionKey(Dimension d);
bool dimensionFromKey(const QString &key, Dimension *d);
QString dimensionName(Dimension d, bool chinese);

// A column of a ranking: a count or a rate.
struct KpiColumn
{
    enum class Kind { Count, Rate, DueForHandling, DueForClosure } kind = Kind::Count;
    int which = 0; // a Counter or a Rate

    static KpiColumn count(Counter c) { return {Kind::Count, int(c)}; }
    static KpiColumn rate(Rate r) { return {Kind::Rate, int(r)}; }
    QString id() const;
    QString name(bool chinese) const;
};
// The columns a ranking of this kind of unit shows (the composite, grade and rank come after).
QList<KpiColumn> headlineColumns(Dimension d);

// 应处置数 and 应结案数: what was due in the period (finished in it, or still open and overdue at
// its end; steps still within their limit are not due yet). A case is due for closure when it
// is closed, when its handling is overdue, or when it was handled and its sending for check,
// check or closure is overdue: a case stuck after its handling stays in the denominator.
inline qint64 dueForHandling(const std::array<qint64, kCounterCount> &n)
{
    return n[size_t(Counter::Handled)] + n[size_t(Counter::OverduePending)];
}
inline qint64 dueForClosure(const std::array<qint64, kCounterCount> &n)
{
    return n[size_t(Counter::Closed)] + n[size_t(Counter::OverduePending)] +
           n[size_t(Counter::ClosureOverdue)];
}

} // namespace yw::evaluation
