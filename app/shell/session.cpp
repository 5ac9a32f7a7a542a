#include "session.h"

namespace yw::shell {

using namespace yw::core;

Session::Session(yw::store::AuthService &auth, QObject *parent)
    : QObject(parent)
    , m_auth(auth)
{}

Status Session::signIn(const QString &login, const QString &password)
{
    auto u = m_auth.login(login, password);
    if (!u)
        return u.error();
    m_user = u.value();
    emit userChanged();
    return success();
}

Status Session::createFirstAdministrator(const QString &login, const QString &displayName,
                                         const QString &password)
{
    User admin;
    admin.login = login;
    admin.displayName = displayName;
    admin.roles = Role::Admin;
    auto id = m_auth.createFirstAdministrator(admin, password);
    if (!id)
        return id.error();
    return signIn(login, password);
}

void Session::signOut()
{
    if (!isSignedIn())
        return;
    m_user = User();
    emit userChanged();
}

} // namespace yw::shell
