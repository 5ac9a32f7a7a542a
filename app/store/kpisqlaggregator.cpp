#include "kpisqlaggregator.h"

#include <QSqlRecord>

namespace yw::store {

using namespace yw::core;

namespace {
// Each count as SUM(CASE WHEN … THEN 1 ELSE 0 END); :a and :b are the period's ends, bound
// positionally in order of appearance.
struct Sum
{
    const char *id;
    const char *when;
};

const Sum kCaseSums[] = {
    {"reports", "reported_at >= :a AND reported_at < :b"},
    {"valid_reports", "reported_at >= :a AND reported_at < :b AND filed_at <> 0 AND filed_at < :b"},
    {"filed", "filed_at >= :a AND filed_at < :b"},
    {"public_verified", "filed_at >= :a AND filed_at < :b AND public_verified = 1"},
    {"voided", "filed_at <> 0 AND voided_at >= :a AND voided_at < :b"},
    {"closed", "closed_at >= :a AND closed_at < :b"},
    {"closed_on_time", "closed_at >= :a AND closed_at < :b AND closed_on_time = 1"},
    {"closed_reworked", "closed_at >= :a AND closed_at < :b AND rework_count > 0"},
};

#define DONE "t.finished_at >= :a AND t.finished_at < :b"
#define OVERDUE                                                                                    \
    "(t.finished_at = 0 OR t.finished_at >= :b) AND t.deadline <> 0 AND t.deadline < :b AND "     \
    "NOT (t.suspended_from <> 0 AND t.suspended_from < :b AND "                                   \
    "(t.suspended_to = 0 OR t.suspended_to >= :b))"
const Sum kTaskSums[] = {
    {"handled", "t.step = 'Handle' AND " DONE " AND t.outcome = 'Feedback'"},
    {"handled_on_time", "t.step = 'Handle' AND " DONE " AND t.outcome = 'Feedback' AND t.on_time = 1 "
                        "AND (t.rejected_at = 0 OR t.rejected_at >= :b)"},
    {"extended", "t.step = 'Handle' AND " DONE " AND t.outcome = 'Feedback' AND t.extension_s > 0"},
    {"returned", "t.step = 'Handle' AND " DONE " AND t.outcome = 'ApproveReturn'"},
    {"overdue_pending", "t.step = 'Handle' AND " OVERDUE},
    {"check_done", "t.step = 'Check' AND " DONE " AND t.outcome IN ('CheckPass', 'CheckFail')"},
    {"check_on_time", "t.step = 'Check' AND " DONE " AND t.outcome IN ('CheckPass', 'CheckFail') AND t.on_time = 1"},
    {"reworked", "t.step = 'Check' AND " DONE " AND t.outcome = 'CheckFail'"},
    {"check_overdue", "t.step = 'Check' AND " OVERDUE},
    {"verify_done", "t.step = 'Verify' AND " DONE " AND t.outcome IN ('VerifyConfirm', 'VerifyDeny')"},
    {"verify_on_time", "t.step = 'Verify' AND " DONE " AND t.outcome IN ('VerifyConfirm', 'VerifyDeny') AND t.on_time = 1"},
    {"verify_overdue", "t.step = 'Verify' AND " OVERDUE},
    {"file_done", "t.step = 'File' AND " DONE " AND t.outcome = 'File'"},
    {"file_on_time", "t.step = 'File' AND " DONE " AND t.outcome = 'File' AND t.on_time = 1"},
    {"dispatched", "t.step = 'Dispatch' AND " DONE " AND t.outcome = 'Dispatch'"},
    {"dispatch_on_time", "t.step = 'Dispatch' AND " DONE " AND t.outcome = 'Dispatch' AND t.on_time = 1"},
    {"dispatch_accurate", "t.step = 'Dispatch' AND " DONE " AND t.outcome = 'Dispatch' AND t.accurate = 1"},
    {"accepted", "t.step = 'Accept' AND " DONE " AND t.outcome = 'Accept'"},
    {"closure_overdue", "t.step IN ('SendCheck', 'Check', 'Close') AND " OVERDUE},
};
#undef DONE
#undef OVERDUE

// Replaces :a and :b with ? and lists the values to bind, in order.
QString positional(const QString &sql, qint64 a, qint64 b, QVariantList &binds)
{
    QString out;
    for (int i = 0; i < sql.size(); ++i) {
        if (sql[i] == QLatin1Char(':') && i + 1 < sql.size() &&
            (sql[i + 1] == QLatin1Char('a') || sql[i + 1] == QLatin1Char('b'))) {
            binds << (sql[i + 1] == QLatin1Char('a') ? a : b);
            out += QLatin1Char('?');
            ++i;
        } else {
            out += sql[i];
        }
    }
    return out;
}

template<size_t N>
QString sums(const Sum (&list)[N])
{
    QStringList parts;
    for (const Sum &s : list)
        parts << QStringLiteral("SUM(CASE WHEN %1 THEN 1 ELSE 0 END)").arg(QLatin1String(s.when));
    return parts.join(QStringLiteral(", "));
}
} // namespace

Result<QHash<qint64, QHash<QString, qint64>>> KpiSqlAggregator::byDepartment(qint64 from,
                                                                            qint64 to) const
{
    QHash<qint64, QHash<QString, qint64>> out;
    auto collect = [&](const QString &sql, const auto &list) -> Status {
        QVariantList binds;
        const QString statement = positional(sql, from, to, binds);
        auto q = m_db.exec(statement, binds);
        if (!q)
            return q.error();
        while (q.value().next()) {
            const qint64 dept = q.value().value(0).toLongLong();
            int col = 1;
            for (const Sum &s : list) {
                const qint64 v = q.value().value(col++).toLongLong();
                if (v != 0)
                    out[dept][QString::fromLatin1(s.id)] += v;
            }
        }
        return success();
    };
    if (auto s = collect(QStringLiteral("SELECT department_id, %1 FROM kpi_case_facts "
                                        "WHERE department_id <> 0 AND reported_at < :b "
                                        "GROUP BY department_id")
                             .arg(sums(kCaseSums)),
                         kCaseSums);
        !s)
        return s.error();
    // A step counts for its own department (handling, checking, dispatching to), or else for
    // the case's owner.
    if (auto s = collect(QStringLiteral("SELECT CASE WHEN t.department_id <> 0 THEN t.department_id "
                                        "ELSE f.department_id END AS dept, %1 FROM kpi_tasks t "
                                        "JOIN kpi_case_facts f ON f.case_id = t.case_id "
                                        "WHERE t.started_at < :b AND (t.finished_at = 0 OR "
                                        "t.finished_at >= :a) GROUP BY 1")
                             .arg(sums(kTaskSums)),
                         kTaskSums);
        !s)
        return s.error();
    out.remove(0);
    return out;
}

} // namespace yw::store
