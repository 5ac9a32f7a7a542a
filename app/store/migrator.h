#pragma once

#include "database.h"

#include <functional>

namespace yw::store {

// Brings a database to the schema this program knows: resources/sql/NNN_*.sql, applied in order,
// each in the same transaction as the version bump. One file serves both dialects (see the header
// of 001_initial.sql).
class Migrator
{
public:
    static int latestVersion();
    // Applies every migration newer than the database's version. progress(v) before each.
    static yw::core::Status migrate(Database &db, const std::function<void(int)> &progress = {});
    // The statements of one migration for a backend (exposed for tests).
    static QStringList statements(const QString &sql, DatabaseLocation::Backend backend);
};

} // namespace yw::store
