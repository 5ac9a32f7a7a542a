#include "navigator.h"

namespace yw::shell {

void Navigator::accept(Destination d, const QString &moduleId)
{
    if (m_handlers.value(d) == moduleId)
        return;
    m_handlers.insert(d, moduleId);
    emit destinationsChanged();
}

bool Navigator::showCase(qint64 caseId)
{
    const QString module = handler(Destination::Case);
    if (module.isEmpty())
        return false;
    emit caseRequested(caseId);
    open(module);
    return true;
}

bool Navigator::reportAt(double lon, double lat)
{
    const QString module = handler(Destination::ReportAt);
    if (module.isEmpty())
        return false;
    emit reportRequested(lon, lat);
    open(module);
    return true;
}

bool Navigator::showOnMap(double lon, double lat, double zoom)
{
    const QString module = handler(Destination::MapAt);
    if (module.isEmpty())
        return false;
    emit mapRequested(lon, lat, zoom);
    open(module);
    return true;
}

bool Navigator::sendToWall(WallContent what, const QString &argument)
{
    if (!canSendToWall())
        return false;
    emit wallRequested(what, argument);
    return true;
}

} // namespace yw::shell
