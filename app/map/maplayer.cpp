#include "maplayer.h"

#include "webmercator.h"

namespace yw::map {

QTransform tileTransform(const TileKey &key)
{
    const QRectF b = WebMercator::tileBounds(key.z, key.x, key.y);
    const double s = WebMercator::kTileSize / b.width();
    // x' = (x - left) s, y' = (top - y) s, with top = b.bottom() (y grows north in metres).
    return QTransform(s, 0, 0, -s, -b.left() * s, b.bottom() * s);
}

} // namespace yw::map
