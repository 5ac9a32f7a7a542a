#include "casemarks.h"

#include "caserepository.h"
#include "sqlvalues.h"

namespace yw::store {

using namespace yw::core;
using namespace yw::store::sqlvalues;

bool CaseMarks::isMarkAction(const QString &action)
{
    static const QStringList actions = {QStringLiteral("Acknowledge"), QStringLiteral("Mute"),
                                        QStringLiteral("Unmute"), QStringLiteral("Note")};
    return actions.contains(action);
}

bool CaseMarks::mayMark(const User &actor)
{
    return actor.active
           && (actor.hasRole(Role::IntakeOperator) || actor.hasRole(Role::Dispatcher)
               || actor.hasRole(Role::ShiftLeader));
}

Status CaseMarks::acknowledge(const User &actor, qint64 caseId)
{
    const QDateTime now = m_clock.now();
    return write(actor, caseId, QStringLiteral("Acknowledge"), {},
                 {QStringLiteral("acknowledged_by"), QStringLiteral("acknowledged_at")},
                 {actor.login, fromTime(now)});
}

Status CaseMarks::mute(const User &actor, qint64 caseId, int minutes)
{
    if (minutes < 0 || minutes > kMaxMuteMinutes)
        return Error::make(Error::Code::InvalidInput,
                           tr("A case is muted for 1 to %1 minutes.").arg(kMaxMuteMinutes));
    const QDateTime until = minutes > 0 ? m_clock.now().addSecs(qint64(minutes) * 60) : QDateTime();
    return write(actor, caseId, minutes > 0 ? QStringLiteral("Mute") : QStringLiteral("Unmute"),
                 minutes > 0 ? QStringLiteral("%1 min").arg(minutes) : QString(),
                 {QStringLiteral("muted_until")}, {fromTime(until)});
}

Status CaseMarks::setNote(const User &actor, qint64 caseId, const QString &note)
{
    const QString text = note.trimmed();
    if (text.size() > kMaxNoteChars)
        return Error::make(Error::Code::InvalidInput,
                           tr("A note has at most %1 characters.").arg(kMaxNoteChars));
    return write(actor, caseId, QStringLiteral("Note"), text,
                 {QStringLiteral("note"), QStringLiteral("note_by")},
                 {text, text.isEmpty() ? QString() : actor.login});
}

Status CaseMarks::write(const User &actor, qint64 caseId, const QString &action,
                        const QString &note, const QStringList &columns, const QVariantList &values)
{
    if (!mayMark(actor))
        return Error::make(Error::Code::Forbidden,
                           tr("Your roles may not mark cases on the board."));
    return m_db.transaction([&]() -> Status {
        auto c = CaseRepository(m_db).get(caseId);
        if (!c)
            return c.error();
        const QDateTime now = m_clock.now();
        QStringList marks, updates;
        for (const QString &col : columns) {
            marks << QStringLiteral("?");
            updates << QStringLiteral("%1 = excluded.%1").arg(col);
        }
        const QString sql =
            QStringLiteral("INSERT INTO case_marks (case_id, updated_at, %1) VALUES (?, ?, %2) "
                           "ON CONFLICT (case_id) DO UPDATE SET updated_at = excluded.updated_at, %3")
                .arg(columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")),
                     updates.join(QStringLiteral(", ")));
        QVariantList binds{caseId, fromTime(now)};
        binds += values;
        if (auto q = m_db.exec(sql, binds); !q)
            return q.error();
        CaseEvent e;
        e.caseId = caseId;
        e.caseVersion = c->version;
        e.at = now;
        e.actorUserId = actor.id;
        e.actorLogin = actor.login;
        e.workstation = m_db.workstation();
        e.action = action;
        e.fromState = c->state;
        e.toState = c->state;
        e.note = note;
        auto id = CaseEventRepository(m_db).append(e);
        return id ? success() : Status(id.error());
    });
}

namespace {
CaseMarks::Mark readMark(const QSqlQuery &r)
{
    CaseMarks::Mark m;
    m.caseId = r.value(0).toLongLong();
    m.acknowledgedBy = r.value(1).toString();
    m.acknowledgedAt = toTime(r.value(2));
    m.mutedUntil = toTime(r.value(3));
    m.note = r.value(4).toString();
    m.noteBy = r.value(5).toString();
    return m;
}
const char kSelect[] = "SELECT case_id, acknowledged_by, acknowledged_at, muted_until, note, "
                       "note_by FROM case_marks";
} // namespace

Result<QHash<qint64, CaseMarks::Mark>> CaseMarks::all() const
{
    auto q = m_db.exec(QString::fromLatin1(kSelect)
                       + QStringLiteral(" WHERE case_id IN (SELECT id FROM cases WHERE state NOT IN ")
                       + sqlvalues::finalStatesList() + QLatin1Char(')'));
    if (!q)
        return q.error();
    QHash<qint64, Mark> out;
    while (q.value().next()) {
        const Mark m = readMark(q.value());
        out.insert(m.caseId, m);
    }
    return out;
}

Result<CaseMarks::Mark> CaseMarks::of(qint64 caseId) const
{
    auto q = m_db.exec(QString::fromLatin1(kSelect) + QStringLiteral(" WHERE case_id = ?"), {caseId});
    if (!q)
        return q.error();
    if (!q.value().next()) {
        Mark empty;
        empty.caseId = caseId;
        return empty;
    }
    return readMark(q.value());
}

} // namespace yw::store
