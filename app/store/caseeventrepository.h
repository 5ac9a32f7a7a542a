#pragma once

#include "caseevent.h"
#include "database.h"

namespace yw::store {

// The append-only case history (the database refuses updates and deletes of it).
class CaseEventRepository
{
public:
    explicit CaseEventRepository(const Database &db)
        : m_db(db)
    {}

    // The columns of an event row other than id, and an event's values in that order (bulk loads).
    static QStringList columns();
    static QVariantList rowValues(const yw::core::CaseEvent &e);

    yw::core::Result<qint64> append(const yw::core::CaseEvent &e);
    // Events with id > afterId, oldest first.
    yw::core::Result<QList<yw::core::CaseEvent>> since(qint64 afterId, int limit = 1000) const;
    yw::core::Result<QList<yw::core::CaseEvent>> forCase(qint64 caseId) const;
    yw::core::Result<qint64> lastId() const;
    // The history before `to` of the cases CaseRepository::activeBetween(from, to) gives, in
    // order: what a replay of [from, to) steps through.
    yw::core::Result<QList<yw::core::CaseEvent>> ofActiveBetween(const QDateTime &from,
                                                                  const QDateTime &to) const;

private:
    const Database &m_db;
};

} // namespace yw::store
