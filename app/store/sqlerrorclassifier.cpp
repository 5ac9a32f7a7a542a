#include "sqlerrorclassifier.h"

namespace yw::store {

using yw::core::Error;

Error::Code SqlErrorClassifier::postgres(const QString &s)
{
    // PostgreSQL's appendix A, "Error codes": the class is the first two characters.
    const QString cls = s.left(2);
    if (cls == QLatin1String("08")       // connection exception
        || cls == QLatin1String("53")    // insufficient resources: disk full, too many connections
        || s == QLatin1String("57P01")   // admin shutdown
        || s == QLatin1String("57P02")   // crash shutdown
        || s == QLatin1String("57P03")   // cannot connect now (starting up)
        || s == QLatin1String("57014"))  // query cancelled (a statement time-out)
        return Error::Code::DatabaseUnavailable;
    if (cls == QLatin1String("28")) // invalid authorization specification, invalid password
        return Error::Code::AuthFailed;
    if (s == QLatin1String("3D000")) // invalid catalog name: no such database
        return Error::Code::NotFound;
    if (s == QLatin1String("42501")     // insufficient privilege
        || s == QLatin1String("25006")  // read-only transaction
        || s == QLatin1String("P0001")) // raised by a trigger (the append-only logs)
        return Error::Code::Forbidden;
    if (s == QLatin1String("40001")     // serialization failure
        || s == QLatin1String("40P01")  // deadlock
        || s == QLatin1String("23505")) // unique violation: someone stored it first
        return Error::Code::Conflict;
    if (cls == QLatin1String("23") || cls == QLatin1String("22")) // constraint, bad data
        return Error::Code::InvalidInput;
    if (s == QLatin1String("XX001") || s == QLatin1String("XX002")) // data or index corrupted
        return Error::Code::Corrupt;
    return Error::Code::Internal;
}

Error::Code SqlErrorClassifier::sqlite(int code)
{
    // SQLite's result codes (sqlite.org/rescode.html); an extended code keeps the primary one in
    // its low byte.
    switch (code & 0xFF) {
    case 5:  // SQLITE_BUSY
    case 6:  // SQLITE_LOCKED
    case 10: // SQLITE_IOERR
    case 13: // SQLITE_FULL
    case 14: // SQLITE_CANTOPEN
        return Error::Code::DatabaseUnavailable;
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return Error::Code::Corrupt;
    case 3:  // SQLITE_PERM
    case 8:  // SQLITE_READONLY
    case 23: // SQLITE_AUTH
        return Error::Code::Forbidden;
    case 19: // SQLITE_CONSTRAINT
        if (code == 2067 || code == 1555) // _UNIQUE, _PRIMARYKEY: someone stored it first
            return Error::Code::Conflict;
        if (code == 1811) // _TRIGGER: RAISE(ABORT) of a trigger (the append-only logs)
            return Error::Code::Forbidden;
        return Error::Code::InvalidInput;
    default:
        return Error::Code::Internal;
    }
}

Error::Code SqlErrorClassifier::classify(const QSqlError &e, bool isPostgres)
{
    const QString code = e.nativeErrorCode().trimmed();
    if (code.isEmpty())
        return e.type() == QSqlError::ConnectionError ? Error::Code::DatabaseUnavailable
                                                      : Error::Code::Internal;
    if (isPostgres)
        return postgres(code);
    bool ok = false;
    const int n = code.toInt(&ok);
    return ok ? sqlite(n) : Error::Code::Internal;
}

} // namespace yw::store
