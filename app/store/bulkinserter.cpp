#include "bulkinserter.h"

#include "nativehandles.h"

#include <QSqlDriver>
#include <QSqlError>

#include <libpq-fe.h>
#include <sqlite3.h>

namespace yw::store {

using namespace yw::core;

namespace {

// A value the native paths write as it is; anything else goes through Qt.
bool nativeType(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
    case QMetaType::QString:
    case QMetaType::QByteArray: return true;
    default: return false;
    }
}

bool isInteger(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong: return true;
    default: return false;
    }
}

// COPY's text format: backslash, tab and line ends escaped; \N is NULL.
void appendCopyText(QByteArray &out, const QByteArray &utf8)
{
    for (char c : utf8) {
        switch (c) {
        case '\\': out += "\\\\"; break;
        case '\t': out += "\\t"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        default: out += c; break;
        }
    }
}

} // namespace

// The connection's own client library: a prepared statement on SQLite, COPY on PostgreSQL.
struct BulkInserter::Native
{
    sqlite3 *lite = nullptr;
    sqlite3_stmt *insert = nullptr;
    PGconn *pg = nullptr;

    ~Native()
    {
        if (insert)
            sqlite3_finalize(insert);
    }

    static std::unique_ptr<Native> attach(const QSqlDatabase &db)
    {
        auto n = std::make_unique<Native>();
        n->lite = sqliteHandle(db);
        n->pg = postgresHandle(db);
        if (!n->lite && !n->pg)
            return nullptr;
        return n;
    }
};

BulkInserter::BulkInserter(const Database &db, const QString &table, const QStringList &columns)
    : m_db(db)
    , m_table(table)
    , m_columns(columns)
    , m_native(Native::attach(db.connection()))
{
    // The Qt path: PostgreSQL takes big statements (up to 65,535 parameters); Qt's SQLite driver
    // looks each parameter up by name, a cost that grows with the square of the parameter count,
    // so a few hundred parameters a statement is fastest there.
    const int params = db.isPostgres() ? 8000 : 256;
    const int cols = int(std::max<qsizetype>(1, columns.size()));
    m_qtBatchRows = std::max(1, params / cols);
    // The native paths: a COPY of a few megabytes; SQLite steps row by row anyway.
    m_batchRows = m_native ? (m_native->pg ? 20000 : 1000) : m_qtBatchRows;
    m_pending.reserve(m_batchRows * cols);
}

BulkInserter::~BulkInserter() = default;

QString BulkInserter::statement(int rows) const
{
    QString one = QStringLiteral("(");
    for (int i = 0; i < m_columns.size(); ++i)
        one += i ? QStringLiteral(",?") : QStringLiteral("?");
    one += QLatin1Char(')');
    QStringList all;
    all.reserve(rows);
    for (int r = 0; r < rows; ++r)
        all << one;
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
        .arg(m_table, m_columns.join(QLatin1Char(',')), all.join(QLatin1Char(',')));
}

Status BulkInserter::add(const QVariantList &row)
{
    if (row.size() != m_columns.size())
        return Error::make(Error::Code::Internal,
                           QStringLiteral("%1: a row of %2 values for %3 columns")
                               .arg(m_table)
                               .arg(row.size())
                               .arg(m_columns.size()));
    m_pending.append(row);
    if (m_pending.size() >= m_batchRows * m_columns.size())
        return writeBatch(m_batchRows);
    return success();
}

Status BulkInserter::flush()
{
    const int rows = int(m_pending.size() / std::max<qsizetype>(1, m_columns.size()));
    return rows > 0 ? writeBatch(rows) : success();
}

Status BulkInserter::writeBatch(int rows)
{
    const bool native =
        m_native && std::all_of(m_pending.cbegin(), m_pending.cend(), nativeType);
    if (!native) {
        // In the Qt path's own batch sizes.
        const int cols = int(m_columns.size());
        const QVariantList all = std::exchange(m_pending, {});
        for (int from = 0; from < rows; from += m_qtBatchRows) {
            const int n = std::min(m_qtBatchRows, rows - from);
            m_pending = all.mid(qsizetype(from) * cols, qsizetype(n) * cols);
            if (auto s = writeThroughQt(n); !s)
                return s;
        }
        return success();
    }
    const QString context = QStringLiteral("bulk insert into %1").arg(m_table);
    const int cols = int(m_columns.size());
    if (m_native->lite) {
        sqlite3 *h = m_native->lite;
        auto failed = [&](int rc) {
            return m_db.sqlError(QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(h)),
                                           QSqlError::StatementError, QString::number(rc)),
                                 context);
        };
        if (!m_native->insert) {
            QString marks;
            for (int i = 0; i < cols; ++i)
                marks += i ? QStringLiteral(",?") : QStringLiteral("?");
            const QByteArray sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                       .arg(m_table, m_columns.join(QLatin1Char(',')), marks)
                                       .toUtf8();
            if (int rc = sqlite3_prepare_v2(h, sql.constData(), int(sql.size()), &m_native->insert,
                                            nullptr);
                rc != SQLITE_OK)
                return failed(sqlite3_extended_errcode(h));
        }
        sqlite3_stmt *st = m_native->insert;
        for (int r = 0; r < rows; ++r) {
            for (int c = 0; c < cols; ++c) {
                const QVariant &v = m_pending.at(qsizetype(r) * cols + c);
                int rc = SQLITE_OK;
                if (v.typeId() == QMetaType::QString) {
                    // As in Database::exec: a null QString is an empty text, not NULL.
                    const QByteArray utf8 = v.toString().toUtf8();
                    rc = sqlite3_bind_text(st, c + 1, utf8.constData(), int(utf8.size()),
                                           SQLITE_TRANSIENT);
                } else if (v.isNull()) {
                    rc = sqlite3_bind_null(st, c + 1);
                } else if (isInteger(v)) {
                    rc = sqlite3_bind_int64(st, c + 1, v.toLongLong());
                } else if (v.typeId() == QMetaType::QByteArray) {
                    const QByteArray b = v.toByteArray();
                    rc = sqlite3_bind_blob(st, c + 1, b.constData(), int(b.size()), SQLITE_TRANSIENT);
                } else {
                    rc = sqlite3_bind_double(st, c + 1, v.toDouble());
                }
                if (rc != SQLITE_OK) {
                    sqlite3_reset(st);
                    return failed(rc);
                }
            }
            const int rc = sqlite3_step(st);
            sqlite3_reset(st);
            if (rc != SQLITE_DONE)
                return failed(sqlite3_extended_errcode(h));
        }
    } else {
        PGconn *pg = m_native->pg;
        QByteArray data;
        data.reserve(qsizetype(rows) * cols * 12);
        for (int r = 0; r < rows; ++r) {
            for (int c = 0; c < cols; ++c) {
                if (c)
                    data += '\t';
                const QVariant &v = m_pending.at(qsizetype(r) * cols + c);
                if (v.typeId() == QMetaType::QString)
                    appendCopyText(data, v.toString().toUtf8());
                else if (v.isNull())
                    data += "\\N";
                else if (v.typeId() == QMetaType::Bool)
                    data += v.toBool() ? '1' : '0';
                else if (isInteger(v))
                    data += QByteArray::number(v.toLongLong());
                else if (v.typeId() == QMetaType::QByteArray)
                    data += "\\\\x" + v.toByteArray().toHex();
                else
                    data += QByteArray::number(v.toDouble(), 'g', 17);
            }
            data += '\n';
        }
        auto failed = [&](PGresult *res) {
            const QString sqlState =
                res ? QString::fromLatin1(PQresultErrorField(res, PG_DIAG_SQLSTATE)) : QString();
            const QString text = QString::fromUtf8(res ? PQresultErrorMessage(res) : PQerrorMessage(pg));
            if (res)
                PQclear(res);
            // Read what is left, so that the connection is ready for the next statement.
            while (PGresult *rest = PQgetResult(pg))
                PQclear(rest);
            return m_db.sqlError(QSqlError(QString(), text.trimmed(), QSqlError::StatementError,
                                           sqlState),
                                 context);
        };
        const QByteArray copy = QStringLiteral("COPY %1 (%2) FROM STDIN")
                                    .arg(m_table, m_columns.join(QLatin1Char(',')))
                                    .toUtf8();
        PGresult *res = PQexec(pg, copy.constData());
        if (!res || PQresultStatus(res) != PGRES_COPY_IN)
            return failed(res);
        PQclear(res);
        if (PQputCopyData(pg, data.constData(), int(data.size())) != 1 ||
            PQputCopyEnd(pg, nullptr) != 1)
            return failed(nullptr);
        res = PQgetResult(pg);
        if (!res || PQresultStatus(res) != PGRES_COMMAND_OK)
            return failed(res);
        PQclear(res);
        while (PGresult *rest = PQgetResult(pg))
            PQclear(rest);
    }
    m_written += rows;
    m_pending.clear();
    return success();
}

Status BulkInserter::writeThroughQt(int rows)
{
    QSqlQuery one(m_db.connection());
    QSqlQuery *q = &one;
    if (rows == m_qtBatchRows) {
        if (!m_fullPrepared) {
            m_full = QSqlQuery(m_db.connection());
            if (!m_full.prepare(statement(rows)))
                return m_db.sqlError(m_full.lastError(),
                                     QStringLiteral("bulk insert into %1").arg(m_table));
            m_fullPrepared = true;
        }
        q = &m_full;
    } else if (!one.prepare(statement(rows))) {
        return m_db.sqlError(one.lastError(), QStringLiteral("bulk insert into %1").arg(m_table));
    }
    for (int i = 0; i < m_pending.size(); ++i) {
        const QVariant &v = m_pending.at(i);
        // As in Database::exec: a null QString means an empty text column.
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            q->bindValue(i, QStringLiteral(""));
        else
            q->bindValue(i, v);
    }
    if (!q->exec())
        return m_db.sqlError(q->lastError(), QStringLiteral("bulk insert into %1").arg(m_table));
    m_written += rows;
    m_pending.clear();
    return success();
}

} // namespace yw::store
