#include "authservice.h"

namespace yw::store {

using namespace yw::core;

AuthService::AuthService(Database &db, const Clock &clock, PasswordHasher::Cost cost)
    : m_db(db)
    , m_clock(clock)
    , m_hasher(cost)
    , m_users(db)
    , m_audit(db)
{}

QString AuthService::actorName(const User *actor) const
{
    return actor ? actor->login : QString::fromLatin1(kLocalAdmin);
}

Result<User> AuthService::login(const QString &login, const QString &password)
{
    const Error refused =
        Error::make(Error::Code::AuthFailed, QStringLiteral("wrong login or password"));
    auto stored = m_users.byLogin(login.trimmed());
    if (!stored) {
        if (stored.error().code != Error::Code::NotFound)
            return stored.error();
        // Spend the same time as a real check, so that timing does not tell which logins exist.
        static const QString dummy = m_hasher.hash(QStringLiteral("timing-equaliser-1")).value();
        m_hasher.verify(dummy, password);
        m_audit.append(m_clock.now(), login.trimmed(), QStringLiteral("login-failed"),
                       QStringLiteral("unknown login"));
        return refused;
    }
    if (!m_hasher.verify(stored->passwordHash, password)) {
        m_audit.append(m_clock.now(), login, QStringLiteral("login-failed"),
                       QStringLiteral("wrong password"));
        return refused;
    }
    if (!stored->user.active) {
        m_audit.append(m_clock.now(), login, QStringLiteral("login-failed"),
                       QStringLiteral("account disabled"));
        return Error::make(Error::Code::Forbidden,
                           QStringLiteral("the account '%1' is disabled").arg(login));
    }
    if (m_hasher.needsRehash(stored->passwordHash)) {
        if (auto h = m_hasher.hash(password))
            m_users.setPasswordHash(stored->user.id, h.value());
    }
    m_audit.append(m_clock.now(), login, QStringLiteral("login"));
    return stored->user;
}

Status AuthService::requireAdmin(const User *actor, const QString &what) const
{
    if (actor && !(actor->active && actor->hasRole(Role::Admin))) {
        const_cast<AuditLog &>(m_audit).append(m_clock.now(), actor->login,
                                               QStringLiteral("denied"), what);
        return Error::make(Error::Code::Forbidden,
                           QStringLiteral("%1 needs the Admin role").arg(what));
    }
    return success();
}

Result<qint64> AuthService::createUser(const User *actor, const User &user, const QString &password)
{
    if (auto s = requireAdmin(actor, QStringLiteral("adding a user")); !s)
        return s.error();
    const QString login = user.login.trimmed();
    if (login.isEmpty() || login.size() > 64 || login.contains(u' ') || login.contains(u','))
        return Error::make(
            Error::Code::InvalidInput,
            QStringLiteral("a login is 1 to 64 characters without spaces or commas"));
    if (!user.roles)
        return Error::make(Error::Code::InvalidInput,
                           QStringLiteral("a user needs at least one role"));
    if (user.hasRole(Role::DepartmentHandler) && user.departmentId <= 0)
        return Error::make(Error::Code::InvalidInput,
                           QStringLiteral("a department handler needs a department"));
    if (auto s = PasswordHasher::checkStrength(password); !s)
        return s.error();
    auto h = m_hasher.hash(password);
    if (!h)
        return h.error();
    User u = user;
    u.login = login;
    if (u.displayName.trimmed().isEmpty())
        u.displayName = login;
    Result<qint64> id = Error::make(Error::Code::Internal, {});
    Status s = m_db.transaction([&]() -> Status {
        id = m_users.add(u, h.value(), m_clock.now());
        if (!id)
            return id.error();
        return m_audit.append(
            m_clock.now(), actorName(actor), QStringLiteral("user-add"),
            QStringLiteral("%1 (%2)").arg(login, UserRepository::rolesToText(u.roles)));
    });
    if (!s)
        return s.error();
    return id;
}

Result<qint64> AuthService::createFirstAdministrator(const User &user, const QString &password)
{
    auto any = hasUsers();
    if (!any)
        return any.error();
    if (any.value())
        return Error::make(
            Error::Code::Forbidden,
            QStringLiteral("the database has users already: an administrator adds new ones"));
    User admin = user;
    admin.roles |= Role::Admin;
    admin.active = true;
    return createUser(nullptr, admin, password);
}

Status AuthService::changePassword(const User *actor, const QString &login,
                                   const QString &newPassword, const QString &oldPassword)
{
    auto stored = m_users.byLogin(login);
    if (!stored)
        return stored.error();
    const bool self = actor && actor->id == stored->user.id;
    if (self && !actor->hasRole(Role::Admin) &&
        !m_hasher.verify(stored->passwordHash, oldPassword)) {
        m_audit.append(m_clock.now(), actor->login, QStringLiteral("denied"),
                       QStringLiteral("password change: wrong old password"));
        return Error::make(Error::Code::AuthFailed, QStringLiteral("the old password is wrong"));
    }
    if (!self)
        if (auto s = requireAdmin(actor, QStringLiteral("setting another user's password")); !s)
            return s;
    if (auto s = PasswordHasher::checkStrength(newPassword); !s)
        return s;
    auto h = m_hasher.hash(newPassword);
    if (!h)
        return h.error();
    return m_db.transaction([&]() -> Status {
        if (auto s = m_users.setPasswordHash(stored->user.id, h.value()); !s)
            return s;
        return m_audit.append(m_clock.now(), actorName(actor), QStringLiteral("password-change"),
                              login);
    });
}

Result<bool> AuthService::hasUsers() const
{
    auto n = m_users.count();
    if (!n)
        return n.error();
    return n.value() > 0;
}

Result<QList<User>> AuthService::users(const User *actor) const
{
    if (auto s = requireAdmin(actor, QStringLiteral("listing users")); !s)
        return s.error();
    return m_users.list();
}

} // namespace yw::store
