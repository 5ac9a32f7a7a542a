#include "database.h"

#include "nativehandles.h"
#include "pgconnectdiagnosis.h"
#include "sqlerrorclassifier.h"

#include <libpq-fe.h>
#include <sqlite3.h>

#include "migrator.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSysInfo>

namespace yw::store {

using yw::core::Error;
using yw::core::Result;
using yw::core::Status;
using yw::core::success;

namespace {
QAtomicInt g_connectionCounter;

Status checkSqliteHeader(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::DatabaseUnavailable,
                           QStringLiteral("cannot read %1: %2").arg(path, f.errorString()));
    const QByteArray head = f.read(16);
    if (head.isEmpty())
        return success(); // an empty file is an empty SQLite database
    if (head != QByteArray("SQLite format 3\0", 16))
        return Error::make(
            Error::Code::ForeignDatabase,
            QStringLiteral("%1 is not an SQLite database (it starts with other bytes); "
                           "it was left untouched")
                .arg(path));
    return success();
}
} // namespace

Database::Database(const DatabaseLocation &location, const QString &workstation)
    : m_location(location)
    , m_workstation(workstation.isEmpty() ? QSysInfo::machineHostName() : workstation)
    , m_name(QStringLiteral("yw-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1)))
{}

Database::~Database()
{
    if (m_cancellation)
        m_cancellation->detach(); // before the connection it would interrupt goes
    m_statements.clear();
    {
        QSqlDatabase db = connection();
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseLocation &location, OpenMode mode,
                                                 const QString &workstation)
{
    std::unique_ptr<Database> db(new Database(location, workstation));
    if (location.backend() == DatabaseLocation::Backend::Sqlite) {
        const QString path = location.filePath();
        if (QFileInfo::exists(path)) {
            if (QFileInfo(path).isDir())
                return Error::make(Error::Code::InvalidInput,
                                   QStringLiteral("%1 is a folder, not a database file").arg(path));
            if (auto s = checkSqliteHeader(path); !s)
                return s.error();
        } else if (mode == OpenMode::Existing) {
            return Error::make(Error::Code::NotFound,
                               QStringLiteral("no database at %1").arg(path));
        } else if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
            return Error::make(Error::Code::DatabaseUnavailable,
                               QStringLiteral("cannot create the folder of %1").arg(path));
        }
    }
    if (auto s = db->connect(); !s)
        return s.error();
    if (auto s = db->inspect(mode); !s)
        return s.error();
    return db;
}

Result<std::unique_ptr<Database>> Database::openAnother() const
{
    return open(m_location, OpenMode::Existing, m_workstation);
}

Status Database::connect()
{
    if (backend() == DatabaseLocation::Backend::Sqlite) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(m_location.filePath());
        // Several processes share one file (two workstations in the training room, the change
        // feed): wait for a writer rather than fail at once.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open())
            return sqlError(db.lastError(),
                            QStringLiteral("opening %1").arg(m_location.filePath()));
        return success();
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
    db.setHostName(m_location.host());
    db.setPort(m_location.port());
    db.setDatabaseName(m_location.databaseName());
    db.setUserName(m_location.user());
    db.setPassword(m_location.password());
    QString options = QStringLiteral("connect_timeout=5;application_name=yiwang");
    if (!m_location.options().isEmpty())
        options += u';' + m_location.options();
    db.setConnectOptions(options);
    if (!db.open()) {
        // The driver's text cannot say whether the server is away, the login wrong or the
        // database missing: the server can.
        return Error::make(PgConnectDiagnosis::diagnose(m_location),
                           QStringLiteral("connecting to %1: %2")
                               .arg(m_location.displayName(), db.lastError().text().trimmed()));
    }
    return success();
}

Status Database::inspect(OpenMode mode)
{
    const QString where = m_location.displayName();
    auto tables =
        exec(isPostgres() ? QStringLiteral("SELECT table_name FROM information_schema.tables "
                                           "WHERE table_schema = current_schema()")
                          : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
    if (!tables) {
        if (!isPostgres())
            return Error::make(
                Error::Code::Corrupt,
                QStringLiteral("%1 cannot be read as a database (%2); it was left untouched")
                    .arg(where, tables.error().message));
        return tables.error();
    }
    QStringList names;
    while (tables.value().next())
        names << tables.value().value(0).toString();
    names.removeAll(QStringLiteral("sqlite_sequence"));
    if (names.isEmpty())
        return success(); // empty: the migrator creates the schema
    if (!names.contains(QStringLiteral("yw_meta")))
        return Error::make(Error::Code::ForeignDatabase,
                           QStringLiteral("%1 holds another program's tables (%2), not a Yiwang "
                                          "database; it was left untouched")
                               .arg(where, names.mid(0, 5).join(QStringLiteral(", "))));
    auto app = exec(QStringLiteral("SELECT value FROM yw_meta WHERE key = 'app'"));
    if (!app || !app.value().next() || app.value().value(0).toString() != QLatin1String(kAppId))
        return Error::make(
            Error::Code::ForeignDatabase,
            QStringLiteral("%1 is not a Yiwang database; it was left untouched").arg(where));
    const int found = schemaVersion();
    const int known = Migrator::latestVersion();
    if (found > known)
        return Error::make(Error::Code::SchemaTooNew,
                           QStringLiteral("%1 has schema version %2, newer than this program's %3: "
                                          "update Yiwang on this workstation; nothing was changed")
                               .arg(where)
                               .arg(found)
                               .arg(known));
    Q_UNUSED(mode);
    if (!isPostgres()) {
        exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    }
    return success();
}

bool Database::hasTable(const QString &name) const
{
    // Asked before reading, because a failed statement aborts a PostgreSQL transaction.
    auto q =
        exec(isPostgres()
                 ? QStringLiteral("SELECT 1 FROM information_schema.tables WHERE "
                                  "table_schema = current_schema() AND table_name = ?")
                 : QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"),
             {name});
    return q && q.value().next();
}

int Database::schemaVersion() const
{
    if (!hasTable(QStringLiteral("yw_meta")))
        return 0;
    auto q = exec(QStringLiteral("SELECT value FROM yw_meta WHERE key = 'schema_version'"));
    if (!q || !q.value().next())
        return 0;
    return q.value().value(0).toInt();
}

void Database::releaseStatements(const QSqlQuery *except) const
{
    for (QSqlQuery &q : m_statements)
        if (&q != except && q.isActive())
            q.finish();
}

void Database::setCancellation(std::shared_ptr<ReadCancellation> cancellation)
{
    if (m_cancellation)
        m_cancellation->detach();
    m_cancellation = std::move(cancellation);
    if (!m_cancellation)
        return;
    if (sqlite3 *lite = sqliteHandle(connection())) {
        m_cancellation->attach([lite] { sqlite3_interrupt(lite); });
    } else if (PGconn *conn = postgresHandle(connection())) {
        std::shared_ptr<PGcancel> cancel(PQgetCancel(conn), [](PGcancel *c) {
            if (c)
                PQfreeCancel(c);
        });
        m_cancellation->attach([cancel] {
            char why[256];
            if (cancel)
                PQcancel(cancel.get(), why, int(sizeof why));
        });
    }
    if (m_cancellation->isCancelled())
        m_cancellation->cancel(); // called off before it was attached
}

Result<QSqlQuery> Database::exec(const QString &sql, const QVariantList &binds) const
{
    if (isCancelled())
        return Error::make(Error::Code::Cancelled, QStringLiteral("cancelled: %1").arg(sql.simplified().left(60)));
    releaseStatements();
    // A connection already known to be broken (a failure seen before, a reconnect that failed
    // while the server was away) is opened again first: nothing is sent on it, so nothing can
    // have been carried out twice.
    if (isPostgres() && !m_inTransaction && !isAlive())
        const_cast<Database *>(this)->reconnect();
    auto r = execOnce(sql, binds);
    // A PostgreSQL server that restarted or a network that dropped leaves a dead connection:
    // open a new one for what comes next. A read (or BEGIN) is tried once more on it; a write is
    // not: it may have been carried out before the connection broke, and sending it again could
    // store it twice, so its outcome is unknown and the caller re-reads. Never inside a
    // transaction, whose earlier statements died with the old connection.
    if (!r && isPostgres() && !m_inTransaction && !ping()) {
        if (const_cast<Database *>(this)->reconnect())
            r = safeToRepeat(sql) ? execOnce(sql, binds) : Result<QSqlQuery>(outcomeUnknown(sql, r.error()));
    }
    return r;
}

bool Database::safeToRepeat(const QString &sql)
{
    const QString head = sql.trimmed().section(QLatin1Char(' '), 0, 0).toUpper();
    return head == QLatin1String("SELECT") || head == QLatin1String("BEGIN")
           || head == QLatin1String("SHOW") || head == QLatin1String("SET")
           || head == QLatin1String("ROLLBACK");
}

Error Database::outcomeUnknown(const QString &sql, const Error &cause) const
{
    return Error::make(Error::Code::OutcomeUnknown,
                       QStringLiteral("%1: the connection was lost while sending %2 (%3); it may or may "
                                      "not have been stored")
                           .arg(m_location.displayName(), sql.simplified().left(60), cause.message));
}

Result<QSqlQuery> Database::execCached(const QString &sql, const QVariantList &binds) const
{
    if (isCancelled())
        return Error::make(Error::Code::Cancelled, QStringLiteral("cancelled: %1").arg(sql.simplified().left(60)));
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery q(connection());
        q.setForwardOnly(true);
        if (!q.prepare(sql))
            return exec(sql, binds); // reports the error, or reconnects and runs it uncached
        it = m_statements.insert(sql, q);
    }
    QSqlQuery &q = it.value();
    releaseStatements(&q);
    q.finish();
    for (int i = 0; i < binds.size(); ++i) {
        const QVariant &v = binds.at(i);
        // As in exec(): an unset QString means an empty text column.
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            q.bindValue(i, QStringLiteral(""));
        else
            q.bindValue(i, v);
    }
    if (!q.exec()) {
        const QSqlError e = q.lastError();
        if (isPostgres() && !m_inTransaction && !ping()) {
            // A lost connection: drop the statements and let exec() reconnect and retry.
            m_statements.clear();
            return exec(sql, binds);
        }
        return sqlError(e, sql.simplified().left(80));
    }
    // The caller reads the result through a copy that shares it with the cached statement, which
    // stays prepared for the next call; Qt deprecates copying queries for the general case.
    QT_WARNING_PUSH
    QT_WARNING_DISABLE_DEPRECATED
    return q;
    QT_WARNING_POP
}

Result<QSqlQuery> Database::execOnce(const QString &sql, const QVariantList &binds) const
{
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (binds.isEmpty()) {
        // Transaction control and DDL cannot be prepared on PostgreSQL; without bindings there
        // is no input to keep apart from the statement.
        if (!q.exec(sql))
            return sqlError(q.lastError(), sql.simplified().left(80));
        return q;
    }
    if (!q.prepare(sql))
        return sqlError(q.lastError(), sql.simplified().left(80));
    for (const QVariant &v : binds) {
        // An unset QString binds as NULL; the schema's text columns mean "empty" by it.
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            q.addBindValue(QStringLiteral(""));
        else
            q.addBindValue(v);
    }
    if (!q.exec())
        return sqlError(q.lastError(), sql.simplified().left(80));
    return q;
}

Status Database::transaction(const std::function<Status()> &body)
{
    if (m_inTransaction)
        return body(); // nested: part of the outer transaction
    // SQLite: take the write lock at once, so that two writers queue instead of deadlocking
    // on a lock upgrade.
    auto begin = exec(isPostgres() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"));
    if (!begin)
        return begin.error();
    m_inTransaction = true;
    Status s = body();
    if (!s) {
        m_inTransaction = false;
        for (QSqlQuery &q : m_statements)
            q.finish();
        exec(QStringLiteral("ROLLBACK"));
        return s;
    }
    // Reused statements have been read by now; SQLite refuses to commit while one is unfinished
    // (an INSERT ... RETURNING read for its one row is).
    for (QSqlQuery &q : m_statements)
        q.finish();
    if (m_beforeCommit)
        m_beforeCommit();
    // Still "in the transaction" while COMMIT runs: a COMMIT that fails is never sent again on
    // a new connection, where PostgreSQL would accept it as a no-op and report success for work
    // the server rolled back.
    auto commit = exec(QStringLiteral("COMMIT"));
    m_inTransaction = false;
    if (!commit) {
        if (isPostgres() && !ping()) {
            // The server may have committed before the connection broke, or not: only a
            // re-read can tell. A new connection is ready for that.
            const Error unknown = outcomeUnknown(QStringLiteral("COMMIT"), commit.error());
            reconnect();
            return unknown;
        }
        for (QSqlQuery &q : m_statements)
            q.finish();
        exec(QStringLiteral("ROLLBACK"));
        return commit.error();
    }
    return success();
}

bool Database::ping() const
{
    QSqlDatabase db = connection();
    if (!db.isOpen())
        return false;
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT 1")) && q.next();
}

Status Database::reconnect()
{
    m_statements.clear();
    {
        QSqlDatabase db = connection();
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
    return connect();
}

Error Database::sqlError(const QSqlError &e, const QString &context) const
{
    // An interrupted statement (sqlite3_interrupt, PQcancel) was called off, not broken.
    if (isCancelled())
        return Error::make(Error::Code::Cancelled,
                           QStringLiteral("%1: cancelled (%2)").arg(context, e.text().trimmed()));
    Error::Code code = SqlErrorClassifier::classify(e, isPostgres());
    if (code == Error::Code::Internal && !isAlive())
        code = Error::Code::DatabaseUnavailable; // the connection is gone, whatever the driver said
    // The driver's text is the technical detail for the log; users read a sentence by the code.
    return Error::make(code, QStringLiteral("%1: %2").arg(context, e.text().trimmed()));
}

bool Database::isAlive() const
{
    const QSqlDatabase db = connection();
    if (!db.isOpen())
        return false;
    if (!isPostgres())
        return true;
    // A server that went away leaves Qt's connection "open": ask libpq (QSqlDriver::handle's
    // documented use).
    PGconn *conn = postgresHandle(db);
    return !conn || PQstatus(conn) == CONNECTION_OK;
}

bool Database::isTraining() const
{
    return metaValue(QStringLiteral("purpose")) == QLatin1String("training");
}

Status Database::markAsTraining(const QString &origin)
{
    if (auto s = setMetaValue(QStringLiteral("purpose"), QStringLiteral("training")); !s)
        return s;
    return setMetaValue(QStringLiteral("training_origin"), origin);
}

QString Database::metaValue(const QString &key) const
{
    if (!hasTable(QStringLiteral("yw_meta")))
        return {};
    auto q = exec(QStringLiteral("SELECT value FROM yw_meta WHERE key = ?"), {key});
    return q && q.value().next() ? q.value().value(0).toString() : QString();
}

Status Database::setMetaValue(const QString &key, const QString &value)
{
    auto q = exec(QStringLiteral("INSERT INTO yw_meta (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                  {key, value});
    return q ? success() : Status(q.error());
}

Result<QString> Database::storedWork() const
{
    for (const char *table : {"cases", "components", "departments", "users"}) {
        auto q = exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1)").arg(QLatin1String(table)));
        if (!q)
            return q.error();
        if (q.value().next() && q.value().value(0).toBool())
            return QString::fromLatin1(table);
    }
    return QString();
}

void Database::prepareForBulkLoad()
{
    if (isPostgres())
        return;
    exec(QStringLiteral("PRAGMA cache_size = -1048576")); // 1 GiB
    exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
}

void Database::analyze()
{
    // PostgreSQL: VACUUM as well, so that the visibility map of freshly loaded tables lets index
    // scans skip the heap (outside a transaction, as after a bulk load).
    exec(isPostgres() && !m_inTransaction ? QStringLiteral("VACUUM ANALYZE") : QStringLiteral("ANALYZE"));
}

Status Database::advanceIdSequence(const QString &table)
{
    if (!isPostgres())
        return success(); // SQLite's INTEGER PRIMARY KEY continues after the largest id
    auto q = exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                 "(SELECT COALESCE(MAX(id), 1) FROM %1))")
                      .arg(table));
    return q ? success() : Status(q.error());
}

Status Database::withoutSecondaryIndexes(const QStringList &tables, const std::function<Status()> &body)
{
    if (!m_inTransaction)
        return Error::make(Error::Code::Internal,
                           QStringLiteral("indexes are dropped for a bulk load only inside its transaction"));
    // The definitions as the database itself keeps them (not the migrations' text): what is
    // dropped comes back exactly. Indexes that back a primary key or a UNIQUE constraint stay.
    QList<std::pair<QString, QString>> dropped; // name, CREATE statement
    for (const QString &table : tables) {
        auto q = isPostgres()
                     ? exec(QStringLiteral("SELECT i.indexname, i.indexdef FROM pg_indexes i "
                                           "WHERE i.schemaname = current_schema() AND i.tablename = ? "
                                           "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = "
                                           "(quote_ident(i.schemaname) || '.' || quote_ident(i.indexname))::regclass)"),
                            {table})
                     : exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                           "AND tbl_name = ? AND sql IS NOT NULL"),
                            {table});
        if (!q)
            return q.error();
        while (q.value().next())
            dropped.append({q.value().value(0).toString(), q.value().value(1).toString()});
    }
    for (const auto &[name, definition] : dropped)
        if (auto d = exec(QStringLiteral("DROP INDEX %1").arg(connection().driver()->escapeIdentifier(
                name, QSqlDriver::TableName)));
            !d)
            return d.error();
    if (auto s = body(); !s)
        return s;
    for (const auto &[name, definition] : dropped)
        if (auto c = exec(definition); !c)
            return c.error();
    return success();
}

Status Database::checkIntegrity() const
{
    if (!isPostgres()) {
        auto q = exec(QStringLiteral("PRAGMA integrity_check"));
        if (!q)
            return Error::make(Error::Code::Corrupt, q.error().message);
        QStringList problems;
        while (q.value().next()) {
            const QString line = q.value().value(0).toString();
            if (line != QLatin1String("ok"))
                problems << line;
        }
        if (!problems.isEmpty())
            return Error::make(
                Error::Code::Corrupt,
                QStringLiteral("%1: %2").arg(m_location.displayName(),
                                             problems.mid(0, 10).join(QStringLiteral("; "))));
    }
    if (schemaVersion() > 0) {
        for (const char *table :
             {"areas", "departments", "users", "cases", "case_events", "audit_log"})
            if (!hasTable(QString::fromLatin1(table)))
                return Error::make(Error::Code::Corrupt,
                                   QStringLiteral("%1: table %2 is missing")
                                       .arg(m_location.displayName(), QLatin1String(table)));
    }
    return success();
}

} // namespace yw::store
