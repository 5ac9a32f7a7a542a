#pragma once

#include <QHash>

#include "databaselocation.h"
#include "error.h"
#include "readcancellation.h"

#include <QSqlDatabase>

#include <functional>
#include <QSqlQuery>
#include <QVariantList>

#include <memory>

namespace yw::store {

// One connection to the case database, checked when opened: a file that is not SQLite, a
// database of another program, one written by a newer Yiwang, or a server that cannot be reached
// each give a typed error, and nothing is written to them.
class Database
{
public:
    enum class OpenMode { Existing, CreateIfMissing };
    static constexpr const char *kAppId = "yiwang";

    static yw::core::Result<std::unique_ptr<Database>>
    open(const DatabaseLocation &location, OpenMode mode, const QString &workstation = {});
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Another connection to the same database (the change feed, a second workstation in tests).
    yw::core::Result<std::unique_ptr<Database>> openAnother() const;

    QSqlDatabase connection() const { return QSqlDatabase::database(m_name, false); }
    DatabaseLocation::Backend backend() const { return m_location.backend(); }
    bool isPostgres() const { return backend() == DatabaseLocation::Backend::Postgres; }
    const DatabaseLocation &location() const { return m_location; }
    QString workstation() const { return m_workstation; }
    // The schema version found in the database (0 for an empty one).
    int schemaVersion() const;
    bool hasTable(const QString &name) const;
    // A training database (made by `yiwang-admin training create` or a training client's first
    // start) carries this mark; production clients refuse it and training clients need it.
    bool isTraining() const;
    // Marks the database as a training one; origin says what it was made from (kept in yw_meta).
    yw::core::Status markAsTraining(const QString &origin);
    // A value of the yw_meta table (empty when absent).
    QString metaValue(const QString &key) const;
    yw::core::Status setMetaValue(const QString &key, const QString &value);
    // The first kind of work the database holds already ("cases", "components", "departments",
    // "users"), or an empty string: a demo city goes only into a new, empty database.
    yw::core::Result<QString> storedWork() const;
    // Before millions of rows arrive in one connection: on SQLite a large page cache keeps the
    // indexes in memory (the default 2 MB makes the load I/O-bound). Released on close.
    void prepareForBulkLoad();
    // After a bulk load: fresh statistics for the query planner.
    void analyze();
    // PostgreSQL: moves a table's identity sequence past the ids written explicitly (in the
    // caller's transaction), so that the next ordinary insert does not collide.
    yw::core::Status advanceIdSequence(const QString &table);
    // Inside a bulk load's transaction: drops the tables' secondary indexes, runs body and
    // creates them again from the definitions the database kept (building an index over
    // millions of rows once is much cheaper than keeping it up to date row by row).
    yw::core::Status withoutSecondaryIndexes(const QStringList &tables, const std::function<yw::core::Status()> &body);
    // Reads the whole database looking for damage: SQLite's integrity_check, and the tables of
    // the schema on both backends (PostgreSQL guards its own pages).
    yw::core::Status checkIntegrity() const;

    // Runs a statement with positional (?) bindings. Outside a transaction, a lost PostgreSQL
    // connection is re-opened once.
    yw::core::Result<QSqlQuery> exec(const QString &sql, const QVariantList &binds = {}) const;
    // The same, with the statement prepared once per connection and reused: for the hot paths
    // (intake, case actions, the change feed). The result must be read before the same statement
    // runs again, which holds for statements read at once inside one repository call.
    yw::core::Result<QSqlQuery> execCached(const QString &sql, const QVariantList &binds) const;
    // Runs body in one write transaction; commits when it succeeds, rolls back otherwise.
    yw::core::Status transaction(const std::function<yw::core::Status()> &body);
    bool inTransaction() const { return m_inTransaction; }
    // Fault injection for tests: runs just before a transaction's COMMIT is sent.
    void setBeforeCommit(std::function<void()> hook) { m_beforeCommit = std::move(hook); }
    // A worker's connection that another thread may call off: from now on every statement first
    // checks it, and cancel() interrupts the one running. Set on the connection's own thread.
    void setCancellation(std::shared_ptr<ReadCancellation> cancellation);
    bool isCancelled() const { return m_cancellation && m_cancellation->isCancelled(); }
    // A cheap round trip; false when the connection is lost.
    bool ping() const;
    // Re-opens a lost connection.
    yw::core::Status reconnect();

    // The error of a failed statement, classified by the database's own code (SQLSTATE, SQLite
    // result code); the driver's text is kept in the message for the log.
    yw::core::Error sqlError(const QSqlError &e, const QString &context) const;
    // The connection is open and, for PostgreSQL, the server still there.
    bool isAlive() const;

private:
    Database(const DatabaseLocation &location, const QString &workstation);
    yw::core::Status connect();
    yw::core::Status inspect(OpenMode mode);
    yw::core::Result<QSqlQuery> execOnce(const QString &sql, const QVariantList &binds) const;
    // Resets the reused statements (but `except`): on SQLite an unfinished statement keeps its
    // read snapshot open, so later reads would see old data and a write would fail as locked.
    void releaseStatements(const QSqlQuery *except = nullptr) const;

    DatabaseLocation m_location;
    QString m_workstation;
    QString m_name;
    bool m_inTransaction = false;
    std::function<void()> m_beforeCommit;
    // Whether a statement may be sent again on a new connection (it changes nothing).
    static bool safeToRepeat(const QString &sql);
    yw::core::Error outcomeUnknown(const QString &sql, const yw::core::Error &cause) const;
    mutable QHash<QString, QSqlQuery>
        m_statements; // execCached(); cleared before the connection goes
    std::shared_ptr<ReadCancellation> m_cancellation;
};

} // namespace yw::store
