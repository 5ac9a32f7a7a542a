#pragma once

#include "clock.h"
#include "database.h"
#include "user.h"

#include <QStringList>
#include <QVariantList>

namespace yw::store {

// An administrator's own SQL as a scenario's source, for what the visual query builder cannot
// ask: one statement, run so that it cannot change anything (PostgreSQL: a READ ONLY
// transaction; SQLite: a statement SQLite itself reports as read-only), stopped after a
// time-out, at most a number of rows, and written to the audit log. Everyone else is refused.
class ReadOnlySqlRunner
{
public:
    struct Table
    {
        QStringList columns;
        QList<QVariantList> rows;
        bool truncated = false; // more rows than the limit
    };
    static constexpr int kMaxRows = 10000;

    ReadOnlySqlRunner(Database &db, const yw::core::Clock &clock)
        : m_db(db)
        , m_clock(clock)
    {}

    yw::core::Result<Table> run(const yw::core::User &actor, const QString &sql, int timeoutMs = 5000) const;

private:
    yw::core::Result<Table> runSqlite(const QString &sql, int timeoutMs) const;
    yw::core::Result<Table> runPostgres(const QString &sql, int timeoutMs) const;

    Database &m_db;
    const yw::core::Clock &m_clock;
};

} // namespace yw::store
