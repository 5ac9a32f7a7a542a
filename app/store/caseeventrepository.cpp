#include "caseeventrepository.h"

#include "caserepository.h"
#include "sqlvalues.h"

#include <QJsonDocument>

namespace yw::store {

using namespace yw::core;
using namespace yw::store::sqlvalues;

namespace {
const QString kSelect = QStringLiteral(
    "SELECT id, case_id, case_version, at, actor_user_id, actor_login, workstation, action, "
    "from_state, to_state, note, payload FROM case_events ");

Result<QList<CaseEvent>> readAll(Result<QSqlQuery> q)
{
    if (!q)
        return q.error();
    QList<CaseEvent> out;
    QSqlQuery &r = q.value();
    while (r.next()) {
        CaseEvent e;
        e.id = r.value(0).toLongLong();
        e.caseId = r.value(1).toLongLong();
        e.caseVersion = r.value(2).toInt();
        e.at = toTime(r.value(3));
        e.actorUserId = r.value(4).toLongLong();
        e.actorLogin = r.value(5).toString();
        e.workstation = r.value(6).toString();
        e.action = r.value(7).toString();
        e.fromState = enumFromKey<CaseState>(r.value(8).toString());
        e.toState = enumFromKey<CaseState>(r.value(9).toString());
        e.note = r.value(10).toString();
        e.payload = QJsonDocument::fromJson(r.value(11).toString().toUtf8()).object();
        out << e;
    }
    return out;
}
} // namespace

QStringList CaseEventRepository::columns()
{
    return {QStringLiteral("case_id"),     QStringLiteral("case_version"),
            QStringLiteral("at"),          QStringLiteral("actor_user_id"),
            QStringLiteral("actor_login"), QStringLiteral("workstation"),
            QStringLiteral("action"),      QStringLiteral("from_state"),
            QStringLiteral("to_state"),    QStringLiteral("note"),
            QStringLiteral("payload")};
}

QVariantList CaseEventRepository::rowValues(const CaseEvent &e)
{
    return {e.caseId,
            e.caseVersion,
            fromTime(e.at),
            idOrNull(e.actorUserId),
            e.actorLogin,
            e.workstation,
            e.action,
            enumKey(e.fromState),
            enumKey(e.toState),
            e.note,
            e.payload.isEmpty()
                ? QStringLiteral("{}")
                : QString::fromUtf8(QJsonDocument(e.payload).toJson(QJsonDocument::Compact))};
}

Result<qint64> CaseEventRepository::append(const CaseEvent &e)
{
    auto q = m_db.execCached(
        QStringLiteral(
            "INSERT INTO case_events (case_id, case_version, at, actor_user_id, actor_login, "
            "workstation, action, from_state, to_state, note, payload) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {e.caseId, e.caseVersion, fromTime(e.at), idOrNull(e.actorUserId), e.actorLogin,
         e.workstation, e.action, enumKey(e.fromState), enumKey(e.toState), e.note,
         QString::fromUtf8(QJsonDocument(e.payload).toJson(QJsonDocument::Compact))});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::make(Error::Code::Internal, QStringLiteral("no id for the case event"));
    return q.value().value(0).toLongLong();
}

Result<QList<CaseEvent>> CaseEventRepository::since(qint64 afterId, int limit) const
{
    return readAll(m_db.execCached(kSelect + QStringLiteral("WHERE id > ? ORDER BY id LIMIT ?"),
                                   {afterId, limit}));
}

Result<QList<CaseEvent>> CaseEventRepository::forCase(qint64 caseId) const
{
    return readAll(
        m_db.execCached(kSelect + QStringLiteral("WHERE case_id = ? ORDER BY id"), {caseId}));
}

Result<QList<CaseEvent>> CaseEventRepository::ofActiveBetween(const QDateTime &from,
                                                              const QDateTime &to) const
{
    return readAll(m_db.exec(kSelect + QStringLiteral("WHERE at < ? AND case_id IN (SELECT id FROM cases WHERE ")
                                 + CaseRepository::activeCondition() + QStringLiteral(") ORDER BY id"),
                             {fromTime(to), fromTime(to), fromTime(from)}));
}

Result<qint64> CaseEventRepository::lastId() const
{
    auto q = m_db.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM case_events"));
    if (!q)
        return q.error();
    q.value().next();
    return q.value().value(0).toLongLong();
}

} // namespace yw::store
