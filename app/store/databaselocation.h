#pragma once

#include "error.h"

#include <QString>

namespace yw::store {

// Where the case database is: an SQLite file, or a PostgreSQL server given as
// postgresql://user[:password]@host[:port]/dbname[?option=value&...].
class DatabaseLocation
{
public:
    enum class Backend { Sqlite, Postgres };

    static yw::core::Result<DatabaseLocation> parse(const QString &spec);
    static DatabaseLocation sqliteFile(const QString &path);

    Backend backend() const { return m_backend; }
    QString filePath() const { return m_path; }
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString databaseName() const { return m_dbName; }
    QString user() const { return m_user; }
    QString password() const { return m_password; }
    QString options() const { return m_options; }
    // For people: the file path, or "PostgreSQL user@host:port/db" (never the password).
    QString displayName() const;

private:
    Backend m_backend = Backend::Sqlite;
    QString m_path;
    QString m_host;
    int m_port = 5432;
    QString m_dbName;
    QString m_user;
    QString m_password;
    QString m_options;
};

} // namespace yw::store
