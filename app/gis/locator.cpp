#include "locator.h"

namespace yw::gis {

Location Locator::locate(double lon, double lat) const
{
    const int i = m_grids.locate(lon, lat);
    if (i < 0)
        return {};
    const QString &code = m_grids.cell(i).code;
    return Location{code, code.left(12), code.left(9), code.left(6)};
}

} // namespace yw::gis
