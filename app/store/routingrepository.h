#pragma once

#include "database.h"
#include "routingtable.h"

namespace yw::store {

// The routing rules (routing_rules) of the city.
class RoutingRepository
{
public:
    explicit RoutingRepository(const Database &db)
        : m_db(db)
    {}
    yw::core::Result<QList<yw::core::RoutingRule>> load() const;
    // Adds a rule; returns its id. The department must exist.
    yw::core::Result<qint64> add(const yw::core::RoutingRule &rule);
    // Many rules at once, in the caller's transaction.
    yw::core::Status addAll(const QList<yw::core::RoutingRule> &rules);

private:
    const Database &m_db;
};

} // namespace yw::store
