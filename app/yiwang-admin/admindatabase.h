#pragma once

#include "database.h"

namespace yw::admin {

// The database a yiwang-admin command names with --db (a SQLite file or postgresql://…), opened
// as the workstation "yiwang-admin".
yw::core::Result<std::unique_ptr<yw::store::Database>> openAdminDatabase(const QString &spec,
                                                                         yw::store::Database::OpenMode mode);
// An existing one for commands that use the newest tables (evaluate, scenario): a database of an
// older schema is migrated first.
yw::core::Result<std::unique_ptr<yw::store::Database>> openUpToDate(const QString &spec);

} // namespace yw::admin
