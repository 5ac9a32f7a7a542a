#pragma once

#include "database.h"

#include <QStringList>
#include <QVariantList>

#include <memory>

namespace yw::store {

// Loads many rows into one table fast, inside the caller's transaction. Used by the demo city,
// the importers and the evaluation's facts, where millions of rows are normal; everyday writes
// go through the repositories.
//
// Qt SQL binds each value through QVariant and, in the SQLite driver, looks every parameter up
// by name: about 100,000 rows a second at best. So the rows go through the databases' own
// client APIs, reached through QSqlDriver::handle() on the same connection: one prepared
// statement stepped per row on SQLite, COPY ... FROM STDIN batches on PostgreSQL. Values of a
// type those paths do not know (none today) fall back to multi-row INSERTs through Qt.
class BulkInserter
{
public:
    BulkInserter(const Database &db, const QString &table, const QStringList &columns);
    ~BulkInserter();
    BulkInserter(const BulkInserter &) = delete;
    BulkInserter &operator=(const BulkInserter &) = delete;

    // Queues a row (values in column order); writes a batch when it is full.
    yw::core::Status add(const QVariantList &row);
    // Writes what is queued.
    yw::core::Status flush();
    qint64 rowsWritten() const { return m_written; }

private:
    yw::core::Status writeBatch(int rows);
    yw::core::Status writeThroughQt(int rows);
    QString statement(int rows) const;

    struct Native;
    const Database &m_db;
    QString m_table;
    QStringList m_columns;
    int m_batchRows;
    QVariantList m_pending;
    qint64 m_written = 0;
    std::unique_ptr<Native> m_native;
    int m_qtBatchRows;
    QSqlQuery m_full; // prepared for a full batch (the Qt path)
    bool m_fullPrepared = false;
};

} // namespace yw::store
