#pragma once

#include <QPolygonF>
#include <QRectF>

namespace yw::map {

// Clips a closed ring to an axis-aligned rectangle (Sutherland–Hodgman). What remains is the part
// of the ring's area inside the rectangle; where the ring runs outside, the result runs along the
// rectangle's edge instead, so a renderer clips to a rectangle a little larger than what it shows
// and those edges are never seen. Clipping each ring of a polygon with holes keeps the even-odd
// fill right inside the rectangle. A district of two thousand vertices becomes a handful at
// street level, where drawing it whole cost a millisecond a tile.
class RingClipper
{
public:
    // The clipped ring (not closed: the last point is not the first again); fewer than three
    // points when nothing of the ring's area is inside.
    static QPolygonF clip(const QPolygonF &ring, const QRectF &rect);
};

} // namespace yw::map
