#pragma once

#include <QCoreApplication>

#include "caseeventrepository.h"
#include "clock.h"
#include "user.h"

namespace yw::store {

// The queue board's marks on a case, shared by every workstation (case_marks): who acknowledged
// it, until when its alerts are muted, and the operators' working note. Marks change no case
// state and no case version; each change is also appended to the case history (actions
// Acknowledge, Mute, Unmute, Note), which is how the change feed carries it to the others.
class CaseMarks
{
    Q_DECLARE_TR_FUNCTIONS(yw::store::CaseMarks)
public:
    struct Mark
    {
        qint64 caseId = 0;
        QString acknowledgedBy;
        QDateTime acknowledgedAt;
        QDateTime mutedUntil;
        QString note;
        QString noteBy;

        bool isMuted(const QDateTime &now) const { return mutedUntil.isValid() && mutedUntil > now; }
    };

    static constexpr int kMaxNoteChars = 500;
    static constexpr int kMaxMuteMinutes = 24 * 60;
    // The history actions of marks: not workflow actions (KPIs skip them).
    static bool isMarkAction(const QString &action);

    CaseMarks(Database &db, const yw::core::Clock &clock)
        : m_db(db)
        , m_clock(clock)
    {}

    // The board's people: intake operators, dispatchers, shift leaders.
    static bool mayMark(const yw::core::User &actor);

    yw::core::Status acknowledge(const yw::core::User &actor, qint64 caseId);
    // Mutes the case's alerts for `minutes` (1 to a day); 0 unmutes.
    yw::core::Status mute(const yw::core::User &actor, qint64 caseId, int minutes);
    yw::core::Status setNote(const yw::core::User &actor, qint64 caseId, const QString &note);

    // Marks of every case that has one (the board holds the open cases; they are few).
    yw::core::Result<QHash<qint64, Mark>> all() const;
    yw::core::Result<Mark> of(qint64 caseId) const;

private:
    // Upserts the changed columns and appends the history event, in one transaction.
    yw::core::Status write(const yw::core::User &actor, qint64 caseId, const QString &action,
                           const QString &note, const QStringList &columns,
                           const QVariantList &values);

    Database &m_db;
    const yw::core::Clock &m_clock;
};

} // namespace yw::store
