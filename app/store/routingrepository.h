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

private:
    const Database &m_db;
};

} // namespace yw::store
