#include "readonlysqlrunner.h"

#include "auditlog.h"
#include "nativehandles.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <sqlite3.h>

namespace yw::store {

using namespace yw::core;

namespace {
Error refused(const QString &message)
{
    return Error::make(Error::Code::InvalidInput, message);
}

// sqlite3_set_authorizer's callback while the statement is compiled: reading only (SELECT, the
// columns it reads, functions but load_extension, WITH RECURSIVE); ATTACH, PRAGMA and every
// write are denied (SQLite counts ATTACH as read-only, yet it opens or creates a file).
int readingOnly(void *, int action, const char *detail, const char *, const char *, const char *)
{
    switch (action) {
    case SQLITE_SELECT:
    case SQLITE_READ:
    case SQLITE_RECURSIVE: return SQLITE_OK;
    case SQLITE_FUNCTION:
        return detail && QByteArray(detail).compare("load_extension", Qt::CaseInsensitive) == 0 ? SQLITE_DENY
                                                                                                : SQLITE_OK;
    default: return SQLITE_DENY;
    }
}

// sqlite3_progress_handler's callback: non-zero stops the statement (SQLITE_INTERRUPT).
int pastDeadline(void *timer)
{
    const auto *t = static_cast<const std::pair<QElapsedTimer, int> *>(timer);
    return t->first.elapsed() > t->second ? 1 : 0;
}
} // namespace

Result<ReadOnlySqlRunner::Table> ReadOnlySqlRunner::run(const User &actor, const QString &sql, int timeoutMs) const
{
    if (!actor.active || !actor.hasRole(Role::Admin)) {
        AuditLog(m_db).append(m_clock.now(), actor.login, QStringLiteral("sql_source.refused"), sql.left(200));
        return Error::make(Error::Code::Forbidden, QStringLiteral("only an administrator runs SQL of their own"));
    }
    if (sql.trimmed().isEmpty())
        return refused(QStringLiteral("the SQL is empty"));
    if (timeoutMs < 100 || timeoutMs > 60000)
        return refused(QStringLiteral("the time-out is 100 ms to 60 s"));
    if (m_db.inTransaction())
        return Error::make(Error::Code::Internal, QStringLiteral("an SQL source does not run inside a write"));
    AuditLog(m_db).append(m_clock.now(), actor.login, QStringLiteral("sql_source.run"), sql.left(2000));
    return m_db.isPostgres() ? runPostgres(sql, timeoutMs) : runSqlite(sql, timeoutMs);
}

Result<ReadOnlySqlRunner::Table> ReadOnlySqlRunner::runSqlite(const QString &sql, int timeoutMs) const
{
    sqlite3 *h = sqliteHandle(m_db.connection());
    if (!h)
        return Error::make(Error::Code::Internal, QStringLiteral("no SQLite connection"));
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt *raw = nullptr;
    const char *tail = nullptr;
    sqlite3_set_authorizer(h, readingOnly, nullptr);
    const int prepared = sqlite3_prepare_v2(h, utf8.constData(), int(utf8.size()), &raw, &tail);
    sqlite3_set_authorizer(h, nullptr, nullptr);
    if (prepared != SQLITE_OK)
        return refused(prepared == SQLITE_AUTH
                           ? QStringLiteral("the statement would change the database or its connection: an SQL "
                                            "source only reads")
                           : QStringLiteral("SQL: %1").arg(QString::fromUtf8(sqlite3_errmsg(h))));
    std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> st(raw, sqlite3_finalize);
    if (!raw)
        return refused(QStringLiteral("the SQL holds no statement"));
    if (tail && !QByteArray(tail).trimmed().isEmpty() && QByteArray(tail).trimmed() != ";")
        return refused(QStringLiteral("one statement only"));
    // SQLite's own judgement: it reports whether the statement can write (ATTACH, PRAGMA
    // assignments and the like included).
    if (!sqlite3_stmt_readonly(raw))
        return refused(QStringLiteral("the statement would change the database: an SQL source only reads"));
    std::pair<QElapsedTimer, int> deadline;
    deadline.first.start();
    deadline.second = timeoutMs;
    sqlite3_progress_handler(h, 1000, pastDeadline, &deadline);
    Table t;
    const int n = sqlite3_column_count(raw);
    for (int i = 0; i < n; ++i)
        t.columns << QString::fromUtf8(sqlite3_column_name(raw, i));
    int rc;
    while ((rc = sqlite3_step(raw)) == SQLITE_ROW) {
        if (t.rows.size() == kMaxRows) {
            t.truncated = true;
            break;
        }
        QVariantList row;
        for (int i = 0; i < n; ++i) {
            switch (sqlite3_column_type(raw, i)) {
            case SQLITE_INTEGER: row << qint64(sqlite3_column_int64(raw, i)); break;
            case SQLITE_FLOAT: row << sqlite3_column_double(raw, i); break;
            case SQLITE_NULL: row << QVariant(); break;
            default:
                row << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(raw, i)),
                                         sqlite3_column_bytes(raw, i));
            }
        }
        t.rows << row;
    }
    sqlite3_progress_handler(h, 0, nullptr, nullptr);
    if (rc == SQLITE_INTERRUPT)
        return Error::make(Error::Code::Cancelled, QStringLiteral("the SQL ran longer than %1 ms and was stopped").arg(timeoutMs));
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return refused(QStringLiteral("SQL: %1").arg(QString::fromUtf8(sqlite3_errmsg(h))));
    return t;
}

Result<ReadOnlySqlRunner::Table> ReadOnlySqlRunner::runPostgres(const QString &sql, int timeoutMs) const
{
    // A READ ONLY transaction with its own statement time-out; the statement is prepared, and
    // PostgreSQL prepares exactly one (so no COMMIT can end the transaction in the middle).
    if (auto b = m_db.exec(QStringLiteral("BEGIN TRANSACTION READ ONLY")); !b)
        return b.error();
    auto finish = [&] { m_db.exec(QStringLiteral("ROLLBACK")); };
    if (auto s = m_db.exec(QStringLiteral("SET LOCAL statement_timeout = %1").arg(timeoutMs)); !s) {
        finish();
        return s.error();
    }
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    Table t;
    if (!q.prepare(sql) || !q.exec()) {
        const QString state = q.lastError().nativeErrorCode();
        finish();
        if (state == QLatin1String("57014"))
            return Error::make(Error::Code::Cancelled, QStringLiteral("the SQL ran longer than %1 ms and was stopped").arg(timeoutMs));
        if (state == QLatin1String("25006"))
            return refused(QStringLiteral("the statement would change the database: an SQL source only reads"));
        return refused(QStringLiteral("SQL: %1").arg(q.lastError().databaseText().trimmed()));
    }
    const QSqlRecord record = q.record();
    for (int i = 0; i < record.count(); ++i)
        t.columns << record.fieldName(i);
    while (q.next()) {
        if (t.rows.size() == kMaxRows) {
            t.truncated = true;
            break;
        }
        QVariantList row;
        for (int i = 0; i < record.count(); ++i)
            row << q.value(i);
        t.rows << row;
    }
    q.finish();
    finish();
    return t;
}

} // namespace yw::store
