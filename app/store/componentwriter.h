#pragma once

#include "bulkinserter.h"
#include "geodatarepository.h"

namespace yw::store {

// Streams surveyed components into the database, millions of them (a demo city, an import),
// in the caller's transaction; rows are written in batches as they come.
class ComponentWriter
{
public:
    explicit ComponentWriter(const Database &db);

    yw::core::Status add(const GeodataRepository::Component &c);
    // Writes what is queued.
    yw::core::Status flush() { return m_rows.flush(); }

private:
    BulkInserter m_rows;
};

} // namespace yw::store
