#include "intakelog.h"

#include "sqlvalues.h"

namespace yw::store {

using namespace yw::core;
using namespace yw::store::sqlvalues;

Status IntakeLog::append(const Entry &e)
{
    auto q = m_db.execCached(
        QStringLiteral("INSERT INTO intake_log (received_at, source, channel, external_ref, "
                       "outcome, reason, case_id, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {fromTime(e.receivedAt), e.source, e.channel, e.externalRef, e.outcome, e.reason,
         idOrNull(e.caseId), e.payload.left(kMaxPayloadChars)});
    if (!q)
        return q.error();
    return success();
}

Result<QList<IntakeLog::Entry>> IntakeLog::latest(int limit, const QString &source) const
{
    QString sql = QStringLiteral("SELECT id, received_at, source, channel, external_ref, outcome, "
                                 "reason, case_id, payload FROM intake_log");
    QVariantList binds;
    if (!source.isEmpty()) {
        sql += QStringLiteral(" WHERE source = ?");
        binds << source;
    }
    sql += QStringLiteral(" ORDER BY id DESC LIMIT ?");
    binds << limit;
    auto q = m_db.exec(sql, binds);
    if (!q)
        return q.error();
    QList<Entry> out;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        out << Entry{r.value(0).toLongLong(), toTime(r.value(1)), r.value(2).toString(),
                     r.value(3).toString(),   r.value(4).toString(), r.value(5).toString(),
                     r.value(6).toString(),   r.value(7).toLongLong(), r.value(8).toString()};
    }
    return out;
}

Result<QList<IntakeLog::Tally>> IntakeLog::tally(const QDateTime &since) const
{
    auto q = m_db.exec(QStringLiteral("SELECT source, outcome, COUNT(*) FROM intake_log WHERE "
                                      "received_at >= ? GROUP BY source, outcome ORDER BY 1, 2"),
                       {fromTime(since)});
    if (!q)
        return q.error();
    QList<Tally> out;
    while (q.value().next())
        out << Tally{q.value().value(0).toString(), q.value().value(1).toString(),
                     q.value().value(2).toInt()};
    return out;
}

} // namespace yw::store
