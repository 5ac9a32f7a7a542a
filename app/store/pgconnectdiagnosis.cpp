#include "pgconnectdiagnosis.h"

#include <libpq-fe.h>

#include <QByteArrayList>

namespace yw::store {

using yw::core::Error;

namespace {
// libpq's keywords and values, NUL-terminated C strings kept alive by the lists.
struct ConnectParams
{
    QByteArrayList keys, values;
    void add(const char *key, const QString &value)
    {
        if (value.isEmpty())
            return;
        keys << QByteArray(key);
        values << value.toUtf8();
    }
    std::vector<const char *> keyPtrs() const
    {
        std::vector<const char *> out;
        for (const QByteArray &k : keys)
            out.push_back(k.constData());
        out.push_back(nullptr);
        return out;
    }
    std::vector<const char *> valuePtrs() const
    {
        std::vector<const char *> out;
        for (const QByteArray &v : values)
            out.push_back(v.constData());
        out.push_back(nullptr);
        return out;
    }
};

ConnectParams paramsOf(const DatabaseLocation &where, const QString &database, int timeoutSeconds)
{
    ConnectParams p;
    p.add("host", where.host());
    p.add("port", QString::number(where.port()));
    p.add("user", where.user());
    p.add("password", where.password());
    p.add("dbname", database);
    p.add("connect_timeout", QString::number(timeoutSeconds));
    // The site's own options (sslmode=require...), "key=value;key=value" as Qt takes them.
    for (const QString &option : where.options().split(u';', Qt::SkipEmptyParts)) {
        const QString key = option.section(u'=', 0, 0).trimmed();
        if (!key.isEmpty() && !key.startsWith(QLatin1String("QPSQL_")))
            p.add(key.toUtf8().constData(), option.section(u'=', 1).trimmed());
    }
    return p;
}
} // namespace

Error::Code PgConnectDiagnosis::diagnose(const DatabaseLocation &where, int timeoutSeconds)
{
    const ConnectParams asked = paramsOf(where, where.databaseName(), timeoutSeconds);
    if (PQpingParams(asked.keyPtrs().data(), asked.valuePtrs().data(), 0) != PQPING_OK)
        return Error::Code::DatabaseUnavailable;
    // The server is up and refused: the login, or the database? Try the login on the
    // maintenance database.
    const ConnectParams maintenance = paramsOf(where, QStringLiteral("postgres"), timeoutSeconds);
    PGconn *conn = PQconnectdbParams(maintenance.keyPtrs().data(), maintenance.valuePtrs().data(), 0);
    Error::Code code = Error::Code::AuthFailed;
    if (conn && PQstatus(conn) == CONNECTION_OK) {
        const QByteArray name = where.databaseName().toUtf8();
        const char *values[] = {name.constData()};
        PGresult *r = PQexecParams(conn, "SELECT 1 FROM pg_database WHERE datname = $1", 1,
                                   nullptr, values, nullptr, nullptr, 0);
        code = PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) > 0 ? Error::Code::Forbidden
                                                                        : Error::Code::NotFound;
        PQclear(r);
    }
    PQfinish(conn);
    return code;
}

} // namespace yw::store
