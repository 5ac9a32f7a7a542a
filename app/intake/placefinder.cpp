#include "placefinder.h"

#include "pinyininitials.h"

namespace yw::intake {

using namespace yw::core;

QString PlaceFinder::labelOf(const Area &a) const
{
    QStringList parts;
    for (const Area *p = &a; p && p->level != AreaLevel::City; p = m_areas.find(p->parentCode))
        parts << p->name;
    return parts.join(QStringLiteral(" · "));
}

QList<Area> PlaceFinder::bestAreas(const AreaHierarchy &areas, const QString &text, int limit)
{
    const QString q = text.trimmed();
    if (q.isEmpty())
        return {};
    const bool initials = PinyinInitials::isInitialsQuery(q);
    // The best match wins: the whole name, then its beginning, then any part; a community over
    // a street over a district (the smaller place is the more useful).
    QList<std::pair<int, Area>> found;
    for (AreaLevel level : {AreaLevel::Community, AreaLevel::Street, AreaLevel::District}) {
        for (const Area &a : areas.areas(level)) {
            int rank = -1;
            if (a.name == q)
                rank = 0;
            else if (a.name.startsWith(q))
                rank = 1;
            else if (a.name.contains(q))
                rank = 2;
            else if (initials && PinyinInitials::builtIn().matches(a.name, q))
                rank = 3;
            if (rank >= 0)
                found.append({rank * 10 + int(level == AreaLevel::Community ? 0
                                              : level == AreaLevel::Street  ? 1
                                                                            : 2),
                              a});
        }
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const auto &x, const auto &y) { return x.first < y.first; });
    QList<Area> out;
    for (const auto &[rank, a] : found) {
        if (rank != found.first().first || out.size() >= limit)
            break;
        out << a;
    }
    return out;
}

QList<PlaceFinder::Place> PlaceFinder::find(const QString &text) const
{
    QList<Place> out;
    for (const Area &a : bestAreas(m_areas, text)) {
        Place p{a.code, labelOf(a), 0, 0};
        if (pointIn(a, p.longitude, p.latitude))
            out << p;
    }
    return out;
}

bool PlaceFinder::pointIn(const Area &area, double &lon, double &lat) const
{
    // The unit grid nearest the middle of the area's grids.
    const yw::gis::GridIndex &grids = m_locator.grids();
    double sx = 0, sy = 0;
    QList<int> mine;
    for (int i = 0; i < grids.size(); ++i)
        if (grids.cell(i).code.startsWith(area.code)) {
            const auto &b = grids.bounds(i);
            sx += (b.min_corner().x() + b.max_corner().x()) / 2;
            sy += (b.min_corner().y() + b.max_corner().y()) / 2;
            mine << i;
        }
    if (mine.isEmpty())
        return false;
    sx /= mine.size();
    sy /= mine.size();
    int central = mine.first();
    double bestD = 1e300;
    for (int i : mine) {
        const auto &b = grids.bounds(i);
        const double dx = (b.min_corner().x() + b.max_corner().x()) / 2 - sx;
        const double dy = (b.min_corner().y() + b.max_corner().y()) / 2 - sy;
        if (dx * dx + dy * dy < bestD) {
            bestD = dx * dx + dy * dy;
            central = i;
        }
    }
    // A point inside that grid: its box centre when the grid holds it, else a vertex's neighbour.
    const auto &b = grids.bounds(central);
    lon = (b.min_corner().x() + b.max_corner().x()) / 2;
    lat = (b.min_corner().y() + b.max_corner().y()) / 2;
    if (m_locator.locateIndex(lon, lat) != central) {
        const auto &ring = grids.cell(central).shape.front().outer();
        const auto &p0 = ring[0];
        const auto &p2 = ring[ring.size() > 2 ? 2 : 0];
        lon = p0.x() + (p2.x() - p0.x()) * 0.1;
        lat = p0.y() + (p2.y() - p0.y()) * 0.1;
    }
    return true;
}

} // namespace yw::intake
