#pragma once

#include <QSqlDatabase>

struct sqlite3;
struct pg_conn;

namespace yw::store {

// The client library's own connection behind a Qt SQL connection (QSqlDriver::handle()), for
// what Qt SQL does not offer: bulk reads and writes, interrupting a statement, asking libpq
// whether the server is still there. nullptr when the connection is of the other kind.
sqlite3 *sqliteHandle(const QSqlDatabase &db);
pg_conn *postgresHandle(const QSqlDatabase &db); // PGconn is pg_conn
} // namespace yw::store
