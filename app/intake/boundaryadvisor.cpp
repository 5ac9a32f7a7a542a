#include "boundaryadvisor.h"

namespace yw::intake {

QList<OwnerAlternative> BoundaryAdvisor::alternatives(const yw::core::CaseRecord &c,
                                                      qint64 maintainer, qint64 proposed,
                                                      double radiusM) const
{
    QList<OwnerAlternative> out;
    if (!c.hasLocation || maintainer > 0 || radiusM <= 0)
        return out;
    QSet<qint64> seen{proposed};
    for (const yw::gis::NearbyGrid &g : m_locator.nearby(c.longitude, c.latitude, radiusM)) {
        const yw::core::RoutingDecision d = m_routing.route(c.classCode, g.gridCode, 0);
        if (!d.isValid() || seen.contains(d.departmentId))
            continue;
        seen.insert(d.departmentId);
        out << OwnerAlternative{d.departmentId, g.gridCode, g.distanceM};
    }
    return out;
}

} // namespace yw::intake
