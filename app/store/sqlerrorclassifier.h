#pragma once

#include "error.h"

#include <QSqlError>

namespace yw::store {

// What kind of failure a database error is, from the database's own code: PostgreSQL's SQLSTATE
// (QPSQL's QSqlError::nativeErrorCode) or SQLite's result code (QSQLITE's), never from the
// driver's English text, which another server language or driver version would change.
class SqlErrorClassifier
{
public:
    // Internal when the code says nothing this program acts on.
    static yw::core::Error::Code postgres(const QString &sqlState);
    static yw::core::Error::Code sqlite(int resultCode);
    static yw::core::Error::Code classify(const QSqlError &e, bool isPostgres);
};

} // namespace yw::store
