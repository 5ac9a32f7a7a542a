#include "admindatabase.h"

#include "migrator.h"

namespace yw::admin {

using yw::core::Result;
using yw::store::Database;

Result<std::unique_ptr<Database>> openAdminDatabase(const QString &spec, Database::OpenMode mode)
{
    auto loc = yw::store::DatabaseLocation::parse(spec);
    if (!loc)
        return loc.error();
    return Database::open(loc.value(), mode, QStringLiteral("yiwang-admin"));
}

Result<std::unique_ptr<Database>> openUpToDate(const QString &spec)
{
    auto db = openAdminDatabase(spec, Database::OpenMode::Existing);
    if (!db)
        return db.error();
    if (db.value()->schemaVersion() < yw::store::Migrator::latestVersion())
        if (auto s = yw::store::Migrator::migrate(*db.value()); !s)
            return s.error();
    return db;
}

} // namespace yw::admin
