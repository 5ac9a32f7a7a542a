#pragma once

#include <QTimeZone>

#include "caseevent.h"

#include "caserecord.h"
#include "database.h"

namespace yw::store {

struct CaseQuery
{
    QList<yw::core::CaseState> states; // empty: any
    bool openOnly = false;             // leave out final states
    QString areaPrefix;                // grid/community/street/district code prefix
    qint64 ownerDepartmentId = 0;
    QStringList caseNumbers;           // empty: any
    QStringList classCodes;            // empty: any
    QDateTime reportedFrom;            // invalid: open-ended
    QDateTime reportedBefore;          // invalid: open-ended
    int limit = 1000;
};

// Cases in the database. Writes check the version they expect: a stale one is a Conflict.
class CaseRepository
{
public:
    explicit CaseRepository(Database &db)
        : m_db(db)
    {}

    // The columns of a case row other than id, and a record's values in that order (bulk loads).
    static QStringList columns();
    static QVariantList rowValues(const yw::core::CaseRecord &c);

    // Inserts a new case (version 1); fills in id and case number (numbered by the day of its
    // report in the city's time zone, WorkCalendar::timeZone()).
    yw::core::Status insert(yw::core::CaseRecord &c, const QTimeZone &cityZone);
    // PostgreSQL: numbers and inserts a new case and appends its first event in one statement
    // (atomic by itself, one round trip instead of five); fills in the ids and the case number.
    yw::core::Status insertWithFirstEvent(yw::core::CaseRecord &c, yw::core::CaseEvent &first,
                                          const QTimeZone &cityZone);
    yw::core::Result<yw::core::CaseRecord> get(qint64 id) const;
    // The cases alive at some moment of [from, to): reported before `to` and still open, or last
    // changed at or after `from` (a replay of that window; kActiveCondition picks them).
    yw::core::Result<QList<yw::core::CaseRecord>> activeBetween(const QDateTime &from,
                                                                const QDateTime &to) const;
    static QString activeCondition();
    // Writes c if the stored version is still expectedVersion; c.version becomes expectedVersion
    // + 1.
    yw::core::Status update(yw::core::CaseRecord &c, int expectedVersion);
    yw::core::Result<QList<yw::core::CaseRecord>> find(const CaseQuery &q) const;
    // Cases of the class reported since `since` inside the lon/lat box, not yet final, newest first
    // (duplicate candidates; the caller measures the exact distance).
    yw::core::Result<QList<yw::core::CaseRecord>> findNear(const QString &classCode, double minLon,
                                                           double minLat, double maxLon,
                                                           double maxLat, const QDateTime &since,
                                                           int limit = 20) const;
    // The case a channel already reported under its own reference (idempotent feeds); NotFound
    // when there is none.
    yw::core::Result<yw::core::CaseRecord> findByExternalRef(yw::core::SourceChannel source,
                                                             const QString &externalRef) const;
    // Count of cases per state.
    yw::core::Result<QHash<yw::core::CaseState, int>> countByState() const;
    // The next case number of a day (the city's calendar day): YYYYMMDD + 5-digit sequence.
    yw::core::Result<QString> nextCaseNumber(const QDate &cityDay);

private:
    Database &m_db;
};

} // namespace yw::store
