#pragma once

#include "authservice.h"
#include "user.h"

#include <QObject>

namespace yw::shell {

// Who is signed in at this workstation. Modules follow userChanged.
class Session : public QObject
{
    Q_OBJECT
public:
    explicit Session(yw::store::AuthService &auth, QObject *parent = nullptr);

    bool isSignedIn() const { return m_user.id > 0; }
    const yw::core::User &user() const { return m_user; }

    yw::core::Status signIn(const QString &login, const QString &password);
    yw::core::Status createFirstAdministrator(const QString &login, const QString &displayName,
                                              const QString &password);
    void signOut();

signals:
    void userChanged();

private:
    yw::store::AuthService &m_auth;
    yw::core::User m_user;
};

} // namespace yw::shell
