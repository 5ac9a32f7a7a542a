#include "auditlog.h"

#include "sqlvalues.h"

namespace yw::store {

using namespace yw::core;
using namespace yw::store::sqlvalues;

Status AuditLog::append(const QDateTime &at, const QString &login, const QString &action,
                        const QString &detail)
{
    auto q = m_db.exec(QStringLiteral("INSERT INTO audit_log (at, login, workstation, action, "
                                      "detail) VALUES (?, ?, ?, ?, ?)"),
                       {fromTime(at), login, m_db.workstation(), action, detail});
    if (!q)
        return q.error();
    return success();
}

Result<QList<AuditLog::Entry>> AuditLog::latest(int limit) const
{
    auto q =
        m_db.exec(QStringLiteral("SELECT id, at, login, workstation, action, detail FROM audit_log "
                                 "ORDER BY id DESC LIMIT ?"),
                  {limit});
    if (!q)
        return q.error();
    QList<Entry> out;
    while (q.value().next())
        out << Entry{q.value().value(0).toLongLong(), toTime(q.value().value(1)),
                     q.value().value(2).toString(),   q.value().value(3).toString(),
                     q.value().value(4).toString(),   q.value().value(5).toString()};
    return out;
}

} // namespace yw::store
