#include "bulkreader.h"

#include "nativehandles.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtEndian>

#include <libpq-fe.h>
#include <sqlite3.h>

#include <cstdlib>
#include <cstring>
#include <memory>

namespace yw::store {

using namespace yw::core;

qint64 BulkReader::Row::integer(int column) const
{
    if (m_statement)
        return sqlite3_column_int64(static_cast<sqlite3_stmt *>(m_statement), column);
    // Binary results: integers in network byte order, as wide as their column type.
    const auto *res = static_cast<const PGresult *>(m_result);
    const auto *p = reinterpret_cast<const uchar *>(PQgetvalue(res, m_row, column));
    switch (PQgetlength(res, m_row, column)) {
    case 8: return qFromBigEndian<qint64>(p);
    case 4: return qFromBigEndian<qint32>(p);
    case 2: return qFromBigEndian<qint16>(p);
    case 1: return *p; // boolean
    default: return 0;  // NULL
    }
}

double BulkReader::Row::real(int column) const
{
    if (m_statement)
        return sqlite3_column_double(static_cast<sqlite3_stmt *>(m_statement), column);
    // Binary float8 (or float4): IEEE 754 in network byte order.
    const auto *res = static_cast<const PGresult *>(m_result);
    const auto *p = reinterpret_cast<const uchar *>(PQgetvalue(res, m_row, column));
    if (PQgetlength(res, m_row, column) == 8) {
        const quint64 bits = qFromBigEndian<quint64>(p);
        double d;
        std::memcpy(&d, &bits, sizeof d);
        return d;
    }
    if (PQgetlength(res, m_row, column) == 4) {
        const quint32 bits = qFromBigEndian<quint32>(p);
        float f;
        std::memcpy(&f, &bits, sizeof f);
        return f;
    }
    return 0;
}

QByteArrayView BulkReader::Row::bytes(int column) const
{
    if (m_statement) {
        auto *st = static_cast<sqlite3_stmt *>(m_statement);
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(st, column));
        return QByteArrayView(text, sqlite3_column_bytes(st, column));
    }
    const auto *res = static_cast<const PGresult *>(m_result);
    return QByteArrayView(PQgetvalue(res, m_row, column), PQgetlength(res, m_row, column));
}

Status BulkReader::select(const QString &sql, const QList<qint64> &binds,
                          const std::function<void(const Row &)> &each, Delivery delivery) const
{
    if (m_db.isCancelled())
        return Error::make(Error::Code::Cancelled, QStringLiteral("cancelled"));
    const QString context = sql.simplified().left(80);
    if (sqlite3 *h = sqliteHandle(m_db.connection())) {
        auto failed = [&](int rc) {
            return m_db.sqlError(QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(h)),
                                           QSqlError::StatementError, QString::number(rc)),
                                 context);
        };
        sqlite3_stmt *raw = nullptr;
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v2(h, utf8.constData(), int(utf8.size()), &raw, nullptr) != SQLITE_OK)
            return failed(sqlite3_extended_errcode(h));
        std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> st(raw, sqlite3_finalize);
        for (int i = 0; i < binds.size(); ++i)
            sqlite3_bind_int64(raw, i + 1, binds[i]);
        Row row;
        row.m_statement = raw;
        int rc;
        while ((rc = sqlite3_step(raw)) == SQLITE_ROW)
            each(row);
        if (rc != SQLITE_DONE)
            return failed(sqlite3_extended_errcode(h));
        return success();
    }
    if (PGconn *pg = postgresHandle(m_db.connection())) {
        // $1, $2… for the ?s.
        QByteArray text;
        int n = 0;
        for (QChar c : sql) {
            if (c == QLatin1Char('?'))
                text += '$' + QByteArray::number(++n);
            else
                text += QString(c).toUtf8();
        }
        std::vector<QByteArray> values;
        std::vector<const char *> params;
        for (qint64 b : binds)
            values.push_back(QByteArray::number(b));
        for (const QByteArray &v : values)
            params.push_back(v.constData());
        auto failed = [&](const PGresult *r) {
            const char *state = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : nullptr;
            return m_db.sqlError(
                QSqlError(QString(),
                          QString::fromUtf8(r ? PQresultErrorMessage(r) : PQerrorMessage(pg)).trimmed(),
                          QSqlError::StatementError, QString::fromLatin1(state ? state : "")),
                context);
        };
        if (delivery == Delivery::Streamed) {
            if (!PQsendQueryParams(pg, text.constData(), int(params.size()), nullptr, params.data(),
                                   nullptr, nullptr, 1) ||
                !PQsetSingleRowMode(pg))
                return failed(nullptr);
            Row row;
            Status outcome = success();
            // Every result is read, also after an error, so that the connection is free again.
            while (PGresult *r = PQgetResult(pg)) {
                const ExecStatusType st = PQresultStatus(r);
                if (st == PGRES_SINGLE_TUPLE && outcome) {
                    row.m_result = r;
                    row.m_row = 0;
                    each(row);
                } else if (st != PGRES_SINGLE_TUPLE && st != PGRES_TUPLES_OK && outcome) {
                    outcome = failed(r);
                }
                PQclear(r);
            }
            return outcome;
        }
        std::unique_ptr<PGresult, void (*)(PGresult *)> res(
            // Binary results: no number is printed by the server and parsed here again.
            PQexecParams(pg, text.constData(), int(params.size()), nullptr, params.data(), nullptr,
                         nullptr, 1),
            PQclear);
        if (!res || PQresultStatus(res.get()) != PGRES_TUPLES_OK)
            return failed(res.get());
        Row row;
        row.m_result = res.get();
        const int rows = PQntuples(res.get());
        for (int r = 0; r < rows; ++r) {
            row.m_row = r;
            each(row);
        }
        return success();
    }
    return Error::make(Error::Code::Internal,
                       QStringLiteral("%1: no native client for this connection").arg(context));
}

} // namespace yw::store
