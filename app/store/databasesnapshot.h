#pragma once

#include "databaselocation.h"
#include "error.h"

namespace yw::store {

// A consistent copy of a whole database, taken while workstations keep writing to it: an SQLite
// file into a new file (SQLite's VACUUM INTO, one read transaction), a PostgreSQL database into
// an empty one (the server's own pg_dump and pg_restore in one transaction). Copies between the
// two backends are refused: a training room on PostgreSQL copies the PostgreSQL production.
// On failure nothing is left at the target (the file is removed; the restore rolled back).
class DatabaseSnapshot
{
public:
    static yw::core::Status copy(const DatabaseLocation &from, const DatabaseLocation &to);

private:
    static yw::core::Status copySqlite(const DatabaseLocation &from, const DatabaseLocation &to);
    static yw::core::Status copyPostgres(const DatabaseLocation &from, const DatabaseLocation &to);
};

} // namespace yw::store
