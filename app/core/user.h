#pragma once

#include "coreenums.h"

#include <QStringList>

namespace yw::core {

// A person who signs in. Roles say what they may do; scope says for which areas: empty means the
// whole city, otherwise area codes (district, street or community) that a case must lie in.
struct User
{
    qint64 id = 0;
    QString login;
    QString displayName;
    Roles roles;
    qint64 departmentId = 0; // for department handlers: the department they act for
    QStringList scopeAreas;
    bool active = true;

    bool hasRole(Role r) const { return roles.testFlag(r); }
    bool coversArea(const QString &areaCode) const;
    QList<Role> roleList() const;
};

} // namespace yw::core
