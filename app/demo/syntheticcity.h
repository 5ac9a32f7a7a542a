#pragma once

#include "area.h"
#include "department.h"
#include "geometry.h"
#include "localprojection.h"
#include "user.h"

#include <QString>

#include <map>
#include <vector>

namespace yw::demo {

// A unit grid of the synthetic city: a lattice cell in the local metric plane.
struct SyntheticGrid
{
    QString code; // community code + 3-digit sequence
    QString communityCode;
    int column = 0;      // lattice position (west → east)
    int row = 0;         // lattice position (south → north)
    yw::gis::Box lonLat; // its shape: an axis-aligned box in longitude/latitude
    double weight = 1;   // how much happens here (hot spots), for cases and components
};

struct SyntheticArea
{
    yw::core::Area area;
    yw::gis::MultiPolygon shape; // lon/lat
    double areaM2 = 0;
};

struct SyntheticResponsibilityGrid
{
    yw::core::ResponsibilityGrid grid;
    yw::gis::MultiPolygon shape;
};

// A department type: the kind of unit that owns a class (sanitation, roads, water...).
struct DepartmentType
{
    QString key;
    QString nameZh; // "%1环境卫生服务中心", %1 = district name, or a city unit's full name
    bool perDistrict = true;
    QStringList hintWords; // words of the taxonomy's owner hints that route to this type
};

struct SyntheticRoutingRule
{
    QString classPrefix;
    QString areaPrefix;
    qint64 departmentId = 0;
    bool byComponentOwner = false;
};

// Everything the synthesizers produce, then written in one transaction.
struct SyntheticCity
{
    yw::gis::LocalProjection projection;
    std::vector<SyntheticGrid> grids;  // in code order
    std::vector<SyntheticArea> shapes; // districts, streets, communities with grids
    std::vector<SyntheticResponsibilityGrid> responsibilityGrids;
    std::map<QString, QString> gridToResponsibility; // unit grid code → responsibility grid code
    std::vector<yw::core::Department> departments;   // ids assigned 1..n
    std::map<QString, qint64>
        departmentByTypeAndDistrict; // "type|district" (district empty for city units)
    std::vector<SyntheticRoutingRule> routing;
    std::vector<yw::core::User> users;     // ids assigned 1..n
    std::map<qint64, QString> patrolAreas; // inspector user id → responsibility grid code
};

} // namespace yw::demo
