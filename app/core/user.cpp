#include "user.h"

namespace yw::core {

bool User::coversArea(const QString &areaCode) const
{
    if (scopeAreas.isEmpty())
        return true;
    for (const QString &a : scopeAreas)
        if (!a.isEmpty() && areaCode.startsWith(a))
            return true;
    return false;
}

QList<Role> User::roleList() const
{
    QList<Role> out;
    for (Role r : enumValues<Role>())
        if (roles.testFlag(r))
            out << r;
    return out;
}

} // namespace yw::core
