#pragma once

#include "coreenums.h"

#include <QString>

namespace yw::core {

// A handling unit (专业部门 / 处置单位): a city bureau, a district bureau, a street office, a utility.
struct Department
{
    qint64 id = 0;
    QString code;         // unified social credit code (18 chars) or the centre's own code
    QString name;
    DepartmentLevel level = DepartmentLevel::City;
    QString districtCode; // empty for city-level units
    qint64 parentId = 0;
    bool active = true;
};

} // namespace yw::core
