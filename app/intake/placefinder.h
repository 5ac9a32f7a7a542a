#pragma once

#include "areahierarchy.h"
#include "locator.h"

namespace yw::intake {

// A place by name, for callers who say where but not the coordinates: a community, a street or
// a district, by part of its name or its pinyin initials. The point is the centre of the area's
// most central unit grid, so that it lies inside the area and routing has a grid to work with;
// the operator sees the result in the preview and can give a finer point.
class PlaceFinder
{
public:
    struct Place
    {
        QString areaCode;
        QString label;      // "识字里社区 · 文艺路街道 · 芙蓉区"
        double longitude = 0;
        double latitude = 0;
    };

    PlaceFinder(const yw::core::AreaHierarchy &areas, const yw::gis::Locator &locator)
        : m_areas(areas)
        , m_locator(locator)
    {}

    static constexpr int kMaxMatches = 6;

    // The places that fit the text best (none, one, or several equally good ones, at most
    // kMaxMatches); areas without unit grids are left out.
    QList<Place> find(const QString &text) const;
    // The matching alone (the map's search uses it): the areas that fit the text best.
    static QList<yw::core::Area> bestAreas(const yw::core::AreaHierarchy &areas, const QString &text,
                                           int limit = kMaxMatches);

private:
    QString labelOf(const yw::core::Area &a) const;
    bool pointIn(const yw::core::Area &a, double &lon, double &lat) const;

    const yw::core::AreaHierarchy &m_areas;
    const yw::gis::Locator &m_locator;
};

} // namespace yw::intake
