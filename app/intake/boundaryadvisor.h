#pragma once

#include "caserecord.h"
#include "locator.h"
#include "routingtable.h"

namespace yw::intake {

// Another department that would own the case had the point been a few metres over: the
// dispatcher is prompted before dispatching a case that lies close to a boundary of ownership.
struct OwnerAlternative
{
    qint64 departmentId = 0;
    QString gridCode;
    double distanceM = 0;
};

class BoundaryAdvisor
{
public:
    static constexpr double kDefaultRadiusM = 30;

    BoundaryAdvisor(const yw::gis::Locator &locator, const yw::core::RoutingTable &routing)
        : m_locator(locator)
        , m_routing(routing)
    {}

    // The departments other than `proposed` that the routing rules give the case's class in the
    // unit grids within radiusM of its point, nearest first, one entry each. None for a case
    // without a point or with a component maintainer (the component decides, not the place).
    QList<OwnerAlternative> alternatives(const yw::core::CaseRecord &c, qint64 maintainer,
                                         qint64 proposed, double radiusM) const;

private:
    const yw::gis::Locator &m_locator;
    const yw::core::RoutingTable &m_routing;
};

} // namespace yw::intake
