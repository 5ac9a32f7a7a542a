#include "userrepository.h"

#include "bulkinserter.h"

#include "sqlvalues.h"

namespace yw::store {

using namespace yw::core;
using namespace yw::store::sqlvalues;

namespace {
const QString kSelect = QStringLiteral("SELECT id, login, display_name, password_hash, roles, "
                                       "department_id, scope, active FROM users ");

UserRepository::Stored readUser(const QSqlQuery &q)
{
    UserRepository::Stored s;
    s.user.id = q.value(0).toLongLong();
    s.user.login = q.value(1).toString();
    s.user.displayName = q.value(2).toString();
    s.passwordHash = q.value(3).toString();
    s.user.roles = UserRepository::rolesFromText(q.value(4).toString()).value();
    s.user.departmentId = q.value(5).toLongLong();
    s.user.scopeAreas = q.value(6).toString().split(u',', Qt::SkipEmptyParts);
    s.user.active = q.value(7).toInt() != 0;
    return s;
}
} // namespace

QString UserRepository::rolesToText(Roles roles)
{
    QStringList keys;
    for (Role r : enumValues<Role>())
        if (roles.testFlag(r))
            keys << enumKey(r);
    return keys.join(u',');
}

Result<Roles> UserRepository::rolesFromText(const QString &text)
{
    Roles roles;
    for (const QString &k : text.split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const Role r = enumFromKey<Role>(k.trimmed(), &ok);
        if (!ok) {
            QStringList known;
            for (Role x : enumValues<Role>())
                known << enumKey(x);
            return Error::make(Error::Code::InvalidInput,
                               QStringLiteral("unknown role '%1' (roles: %2)")
                                   .arg(k, known.join(QStringLiteral(", "))));
        }
        roles |= r;
    }
    return roles;
}

Result<qint64> UserRepository::add(const User &u, const QString &hash, const QDateTime &at)
{
    auto q =
        m_db.exec(QStringLiteral("INSERT INTO users (login, display_name, password_hash, roles, "
                                 "department_id, scope, active, created_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                  {u.login, u.displayName, hash, rolesToText(u.roles), idOrNull(u.departmentId),
                   u.scopeAreas.join(u','), u.active ? 1 : 0, fromTime(at)});
    if (!q) {
        if (q.error().message.contains(QLatin1String("UNIQUE"), Qt::CaseInsensitive) ||
            q.error().message.contains(QLatin1String("duplicate key")))
            return Error::make(Error::Code::Conflict,
                               QStringLiteral("the login '%1' is taken").arg(u.login));
        return q.error();
    }
    q.value().next();
    return q.value().value(0).toLongLong();
}

Status UserRepository::addAll(const QList<User> &users, const QString &hash, const QDateTime &at)
{
    BulkInserter rows(m_db, QStringLiteral("users"),
                      {"id", "login", "display_name", "password_hash", "roles", "department_id",
                       "scope", "active", "created_at"});
    const QVariant created = fromTime(at);
    for (const User &u : users)
        if (auto s = rows.add({u.id, u.login, u.displayName, hash, rolesToText(u.roles),
                               idOrNull(u.departmentId), u.scopeAreas.join(u','),
                               u.active ? 1 : 0, created});
            !s)
            return s;
    if (auto s = rows.flush(); !s)
        return s;
    return const_cast<Database &>(m_db).advanceIdSequence(QStringLiteral("users"));
}

Status UserRepository::addPatrolAreas(const QList<std::pair<qint64, QString>> &areas)
{
    BulkInserter rows(m_db, QStringLiteral("patrol_areas"), {"user_id", "resp_code"});
    for (const auto &[user, area] : areas)
        if (auto s = rows.add({user, area}); !s)
            return s;
    return rows.flush();
}

Result<UserRepository::Stored> UserRepository::byLogin(const QString &login) const
{
    auto q = m_db.exec(kSelect + QStringLiteral("WHERE login = ?"), {login});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::make(Error::Code::NotFound, QStringLiteral("no user '%1'").arg(login));
    return readUser(q.value());
}

Result<User> UserRepository::byId(qint64 id) const
{
    auto q = m_db.exec(kSelect + QStringLiteral("WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::make(Error::Code::NotFound, QStringLiteral("no user with id %1").arg(id));
    return readUser(q.value()).user;
}

Result<QList<User>> UserRepository::list() const
{
    auto q = m_db.exec(kSelect + QStringLiteral("ORDER BY login"));
    if (!q)
        return q.error();
    QList<User> out;
    while (q.value().next())
        out << readUser(q.value()).user;
    return out;
}

Result<int> UserRepository::count() const
{
    auto q = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM users"));
    if (!q)
        return q.error();
    q.value().next();
    return q.value().value(0).toInt();
}

Status UserRepository::setPasswordHash(qint64 id, const QString &hash)
{
    auto q =
        m_db.exec(QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"), {hash, id});
    if (!q)
        return q.error();
    return success();
}

Status UserRepository::setActive(qint64 id, bool active)
{
    auto q =
        m_db.exec(QStringLiteral("UPDATE users SET active = ? WHERE id = ?"), {active ? 1 : 0, id});
    if (!q)
        return q.error();
    return success();
}

} // namespace yw::store
