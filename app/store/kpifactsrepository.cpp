#include "kpifactsrepository.h"

#include "bulkinserter.h"
#include "bulkreader.h"
#include "sqlvalues.h"

#include <QJsonDocument>

#include <algorithm>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>

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

Result<std::vector<CaseFacts>> KpiFactsRepository::load(qint64 fromMs, qint64 toMs,
                                                       BulkReader::Delivery delivery) const
{
    // The facts first, then their steps by case: SQLite would otherwise scan every step of
    // every case (CROSS JOIN keeps that order; PostgreSQL plans it alike by itself).
    // Alive: reported before the end and not ended before the start. Through the ended_at
    // index (two ranges), not the reported_at one: a period near today would otherwise look up
    // every case of the year to keep a few.
    // (SQLite takes the index for each arm of a UNION ALL; PostgreSQL ORs two bitmap scans.)
    const QString alive =
        m_db.isPostgres()
            ? QStringLiteral("((f.ended_at >= ? AND f.reported_at < ?) OR "
                             "(f.ended_at = 0 AND f.reported_at < ?))")
            : QStringLiteral("f.case_id IN (SELECT case_id FROM kpi_case_facts WHERE ended_at >= ? "
                             "AND reported_at < ? UNION ALL SELECT case_id FROM kpi_case_facts "
                             "WHERE ended_at = 0 AND reported_at < ?)");
    return read(alive, {fromMs, toMs, toMs}, delivery);
}

Result<std::vector<CaseFacts>> KpiFactsRepository::loadCases(const QList<qint64> &caseIds) const
{
    std::vector<CaseFacts> out;
    QList<qint64> sorted = caseIds;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    for (const auto &[where, binds] : idFilters(QStringLiteral("f.case_id"), sorted)) {
        QList<qint64> ids;
        for (const QVariant &v : binds)
            ids << v.toLongLong();
        auto part = read(where, ids);
        if (!part)
            return part.error();
        for (CaseFacts &f : part.value())
            out.push_back(std::move(f));
    }
    return out;
}

namespace {
// Codes and outcomes repeat: one shared string per distinct value, looked up by the row's bytes
// without copying them (the keys point into `keys`, which never moves its strings). One pool
// per thread.
class StringPool
{
public:
    QString operator()(QByteArrayView bytes)
    {
        const std::string_view key(bytes.data(), size_t(bytes.size()));
        auto it = m_pool.find(key);
        if (it == m_pool.end()) {
            m_keys.emplace_back(bytes.data(), size_t(bytes.size()));
            it = m_pool.emplace(std::string_view(m_keys.back()), QString::fromUtf8(bytes)).first;
        }
        return it->second;
    }

private:
    std::deque<std::string> m_keys;
    std::unordered_map<std::string_view, QString> m_pool;
};

// An enumeration's stored names to values, looked up by the row's bytes.
template<typename E>
class EnumNames
{
public:
    EnumNames()
    {
        for (E e : enumValues<E>())
            m_names.emplace_back(enumKey(e).toStdString(), e);
        for (const auto &[name, e] : m_names)
            m_byName.emplace(std::string_view(name), e);
    }
    E operator()(QByteArrayView bytes, E otherwise) const
    {
        const auto it = m_byName.find(std::string_view(bytes.data(), size_t(bytes.size())));
        return it == m_byName.end() ? otherwise : it->second;
    }

private:
    std::deque<std::pair<std::string, E>> m_names;
    std::unordered_map<std::string_view, E> m_byName;
};

} // namespace

Result<std::vector<CaseFacts>> KpiFactsRepository::read(const QString &where,
                                                       const QList<qint64> &binds,
                                                       BulkReader::Delivery delivery) const
{
    std::vector<CaseFacts> out;
    QHash<qint64, size_t> at;
    const QString factsSql =
        QStringLiteral("SELECT f.case_id, f.case_version, f.reported_at, f.source, f.kind, "
                       "f.class_code, f.grid_code, f.community_code, f.street_code, "
                       "f.district_code, f.reporter_user_id, f.department_id, f.filed_at, "
                       "f.voided_at, f.not_filed_at, f.merged_at, f.closed_at, f.closed_on_time, "
                       "f.rework_count, f.public_verified FROM kpi_case_facts f WHERE %1")
            .arg(where);
    // The rarely set columns come as NULL when zero (read back as 0): on PostgreSQL a null is
    // its length alone, eight bytes less for each of 200,000 steps a month.
    const QString tasksSql =
        QStringLiteral("SELECT t.case_id, t.step, t.department_id, t.user_id, t.started_at, "
                       "t.deadline, t.finished_at, t.outcome, t.on_time, NULLIF(t.extension_s, 0), "
                       "NULLIF(t.suspended_from, 0), NULLIF(t.suspended_to, 0), t.accurate, "
                       "NULLIF(t.rejected_at, 0), t.seq %1")
            .arg(m_db.isPostgres()
                     // A join would make PostgreSQL hash all 2.4 million steps (400 ms); the
                     // cases' ids as one array walk the primary key instead (65 ms, measured
                     // with EXPLAIN ANALYZE on the full city).
                     ? QStringLiteral("FROM kpi_tasks t WHERE t.case_id = ANY(ARRAY(SELECT "
                                      "f.case_id FROM kpi_case_facts f WHERE %1))")
                           .arg(where)
                     : QStringLiteral("FROM kpi_case_facts f CROSS JOIN kpi_tasks t "
                                      "WHERE t.case_id = f.case_id AND %1")
                           .arg(where));
    const EnumNames<SourceChannel> sources;
    const EnumNames<TaxonomyKind> kinds;
    const EnumNames<Step> steps;
    StringPool factStrings, taskStrings;
    const auto eachFact = [&](const BulkReader::Row &r) {
        CaseFacts cf;
        CaseFact &f = cf.fact;
        f.caseId = r.integer(0);
        f.caseVersion = int(r.integer(1));
        f.reportedAt = r.integer(2);
        f.source = sources(r.bytes(3), SourceChannel::Patrol);
        f.kind = kinds(r.bytes(4), TaxonomyKind::Matter);
        f.classCode = factStrings(r.bytes(5));
        f.gridCode = factStrings(r.bytes(6));
        f.communityCode = factStrings(r.bytes(7));
        f.streetCode = factStrings(r.bytes(8));
        f.districtCode = factStrings(r.bytes(9));
        f.reporterUserId = r.integer(10);
        f.departmentId = r.integer(11);
        f.filedAt = r.integer(12);
        f.voidedAt = r.integer(13);
        f.notFiledAt = r.integer(14);
        f.mergedAt = r.integer(15);
        f.closedAt = r.integer(16);
        f.closedOnTime = r.integer(17) != 0;
        f.reworkCount = int(r.integer(18));
        f.publicVerified = r.integer(19) != 0;
        at.insert(f.caseId, out.size());
        out.push_back(std::move(cf));
    };
    const auto decodeTask = [&](const BulkReader::Row &r) {
        TaskFact k;
        k.step = steps(r.bytes(1), Step::None);
        k.departmentId = r.integer(2);
        k.userId = r.integer(3);
        k.startedAt = r.integer(4);
        k.deadline = r.integer(5);
        k.finishedAt = r.integer(6);
        k.outcome = taskStrings(r.bytes(7));
        k.onTime = r.integer(8) != 0;
        k.extensionSeconds = r.integer(9);
        k.suspendedFrom = r.integer(10);
        k.suspendedTo = r.integer(11);
        k.accurate = r.integer(12) != 0;
        k.rejectedAt = r.integer(13);
        return k;
    };
    const auto place = [&](std::vector<TaskFact> &tasks, int seq, TaskFact task) {
        if (tasks.size() <= size_t(seq)) {
            tasks.reserve(std::max<size_t>(10, size_t(seq) + 1));
            tasks.resize(size_t(seq) + 1);
        }
        tasks[size_t(seq)] = std::move(task);
    };
    // The steps' rows name their cases by id: the facts come first.
    const BulkReader reader(m_db);
    if (auto s = reader.select(factsSql, binds, eachFact, delivery); !s)
        return s.error();
    qint64 lastCase = 0, lastIndex = -1;
    auto s = reader.select(
        tasksSql, binds,
        [&](const BulkReader::Row &r) {
            // The steps come case by case: look the case up when it changes.
            const qint64 caseId = r.integer(0);
            if (caseId != lastCase) {
                auto it = at.constFind(caseId);
                lastCase = caseId;
                lastIndex = it == at.constEnd() ? -1 : qint64(*it);
            }
            if (lastIndex >= 0)
                place(out[size_t(lastIndex)].tasks, int(r.integer(14)), decodeTask(r));
        },
        delivery);
    if (!s)
        return s.error();
    // No ORDER BY above (a sort of every step costs more than the reading): the steps went to
    // their places by seq; the cases go in id order here.
    std::sort(out.begin(), out.end(), [](const CaseFacts &a, const CaseFacts &b) {
        return a.fact.caseId < b.fact.caseId;
    });
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
