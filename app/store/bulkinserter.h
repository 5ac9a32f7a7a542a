#pragma once

#include "database.h"

#include <QStringList>
#include <QVariantList>

namespace yw::store {

// Loads many rows into one table fast: multi-row INSERT statements, prepared once and bound
// positionally, inside the caller's transaction. Used by the demo city and the importers, where
// millions of rows are normal; everyday writes go through the repositories.
class BulkInserter
{
public:
    BulkInserter(const Database &db, const QString &table, const QStringList &columns);

    // Queues a row (values in column order); writes a batch when it is full.
    yw::core::Status add(const QVariantList &row);
    // Writes what is queued.
    yw::core::Status flush();
    qint64 rowsWritten() const { return m_written; }

private:
    yw::core::Status writeBatch(int rows);
    QString statement(int rows) const;

    const Database &m_db;
    QString m_table;
    QStringList m_columns;
    int m_batchRows;
    QVariantList m_pending;
    qint64 m_written = 0;
    QSqlQuery m_full; // prepared for a full batch
    bool m_fullPrepared = false;
};

} // namespace yw::store
