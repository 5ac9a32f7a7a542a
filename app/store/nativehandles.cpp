#include "nativehandles.h"

#include <QSqlDriver>
#include <QVariant>

namespace yw::store {

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant h = db.driver() ? db.driver()->handle() : QVariant();
    if (!h.isValid() || qstrcmp(h.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(h.constData());
}

pg_conn *postgresHandle(const QSqlDatabase &db)
{
    const QVariant h = db.driver() ? db.driver()->handle() : QVariant();
    // Qt declares the metatype from the struct's name, pg_conn*, not the typedef's (measured
    // on Qt 6.4; PGconn* kept in case a build names it so).
    if (!h.isValid() ||
        (qstrcmp(h.typeName(), "pg_conn*") != 0 && qstrcmp(h.typeName(), "PGconn*") != 0))
        return nullptr;
    return *static_cast<pg_conn *const *>(h.constData());
}

} // namespace yw::store
