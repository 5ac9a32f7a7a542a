#include "trainingseatrepository.h"

#include "sqlvalues.h"

namespace yw::store {

using namespace yw::core;
using namespace yw::store::sqlvalues;

Status TrainingSeatRepository::checkTraining() const
{
    if (!m_db.isTraining())
        return Error::make(Error::Code::WrongPurpose,
                           QStringLiteral("%1 is not a training database: exercises run only on "
                                          "training databases")
                               .arg(m_db.location().displayName()));
    return success();
}

Result<std::optional<TrainingSeatRepository::Run>> TrainingSeatRepository::run() const
{
    auto q = m_db.exec(QStringLiteral("SELECT exercise_id, exercise, trainee, state, speed, sim_anchor, "
                                      "real_anchor, version, sim_start FROM training_run WHERE id = 1"));
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<Run>();
    Run r;
    r.exerciseId = q.value().value(0).toString();
    r.exercise = q.value().value(1).toString().toUtf8();
    r.trainee = q.value().value(2).toString();
    r.state = q.value().value(3).toString();
    r.speed = q.value().value(4).toDouble();
    r.simAnchor = toTime(q.value().value(5));
    r.realAnchor = toTime(q.value().value(6));
    r.version = q.value().value(7).toInt();
    r.simStart = toTime(q.value().value(8));
    return std::optional<Run>(r);
}

Status TrainingSeatRepository::create(const Run &r)
{
    if (auto s = checkTraining(); !s)
        return s;
    auto existing = run();
    if (!existing)
        return existing.error();
    if (existing.value())
        return Error::make(Error::Code::Conflict,
                           QStringLiteral("this seat runs exercise %1 already").arg(existing.value()->exerciseId));
    auto q = m_db.exec(QStringLiteral("INSERT INTO training_run (id, exercise_id, exercise, trainee, "
                                      "state, speed, sim_anchor, real_anchor, version, sim_start) "
                                      "VALUES (1, ?, ?, ?, ?, ?, ?, ?, 1, ?)"),
                       {r.exerciseId, QString::fromUtf8(r.exercise), r.trainee, r.state, r.speed,
                        fromTime(r.simAnchor), fromTime(r.realAnchor), fromTime(r.simStart)});
    return q ? success() : Status(q.error());
}

Status TrainingSeatRepository::updateClock(const QString &state, double speed,
                                           const QDateTime &simAnchor, const QDateTime &realAnchor,
                                           int expectedVersion)
{
    auto q = m_db.exec(QStringLiteral("UPDATE training_run SET state = ?, speed = ?, sim_anchor = ?, "
                                      "real_anchor = ?, version = version + 1 "
                                      "WHERE id = 1 AND version = ?"),
                       {state, speed, fromTime(simAnchor), fromTime(realAnchor), expectedVersion});
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() != 1)
        return Error::make(Error::Code::Conflict,
                           QStringLiteral("the exercise clock was changed by another console"));
    return success();
}

Result<QList<TrainingSeatRepository::Injection>> TrainingSeatRepository::injections() const
{
    auto q = m_db.exec(QStringLiteral("SELECT item_id, kind, due_at, injected_at, case_id "
                                      "FROM training_injections ORDER BY due_at, item_id"));
    if (!q)
        return q.error();
    QList<Injection> out;
    while (q.value().next())
        out.append({q.value().value(0).toString(), q.value().value(1).toString(),
                    toTime(q.value().value(2)), toTime(q.value().value(3)),
                    q.value().value(4).toLongLong()});
    return out;
}

Result<bool> TrainingSeatRepository::addInjection(const Injection &i)
{
    auto q = m_db.exec(QStringLiteral("INSERT INTO training_injections (item_id, kind, due_at, "
                                      "injected_at, case_id) VALUES (?, ?, ?, ?, ?) "
                                      "ON CONFLICT (item_id) DO NOTHING"),
                       {i.itemId, i.kind, fromTime(i.dueAt), fromTime(i.injectedAt), idOrNull(i.caseId)});
    if (!q)
        return q.error();
    return q.value().numRowsAffected() == 1;
}

Status TrainingSeatRepository::addNotice(Notice &n)
{
    auto q = m_db.exec(QStringLiteral("INSERT INTO training_notices (at, item_id, kind, title, detail) "
                                      "VALUES (?, ?, ?, ?, ?) RETURNING id"),
                       {fromTime(n.at), n.itemId, n.kind, n.title, n.detail});
    if (!q)
        return q.error();
    if (q.value().next())
        n.id = q.value().value(0).toLongLong();
    q.value().finish();
    return success();
}

Result<QList<TrainingSeatRepository::Notice>> TrainingSeatRepository::notices(qint64 afterId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT id, at, item_id, kind, title, detail FROM training_notices "
                                      "WHERE id > ? ORDER BY id"),
                       {afterId});
    if (!q)
        return q.error();
    QList<Notice> out;
    while (q.value().next())
        out.append({q.value().value(0).toLongLong(), toTime(q.value().value(1)),
                    q.value().value(2).toString(), q.value().value(3).toString(),
                    q.value().value(4).toString(), q.value().value(5).toString()});
    return out;
}

} // namespace yw::store
