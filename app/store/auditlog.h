#pragma once

#include "database.h"

namespace yw::store {

// Append-only record of what people did outside the case flow: sign-in, user administration,
// imports. (Case changes are in case_events.)
class AuditLog
{
public:
    struct Entry
    {
        qint64 id = 0;
        QDateTime at;
        QString login;
        QString workstation;
        QString action;
        QString detail;
    };

    explicit AuditLog(const Database &db)
        : m_db(db)
    {}
    yw::core::Status append(const QDateTime &at, const QString &login, const QString &action,
                            const QString &detail = {});
    yw::core::Result<QList<Entry>> latest(int limit) const;

private:
    const Database &m_db;
};

} // namespace yw::store
