#include "locatorloader.h"

#include "geodatarepository.h"

namespace yw::intake {

using namespace yw::core;

Result<yw::gis::Locator> loadLocator(yw::store::Database &db)
{
    auto grids = yw::store::GeodataRepository(db).unitGrids();
    if (!grids)
        return grids.error();
    std::vector<yw::gis::GridCell> cells;
    cells.reserve(grids->size());
    for (const auto &g : grids.value()) {
        yw::gis::GridCell c;
        c.code = g.code;
        if (!yw::gis::fromWkt(g.wkt, c.shape))
            return Error::make(Error::Code::Corrupt,
                               QStringLiteral("unit grid %1 has an unreadable shape").arg(g.code));
        cells.push_back(std::move(c));
    }
    return yw::gis::Locator(std::move(cells));
}

} // namespace yw::intake
