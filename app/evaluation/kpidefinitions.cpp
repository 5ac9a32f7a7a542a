#include "kpidefinitions.h"

namespace yw::evaluation {

const KpiDefinition &definition(Counter c)
{
    static const KpiDefinition all[kCounterCount] = {
        {"reports", "上报数", "Reports", "reported in the period"},
        {"valid_reports", "有效上报数", "Valid reports", "reported in the period and filed by its end"},
        {"filed", "立案数", "Filed", "filed in the period"},
        {"voided", "作废数", "Voided", "filed cases voided in the period"},
        {"file_done", "应按时立案数", "Filing steps", "filing steps ended by filing in the period"},
        {"file_on_time", "按时立案数", "Filed on time", "filing steps done within the limit"},
        {"dispatched", "派遣数", "Dispatched", "dispatches in the period"},
        {"dispatch_on_time", "按时派遣数", "Dispatched on time", "dispatches within the limit"},
        {"dispatch_accurate", "准确派遣数", "Accurate dispatches", "dispatches the department did not return"},
        {"handled", "处置数", "Handled", "handling finished with feedback in the period"},
        {"handled_on_time", "按期处置数", "Handled on time", "handling finished by its deadline (extensions and suspensions applied) and not rejected by its check by the period's end"},
        {"overdue_pending", "超期未处置数", "Overdue, not handled", "handling open at the period's end, past its deadline, not suspended"},
        {"extended", "延期数", "Extended", "handled with an approved extension"},
        {"returned", "回退数", "Returned", "handling ended by an approved return"},
        {"reworked", "返工数", "Reworked", "checks failed in the period (the handling is redone)"},
        {"closed", "结案数", "Closed", "closed in the period"},
        {"closed_on_time", "按期结案数", "Closed on time", "closed, its last handling done by the deadline"},
        {"closed_reworked", "返工结案数", "Closed after rework", "closed in the period after at least one rework"},
        {"public_verified", "监督举报核实数", "Public reports confirmed", "public (non-patrol) reports confirmed on site and filed in the period"},
        {"verify_done", "核实数", "Verified", "on-site verifications done in the period"},
        {"verify_on_time", "按时核实数", "Verified on time", "verifications within the limit"},
        {"verify_overdue", "超时未核实数", "Verifications overdue", "verifications open at the period's end, past the limit"},
        {"check_done", "核查数", "Checked", "checks of handling results done in the period"},
        {"check_on_time", "按时核查数", "Checked on time", "checks within the limit"},
        {"check_overdue", "超时未核查数", "Checks overdue", "checks open at the period's end, past the limit"},
        {"accepted", "受理数", "Accepted", "reports accepted in the period"},
        {"filed_in_area", "责任区立案数", "Filed in patrol area", "cases filed in the period in the grids the inspector patrols"},
        {"missed", "漏报数", "Missed", "of those, public reports confirmed on site (the inspector did not report them)"},
        {"closure_overdue", "超期未结案数", "Handled, closure overdue", "handled cases open at the period's end, past the limit of their sending for check, check or closure"},
    };
    return all[int(c)];
}

const KpiDefinition &definition(Rate r)
{
    static const KpiDefinition all[kRateCount] = {
        {"valid_report_rate", "有效上报率", "Valid-report rate", "有效上报数 / 上报数"},
        {"on_time_filing_rate", "按时立案率", "On-time filing rate", "按时立案数 / 立案数"},
        {"accurate_filing_rate", "准确立案率", "Accurate filing rate", "(立案数 − 作废数) / 立案数"},
        {"on_time_dispatch_rate", "按时派遣率", "On-time dispatch rate", "按时派遣数 / 派遣数"},
        {"dispatch_accuracy_rate", "准确派遣率", "Dispatch accuracy", "准确派遣数 / 派遣数"},
        {"handling_rate", "处置率", "Handling rate", "处置数 / 应处置数 (应处置数 = 处置数 + 超期未处置数)"},
        {"on_time_handling_rate", "按期处置率", "On-time handling rate", "按期处置数 / 应处置数"},
        {"closure_rate", "结案率", "Closure rate", "结案数 / 应结案数 (应结案数 = 结案数 + 超期未处置数 + 超期未结案数)"},
        {"on_time_closure_rate", "按期结案率", "On-time closure rate", "按期结案数 / 应结案数"},
        {"rework_rate", "返工率", "Rework rate", "返工数 / 应结案数"},
        {"first_time_fix_rate", "一次处置完成率", "First-time fix rate", "(结案数 − 返工结案数) / 结案数"},
        {"extension_rate", "延期率", "Extension rate", "延期数 / 应处置数"},
        {"overdue_pending_rate", "超期待处置率", "Overdue-pending rate", "超期未处置数 / 应处置数"},
        {"on_time_verification_rate", "按时核实率", "On-time verification rate", "按时核实数 / (核实数 + 超时未核实数)"},
        {"on_time_check_rate", "按时核查率", "On-time check rate", "按时核查数 / (核查数 + 超时未核查数)"},
        {"public_report_rate", "监督举报率", "Public-report rate", "监督举报核实数 / 立案数"},
        {"missed_report_rate", "漏报率", "Missed-report rate", "漏报数 / 责任区立案数"},
    };
    return all[int(r)];
}

QString dimensionKey(Dimension d)
{
    switch (d) {
    case Dimension::City: return QStringLiteral("city");
    case Dimension::Department: return QStringLiteral("department");
    case Dimension::District: return QStringLiteral("district");
    case Dimension::Street: return QStringLiteral("street");
    case Dimension::Community: return QStringLiteral("community");
    case Dimension::Inspector: return QStringLiteral("inspector");
    case Dimension::Class: return QStringLiteral("class");
    case Dimension::Source: return QStringLiteral("source");
    }
    return {};
}

bool dimensionFromKey(const QString &key, Dimension *d)
{
    for (int i = 0; i < kDimensionCount; ++i)
        if (dimensionKey(Dimension(i)) == key) {
            *d = Dimension(i);
            return true;
        }
    return false;
}

QString dimensionName(Dimension d, bool zh)
{
    switch (d) {
    case Dimension::City: return zh ? QStringLiteral("全市") : QStringLiteral("City");
    case Dimension::Department: return zh ? QStringLiteral("专业部门") : QStringLiteral("Department");
    case Dimension::District: return zh ? QStringLiteral("区") : QStringLiteral("District");
    case Dimension::Street: return zh ? QStringLiteral("街道") : QStringLiteral("Street");
    case Dimension::Community: return zh ? QStringLiteral("社区") : QStringLiteral("Community");
    case Dimension::Inspector: return zh ? QStringLiteral("监督员") : QStringLiteral("Inspector");
    case Dimension::Class: return zh ? QStringLiteral("类别") : QStringLiteral("Class");
    case Dimension::Source: return zh ? QStringLiteral("来源") : QStringLiteral("Channel");
    }
    return {};
}

QString KpiColumn::id() const
{
    switch (kind) {
    case Kind::Count: return QString::fromLatin1(definition(Counter(which)).id);
    case Kind::Rate: return QString::fromLatin1(definition(Rate(which)).id);
    case Kind::DueForHandling: return QStringLiteral("due_handling");
    case Kind::DueForClosure: return QStringLiteral("due_closure");
    }
    return {};
}

QString KpiColumn::name(bool zh) const
{
    switch (kind) {
    case Kind::Count: {
        const KpiDefinition &d = definition(Counter(which));
        return QString::fromUtf8(zh ? d.nameZh : d.nameEn);
    }
    case Kind::Rate: {
        const KpiDefinition &d = definition(Rate(which));
        return QString::fromUtf8(zh ? d.nameZh : d.nameEn);
    }
    case Kind::DueForHandling: return zh ? QStringLiteral("应处置数") : QStringLiteral("Due for handling");
    case Kind::DueForClosure: return zh ? QStringLiteral("应结案数") : QStringLiteral("Due for closure");
    }
    return {};
}

QList<KpiColumn> headlineColumns(Dimension d)
{
    using C = KpiColumn;
    switch (d) {
    case Dimension::Department:
        return {C::count(Counter::Filed), {C::Kind::DueForHandling, 0}, C::count(Counter::Handled),
                C::rate(Rate::OnTimeHandling), {C::Kind::DueForClosure, 0},
                C::count(Counter::Closed), C::rate(Rate::Closure), C::rate(Rate::OnTimeClosure),
                C::rate(Rate::Rework), C::rate(Rate::FirstTimeFix),
                C::count(Counter::OverduePending), C::count(Counter::ClosureOverdue),
                C::rate(Rate::DispatchAccuracy)};
    case Dimension::Inspector:
        return {C::count(Counter::Reports), C::rate(Rate::ValidReport),
                C::count(Counter::VerifyDone), C::rate(Rate::OnTimeVerification),
                C::count(Counter::CheckDone), C::rate(Rate::OnTimeCheck),
                C::count(Counter::FiledInArea), C::rate(Rate::MissedReport)};
    case Dimension::City:
    case Dimension::District:
    case Dimension::Street:
    case Dimension::Community:
        return {C::count(Counter::Reports), C::count(Counter::Filed),
                C::rate(Rate::AccurateFiling), {C::Kind::DueForClosure, 0},
                C::count(Counter::Closed), C::rate(Rate::Closure), C::rate(Rate::OnTimeClosure),
                C::count(Counter::OverduePending), C::count(Counter::ClosureOverdue),
                C::rate(Rate::PublicReport)};
    case Dimension::Class:
    case Dimension::Source:
        return {C::count(Counter::Reports), C::count(Counter::Filed), C::count(Counter::Closed),
                C::rate(Rate::Closure), C::rate(Rate::OnTimeClosure), C::rate(Rate::Rework)};
    }
    return {};
}

} // namespace yw::evaluation
