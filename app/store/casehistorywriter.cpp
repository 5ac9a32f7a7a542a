#include "casehistorywriter.h"

#include "caseeventrepository.h"
#include "caserepository.h"

namespace yw::store {

using namespace yw::core;

namespace {
QStringList caseColumns()
{
    QStringList columns = CaseRepository::columns();
    columns.prepend(QStringLiteral("id"));
    return columns;
}
} // namespace

CaseHistoryWriter::CaseHistoryWriter(const Database &db)
    : m_db(db)
    , m_cases(db, QStringLiteral("cases"), caseColumns())
    , m_events(db, QStringLiteral("case_events"), CaseEventRepository::columns())
{}

Status CaseHistoryWriter::addCase(const CaseRecord &c)
{
    QVariantList row = CaseRepository::rowValues(c);
    row.prepend(c.id);
    if (auto s = m_cases.add(row); !s)
        return s;
    // The cases written so far are ids 1..rowsWritten().
    return release(m_cases.rowsWritten());
}

Status CaseHistoryWriter::addEvent(const CaseEvent &e)
{
    m_waiting.emplace_back(e.caseId, CaseEventRepository::rowValues(e));
    return success();
}

Status CaseHistoryWriter::release(qint64 upToCase)
{
    while (!m_waiting.empty() && m_waiting.front().first <= upToCase) {
        if (auto s = m_events.add(m_waiting.front().second); !s)
            return s;
        m_waiting.pop_front();
    }
    return success();
}

Status CaseHistoryWriter::finish(const std::map<QString, int> &dailySequences)
{
    if (auto s = m_cases.flush(); !s)
        return s;
    if (auto s = release(std::numeric_limits<qint64>::max()); !s)
        return s;
    if (auto s = m_events.flush(); !s)
        return s;
    BulkInserter counters(m_db, QStringLiteral("case_counters"), {"day", "last_seq"});
    for (const auto &[day, seq] : dailySequences)
        if (auto s = counters.add({day, seq}); !s)
            return s;
    if (auto s = counters.flush(); !s)
        return s;
    return const_cast<Database &>(m_db).advanceIdSequence(QStringLiteral("cases"));
}

} // namespace yw::store
