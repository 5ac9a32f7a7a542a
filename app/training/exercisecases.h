#pragma once

#include "caserecord.h"
#include "database.h"
#include "exercise.h"

#include <QHash>
#include <QSet>

namespace yw::training {

// Which case of a seat each report of the exercise became: the cases the runner reported (from
// its injections) and, for the calls the trainee took, the case the trainee entered for each:
// the first the trainee reported after the call came in, within a kilometre of the caller's
// place, not already taken by an earlier call.
class ExerciseCases
{
public:
    static constexpr const char *kAccountPrefix = "exercise"; // the exercise's own accounts

    static yw::core::Result<ExerciseCases> read(yw::store::Database &db, const Exercise &exercise,
                                                const QDateTime &simStart);
    qint64 caseOf(const QString &itemId) const { return m_caseOfItem.value(itemId); }
    QString itemOf(qint64 caseId) const { return m_caseOfItem.key(caseId); }
    // Cases the trainee reported that answer no call (entered twice, or made up).
    QList<qint64> unexplained() const { return m_unexplained; }
    const QList<yw::core::CaseRecord> &cases() const { return m_cases; }
    const yw::core::CaseRecord *record(qint64 id) const;
    QSet<qint64> exerciseAccounts() const { return m_accounts; }

private:
    QHash<QString, qint64> m_caseOfItem;
    QList<qint64> m_unexplained;
    QList<yw::core::CaseRecord> m_cases; // every case reported since the start
    QSet<qint64> m_accounts;
};

} // namespace yw::training
