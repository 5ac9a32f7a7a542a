#pragma once

#include "auditlog.h"
#include "clock.h"
#include "database.h"
#include "passwordhasher.h"
#include "userrepository.h"

namespace yw::store {

// Sign-in and user administration. Rules are enforced here, below any UI: only an administrator
// manages users (or the local administrator at the command line, or the first-run set-up of an
// empty database), and every attempt is in the audit log.
class AuthService
{
public:
    // Who acts when there is no signed-in user: the command-line tool run by the database owner,
    // or the first-run set-up.
    static constexpr const char *kLocalAdmin = "local-admin";

    AuthService(Database &db, const yw::core::Clock &clock,
                PasswordHasher::Cost cost = PasswordHasher::Cost::Interactive);

    // The same answer for an unknown login and a wrong password, so that logins cannot be probed.
    yw::core::Result<yw::core::User> login(const QString &login, const QString &password);

    // actor == nullptr: the local administrator (command line) or, on an empty database, the
    // first-run set-up; otherwise the actor must be an administrator.
    yw::core::Result<qint64> createUser(const yw::core::User *actor, const yw::core::User &user,
                                        const QString &password);
    // First-run set-up: creates an administrator only while the database has no user at all.
    yw::core::Result<qint64> createFirstAdministrator(const yw::core::User &user,
                                                      const QString &password);
    // An administrator sets anyone's password; a user changes their own with the old one.
    yw::core::Status changePassword(const yw::core::User *actor, const QString &login,
                                    const QString &newPassword, const QString &oldPassword = {});
    yw::core::Result<bool> hasUsers() const;
    yw::core::Result<QList<yw::core::User>> users(const yw::core::User *actor) const;

private:
    yw::core::Status requireAdmin(const yw::core::User *actor, const QString &what) const;
    QString actorName(const yw::core::User *actor) const;

    Database &m_db;
    const yw::core::Clock &m_clock;
    PasswordHasher m_hasher;
    UserRepository m_users;
    AuditLog m_audit;
};

} // namespace yw::store
