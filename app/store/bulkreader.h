#pragma once

#include "database.h"

#include <QByteArrayView>
#include <QList>

#include <functional>

namespace yw::store {

// Reads many rows of integers and short texts fast, through the databases' own client APIs on
// the connection's own handle (sqlite3_step, or libpq's result): Qt SQL wraps every value in a
// QVariant, which is most of the time of reading the evaluation's millions of facts. The
// statement uses ? placeholders and integer parameters and selects integer and text columns
// (PostgreSQL sends them in binary); only the store calls it.
class BulkReader
{
public:
    explicit BulkReader(const Database &db)
        : m_db(db)
    {}

    // One row of the result: columns by index, as they are stored.
    class Row
    {
    public:
        qint64 integer(int column) const;
        double real(int column) const;
        // The column's UTF-8 bytes, valid until the next row.
        QByteArrayView bytes(int column) const;
        QString text(int column) const { return QString::fromUtf8(bytes(column)); }

    private:
        friend class BulkReader;
        void *m_statement = nullptr; // sqlite3_stmt*
        const void *m_result = nullptr; // PGresult*
        int m_row = 0;
    };

    // Whole: PostgreSQL sends the whole result at once (fastest; it is held in memory until
    // read). Streamed: row by row (libpq's single-row mode), for results of millions of rows
    // that the caller keeps in a smaller form. SQLite always steps row by row.
    enum class Delivery { Whole, Streamed };

    // Runs the statement and calls `each` for every row, in order.
    yw::core::Status select(const QString &sql, const QList<qint64> &binds,
                            const std::function<void(const Row &)> &each,
                            Delivery delivery = Delivery::Whole) const;

private:
    const Database &m_db;
};

} // namespace yw::store
