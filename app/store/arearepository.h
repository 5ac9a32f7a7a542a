#pragma once

#include "areahierarchy.h"
#include "database.h"

namespace yw::store {

// The area hierarchy in the database. Loads into a checked core::AreaHierarchy.
class AreaRepository
{
public:
    explicit AreaRepository(Database &db)
        : m_db(db)
    {}

    // Adds areas in one transaction after checking them all against the stored hierarchy.
    yw::core::Status addAll(const QList<yw::core::Area> &areas);
    yw::core::Result<yw::core::AreaHierarchy> load() const;
    yw::core::Result<int> count() const;

private:
    Database &m_db;
};

} // namespace yw::store
