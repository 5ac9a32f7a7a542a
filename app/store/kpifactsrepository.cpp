#include "kpifactsrepository.h"

#include "bulkinserter.h"
#include "sqlvalues.h"

#include <QJsonDocument>

#include <algorithm>

namespace yw::store {

using namespace yw::core;
using namespace yw::store::sqlvalues;

namespace {
QString placeholders(int n)
{
    QStringList marks;
    for (int i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QLatin1Char(','));
}

// WHERE clauses selecting these ids (ascending): runs of consecutive ids as BETWEEN, the rest in
// short IN lists (Qt's SQLite driver binds each parameter by a search through all of them, so a
// list of thousands costs quadratic time).
QList<std::pair<QString, QVariantList>> idFilters(const QString &column, const QList<qint64> &ids)
{
    QList<std::pair<QString, QVariantList>> out;
    QVariantList scattered;
    auto flushScattered = [&] {
        if (scattered.isEmpty())
            return;
        out.append({QStringLiteral("%1 IN (%2)").arg(column, placeholders(int(scattered.size()))),
                    scattered});
        scattered.clear();
    };
    for (qsizetype i = 0; i < ids.size();) {
        qsizetype j = i;
        while (j + 1 < ids.size() && ids[j + 1] == ids[j] + 1)
            ++j;
        if (j - i + 1 >= 8) {
            out.append({QStringLiteral("%1 BETWEEN ? AND ?").arg(column), {ids[i], ids[j]}});
        } else {
            for (qsizetype k = i; k <= j; ++k) {
                scattered << ids[k];
                if (scattered.size() == 64)
                    flushScattered();
            }
        }
        i = j + 1;
    }
    flushScattered();
    return out;
}

qint64 endOf(const CaseFact &f)
{
    qint64 end = 0;
    for (qint64 t : {f.closedAt, f.voidedAt, f.notFiledAt, f.mergedAt})
        if (t > 0 && (end == 0 || t < end))
            end = t;
    return end;
}

const QString kStale = QStringLiteral(
    "FROM cases c LEFT JOIN kpi_case_facts f ON f.case_id = c.id "
    "WHERE f.case_id IS NULL OR f.case_version <> c.version OR f.rules_version <> ?");
} // namespace

Result<QList<qint64>> KpiFactsRepository::staleCases(int rulesVersion, QSet<qint64> *withFacts) const
{
    // One query for all of them: asking again for the next few thousand would redo the join.
    auto q = m_db.exec(QStringLiteral("SELECT c.id, f.case_id ") + kStale + QStringLiteral(" ORDER BY c.id"),
                       {rulesVersion});
    if (!q)
        return q.error();
    QList<qint64> out;
    while (q.value().next()) {
        const qint64 id = q.value().value(0).toLongLong();
        out << id;
        if (withFacts && !q.value().value(1).isNull())
            withFacts->insert(id);
    }
    return out;
}

Result<qint64> KpiFactsRepository::staleCount(int rulesVersion) const
{
    auto q = m_db.exec(QStringLiteral("SELECT COUNT(*) ") + kStale, {rulesVersion});
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toLongLong() : 0;
}

Result<std::vector<KpiFactsRepository::CaseHistory>>
KpiFactsRepository::histories(const QList<qint64> &caseIds) const
{
    std::vector<CaseHistory> out;
    QList<qint64> sorted = caseIds;
    std::sort(sorted.begin(), sorted.end());
    const auto filters = idFilters(QStringLiteral("id"), sorted);
    QHash<qint64, size_t> at;
    for (const auto &[where, binds] : filters) {
        auto q = m_db.exec(
            QStringLiteral("SELECT id, version, source, kind, class_code, urgency, grid_code, "
                           "community_code, street_code, district_code, "
                           "COALESCE(reporter_user_id, 0), reported_at FROM cases WHERE %1 "
                           "ORDER BY id")
                .arg(where),
            binds);
        if (!q)
            return q.error();
        while (q.value().next()) {
            const QSqlQuery &r = q.value();
            CaseHistory h;
            CaseRecord &c = h.reported;
            c.id = r.value(0).toLongLong();
            h.version = r.value(1).toInt();
            c.source = enumFromKey<SourceChannel>(r.value(2).toString());
            c.kind = enumFromKey<TaxonomyKind>(r.value(3).toString());
            c.classCode = r.value(4).toString();
            c.urgency = enumFromKey<Urgency>(r.value(5).toString());
            c.gridCode = r.value(6).toString();
            c.communityCode = r.value(7).toString();
            c.streetCode = r.value(8).toString();
            c.districtCode = r.value(9).toString();
            c.reporterUserId = r.value(10).toLongLong();
            c.reportedAt = toTime(r.value(11));
            at.insert(c.id, out.size());
            out.push_back(std::move(h));
        }
    }
    for (const auto &[where, binds] : idFilters(QStringLiteral("case_id"), sorted)) {
        auto e = m_db.exec(QStringLiteral("SELECT case_id, at, COALESCE(actor_user_id, 0), "
                                          "action, note, payload FROM case_events WHERE %1 "
                                          "ORDER BY case_id, id")
                               .arg(where),
                           binds);
        if (!e)
            return e.error();
        while (e.value().next()) {
            const QSqlQuery &r = e.value();
            auto it = at.constFind(r.value(0).toLongLong());
            if (it == at.constEnd())
                continue;
            CaseEvent ev;
            ev.caseId = r.value(0).toLongLong();
            ev.at = toTime(r.value(1));
            ev.actorUserId = r.value(2).toLongLong();
            ev.action = r.value(3).toString();
            ev.note = r.value(4).toString();
            const QString payload = r.value(5).toString();
            if (payload.size() > 2)
                ev.payload = QJsonDocument::fromJson(payload.toUtf8()).object();
            out[*it].events << ev;
        }
    }
    return out;
}

Status KpiFactsRepository::replace(const std::vector<CaseFacts> &facts, int rulesVersion,
                                   const QSet<qint64> *withFacts)
{
    if (facts.empty())
        return success();
    return m_db.transaction([&]() -> Status {
        QList<qint64> caseIds;
        for (const CaseFacts &f : facts)
            if (!withFacts || withFacts->contains(f.fact.caseId))
                caseIds << f.fact.caseId;
        std::sort(caseIds.begin(), caseIds.end());
        for (const auto &[where, binds] : idFilters(QStringLiteral("case_id"), caseIds))
            for (const char *table : {"kpi_tasks", "kpi_case_facts"})
                if (auto q = m_db.exec(
                        QStringLiteral("DELETE FROM %1 WHERE %2").arg(QLatin1String(table), where), binds);
                    !q)
                    return q.error();
        BulkInserter cases(m_db, QStringLiteral("kpi_case_facts"),
                           {QStringLiteral("case_id"), QStringLiteral("case_version"),
                            QStringLiteral("rules_version"), QStringLiteral("reported_at"),
                            QStringLiteral("source"), QStringLiteral("kind"),
                            QStringLiteral("class_code"), QStringLiteral("grid_code"),
                            QStringLiteral("community_code"), QStringLiteral("street_code"),
                            QStringLiteral("district_code"), QStringLiteral("reporter_user_id"),
                            QStringLiteral("department_id"), QStringLiteral("filed_at"),
                            QStringLiteral("voided_at"), QStringLiteral("not_filed_at"),
                            QStringLiteral("merged_at"), QStringLiteral("closed_at"),
                            QStringLiteral("closed_on_time"), QStringLiteral("rework_count"),
                            QStringLiteral("public_verified"), QStringLiteral("ended_at")});
        BulkInserter tasks(m_db, QStringLiteral("kpi_tasks"),
                           {QStringLiteral("case_id"), QStringLiteral("seq"),
                            QStringLiteral("step"), QStringLiteral("department_id"),
                            QStringLiteral("user_id"), QStringLiteral("started_at"),
                            QStringLiteral("deadline"), QStringLiteral("finished_at"),
                            QStringLiteral("outcome"), QStringLiteral("on_time"),
                            QStringLiteral("extension_s"), QStringLiteral("suspended_from"),
                            QStringLiteral("suspended_to"), QStringLiteral("accurate"),
                            QStringLiteral("rejected_at")});
        for (const CaseFacts &cf : facts) {
            const CaseFact &f = cf.fact;
            if (auto s = cases.add({f.caseId, f.caseVersion, rulesVersion, f.reportedAt,
                                    enumKey(f.source), enumKey(f.kind), f.classCode, f.gridCode,
                                    f.communityCode, f.streetCode, f.districtCode,
                                    f.reporterUserId, f.departmentId, f.filedAt, f.voidedAt,
                                    f.notFiledAt, f.mergedAt, f.closedAt, int(f.closedOnTime),
                                    f.reworkCount, int(f.publicVerified), endOf(f)});
                !s)
                return s;
            int seq = 0;
            for (const TaskFact &t : cf.tasks)
                if (auto s = tasks.add({f.caseId, seq++, enumKey(t.step), t.departmentId,
                                        t.userId, t.startedAt, t.deadline, t.finishedAt,
                                        t.outcome, int(t.onTime), t.extensionSeconds,
                                        t.suspendedFrom, t.suspendedTo, int(t.accurate),
                                        t.rejectedAt});
                    !s)
                    return s;
        }
        if (auto s = cases.flush(); !s)
            return s;
        return tasks.flush();
    });
}

Result<std::vector<CaseFacts>> KpiFactsRepository::load(qint64 fromMs, qint64 toMs) const
{
    std::vector<CaseFacts> out;
    const QString alive =
        QStringLiteral("f.reported_at < ? AND (f.ended_at = 0 OR f.ended_at >= ?)");
    auto q = m_db.exec(
        QStringLiteral("SELECT case_id, case_version, reported_at, source, kind, class_code, "
                       "grid_code, community_code, street_code, district_code, "
                       "reporter_user_id, department_id, filed_at, voided_at, not_filed_at, "
                       "merged_at, closed_at, closed_on_time, rework_count, public_verified "
                       "FROM kpi_case_facts f WHERE ") +
            alive + QStringLiteral(" ORDER BY case_id"),
        {toMs, fromMs});
    if (!q)
        return q.error();
    QHash<qint64, size_t> at;
    // Codes repeat: share one string per distinct value.
    QSet<QString> pool;
    auto shared = [&](const QString &s) { return *pool.insert(s); };
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        CaseFacts cf;
        CaseFact &f = cf.fact;
        f.caseId = r.value(0).toLongLong();
        f.caseVersion = r.value(1).toInt();
        f.reportedAt = r.value(2).toLongLong();
        f.source = enumFromKey<SourceChannel>(r.value(3).toString());
        f.kind = enumFromKey<TaxonomyKind>(r.value(4).toString());
        f.classCode = shared(r.value(5).toString());
        f.gridCode = shared(r.value(6).toString());
        f.communityCode = shared(r.value(7).toString());
        f.streetCode = shared(r.value(8).toString());
        f.districtCode = shared(r.value(9).toString());
        f.reporterUserId = r.value(10).toLongLong();
        f.departmentId = r.value(11).toLongLong();
        f.filedAt = r.value(12).toLongLong();
        f.voidedAt = r.value(13).toLongLong();
        f.notFiledAt = r.value(14).toLongLong();
        f.mergedAt = r.value(15).toLongLong();
        f.closedAt = r.value(16).toLongLong();
        f.closedOnTime = r.value(17).toInt() != 0;
        f.reworkCount = r.value(18).toInt();
        f.publicVerified = r.value(19).toInt() != 0;
        at.insert(f.caseId, out.size());
        out.push_back(std::move(cf));
    }
    auto t = m_db.exec(
        QStringLiteral("SELECT t.case_id, t.step, t.department_id, t.user_id, t.started_at, "
                       "t.deadline, t.finished_at, t.outcome, t.on_time, t.extension_s, "
                       "t.suspended_from, t.suspended_to, t.accurate, t.rejected_at FROM kpi_tasks t "
                       "JOIN kpi_case_facts f ON f.case_id = t.case_id WHERE ") +
            alive + QStringLiteral(" ORDER BY t.case_id, t.seq"),
        {toMs, fromMs});
    if (!t)
        return t.error();
    QHash<QString, Step> steps;
    for (Step s : enumValues<Step>())
        steps.insert(enumKey(s), s);
    while (t.value().next()) {
        const QSqlQuery &r = t.value();
        auto it = at.constFind(r.value(0).toLongLong());
        if (it == at.constEnd())
            continue;
        TaskFact k;
        k.step = steps.value(r.value(1).toString(), Step::None);
        k.departmentId = r.value(2).toLongLong();
        k.userId = r.value(3).toLongLong();
        k.startedAt = r.value(4).toLongLong();
        k.deadline = r.value(5).toLongLong();
        k.finishedAt = r.value(6).toLongLong();
        k.outcome = shared(r.value(7).toString());
        k.onTime = r.value(8).toInt() != 0;
        k.extensionSeconds = r.value(9).toLongLong();
        k.suspendedFrom = r.value(10).toLongLong();
        k.suspendedTo = r.value(11).toLongLong();
        k.accurate = r.value(12).toInt() != 0;
        k.rejectedAt = r.value(13).toLongLong();
        out[*it].tasks.push_back(std::move(k));
    }
    return out;
}

Result<QList<std::pair<QString, qint64>>> KpiFactsRepository::patrolGrids() const
{
    auto q = m_db.exec(QStringLiteral("SELECT c.grid_code, p.user_id FROM patrol_areas p "
                                      "JOIN responsibility_grid_cells c ON c.resp_code = p.resp_code"));
    if (!q)
        return q.error();
    QList<std::pair<QString, qint64>> out;
    while (q.value().next())
        out.append({q.value().value(0).toString(), q.value().value(1).toLongLong()});
    return out;
}

} // namespace yw::store
