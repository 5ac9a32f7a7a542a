#include "databaselocation.h"

#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

namespace yw::store {

using yw::core::Error;

yw::core::Result<DatabaseLocation> DatabaseLocation::parse(const QString &spec)
{
    const QString s = spec.trimmed();
    if (s.isEmpty())
        return Error::make(Error::Code::InvalidInput, QStringLiteral("no database given"));
    if (s.startsWith(QLatin1String("postgresql://")) ||
        s.startsWith(QLatin1String("postgres://"))) {
        const QUrl url(s, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty())
            return Error::make(Error::Code::InvalidInput,
                               QStringLiteral("'%1' is not a valid PostgreSQL address: expected "
                                              "postgresql://user@host:port/database")
                                   .arg(url.toDisplayString(QUrl::RemovePassword)));
        DatabaseLocation loc;
        loc.m_backend = Backend::Postgres;
        loc.m_host = url.host();
        loc.m_port = url.port(5432);
        loc.m_user = url.userName();
        loc.m_password = url.password();
        loc.m_dbName = url.path().mid(1);
        if (loc.m_dbName.isEmpty() || loc.m_dbName.contains(u'/'))
            return Error::make(Error::Code::InvalidInput,
                               QStringLiteral("the PostgreSQL address names no database: %1")
                                   .arg(url.toDisplayString(QUrl::RemovePassword)));
        QStringList opts;
        for (const auto &[k, v] : QUrlQuery(url).queryItems(QUrl::FullyDecoded))
            opts << k + u'=' + v;
        loc.m_options = opts.join(u';');
        return loc;
    }
    if (s.contains(QLatin1String("://")))
        return Error::make(
            Error::Code::InvalidInput,
            QStringLiteral("unknown database scheme in '%1': use a file path or postgresql://")
                .arg(s));
    return sqliteFile(s);
}

DatabaseLocation DatabaseLocation::sqliteFile(const QString &path)
{
    DatabaseLocation loc;
    loc.m_backend = Backend::Sqlite;
    loc.m_path = QFileInfo(path).absoluteFilePath();
    return loc;
}

QString DatabaseLocation::displayName() const
{
    if (m_backend == Backend::Sqlite)
        return m_path;
    return QStringLiteral("PostgreSQL %1%2:%3/%4")
        .arg(m_user.isEmpty() ? QString() : m_user + u'@', m_host)
        .arg(m_port)
        .arg(m_dbName);
}

} // namespace yw::store
