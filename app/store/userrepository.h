#pragma once

#include "database.h"
#include "user.h"

namespace yw::store {

// Users with their roles, scope and password hash (never the password).
class UserRepository
{
public:
    struct Stored
    {
        yw::core::User user;
        QString passwordHash;
    };

    explicit UserRepository(const Database &db)
        : m_db(db)
    {}

    yw::core::Result<qint64> add(const yw::core::User &u, const QString &passwordHash,
                                 const QDateTime &at);
    // Many accounts with the ids they have and one password hash (a demo city's staff), in the
    // caller's transaction.
    yw::core::Status addAll(const QList<yw::core::User> &users, const QString &passwordHash,
                            const QDateTime &at);
    // Who patrols which responsibility grid: (user id, responsibility grid code).
    yw::core::Status addPatrolAreas(const QList<std::pair<qint64, QString>> &areas);
    yw::core::Result<Stored> byLogin(const QString &login) const;
    yw::core::Result<yw::core::User> byId(qint64 id) const;
    yw::core::Result<QList<yw::core::User>> list() const;
    yw::core::Result<int> count() const;
    yw::core::Status setPasswordHash(qint64 id, const QString &hash);
    yw::core::Status setActive(qint64 id, bool active);

    static QString rolesToText(yw::core::Roles roles);
    static yw::core::Result<yw::core::Roles> rolesFromText(const QString &text);

private:
    const Database &m_db;
};

} // namespace yw::store
