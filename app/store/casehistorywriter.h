#pragma once

#include "bulkinserter.h"
#include "caseevent.h"
#include "caserecord.h"

#include <deque>

namespace yw::store {

// Streams a whole case history into the database (a demo city, a migration): cases with their
// ids and versions as they are, their events, and each day's last case number, in the caller's
// transaction. An event waits until its case's batch is in the table (the foreign key); cases
// come in id order.
class CaseHistoryWriter
{
public:
    explicit CaseHistoryWriter(const Database &db);

    yw::core::Status addCase(const yw::core::CaseRecord &c);
    yw::core::Status addEvent(const yw::core::CaseEvent &e);
    // Writes what waits, the day counters (yyyyMMdd → last sequence number) and moves the id
    // sequence past the cases written.
    yw::core::Status finish(const std::map<QString, int> &dailySequences);
    // The cases in the table so far are ids 1..casesWritten() (rows that refer to a case, such
    // as its evaluation facts, may be written for them).
    qint64 casesWritten() const { return m_cases.rowsWritten(); }

private:
    yw::core::Status release(qint64 upToCase);

    const Database &m_db;
    BulkInserter m_cases;
    BulkInserter m_events;
    std::deque<std::pair<qint64, QVariantList>> m_waiting;
};

} // namespace yw::store
