#include "bulkinserter.h"

#include <QSqlError>

namespace yw::store {

using namespace yw::core;

BulkInserter::BulkInserter(const Database &db, const QString &table, const QStringList &columns)
    : m_db(db)
    , m_table(table)
    , m_columns(columns)
{
    // PostgreSQL: big statements save round trips (up to 65,535 parameters). SQLite: Qt's driver
    // looks each parameter up by name, a cost that grows with the square of the parameter count,
    // so a few hundred parameters a statement is fastest there (measured: 2,800 took 3× longer).
    const int params = db.isPostgres() ? 8000 : 256;
    m_batchRows = std::max(1, params / int(std::max<qsizetype>(1, columns.size())));
    m_pending.reserve(m_batchRows * columns.size());
}

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
    QSqlQuery one(m_db.connection());
    QSqlQuery *q = &one;
    if (rows == m_batchRows) {
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
