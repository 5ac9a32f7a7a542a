#pragma once

#include "coreenums.h"

#include <QString>
#include <QStringList>

namespace yw::core {

// One node of city → district → street → community → unit grid.
struct Area
{
    QString code;
    QString name;
    AreaLevel level = AreaLevel::District;
    QString parentCode;
};

// A responsibility grid (责任网格): the patrol area of one or more inspectors, made of unit grids.
struct ResponsibilityGrid
{
    QString code;
    QString name;
    QString districtCode;
    QStringList unitGridCodes;
};

} // namespace yw::core
