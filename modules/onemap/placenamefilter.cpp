#include "placenamefilter.h"

#include "geodatarepository.h"
#include "placefinder.h"


namespace yw::onemap {

using namespace yw::core;

bool PlaceNameFilter::accepts(const QString &text) const
{
    return !text.isEmpty();
}

Result<MapSearchFilter::Hit> PlaceNameFilter::find(const QString &text) const
{
    const QList<Area> best = yw::intake::PlaceFinder::bestAreas(m_areas, text, 1000);
    if (best.size() > 1)
        return Error::make(Error::Code::InvalidInput,
                           tr("\"%1\" matches %2 places; type more of the name.")
                               .arg(text)
                               .arg(best.size()));
    if (best.isEmpty())
        return Error::make(Error::Code::NotFound,
                           tr("Nothing called \"%1\": give a case number, a component or grid "
                              "code, or a place name.")
                               .arg(text));
    const Area &a = best.first();
    auto bounds = yw::store::GeodataRepository(m_db).areaBounds(a.code);
    if (!bounds)
        return Error::make(Error::Code::NotFound, tr("No area %1 on the map.").arg(a.code));
    return Hit{tr("Area %1").arg(a.code), bounds.value(), bounds->center(), 19};
}

} // namespace yw::onemap
