#pragma once

#include <QColor>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QString>
#include <QTransform>
#include <QVariantMap>

#include <atomic>

namespace yw::map {

// One tile to draw: zoom level, column and row (XYZ scheme, row 0 at the north).
struct TileKey
{
    int z = 0;
    int x = 0;
    int y = 0;
    bool operator==(const TileKey &o) const { return z == o.z && x == o.x && y == o.y; }
};

struct LegendEntry
{
    QString label;
    QColor colour;
};

// What rendering a tile came to: something drawn, nothing of the layer there, or a failure
// (a tile server down or slow) that must not be cached as if the tile were empty.
enum class TileResult { Drawn, Empty, Failed };

// What a click found.
struct Identified
{
    QString layer;
    QString kind;     // "component", "grid", "case", "community"...
    QString id;       // component id, grid code, case id...
    QString title;
    QVariantMap details;
    double distancePx = 0;
};

// A layer of the one map. Layers hold immutable data (replaced whole, with a new revision, when
// it changes), so that worker threads can render tiles from them while the view moves on.
class MapLayer
{
public:
    virtual ~MapLayer() = default;

    virtual QString id() const = 0;
    virtual QString title() const = 0;
    virtual QList<LegendEntry> legend() const { return {}; }
    // Below this zoom the layer is not drawn (unit grids at city scale are noise).
    virtual double minZoom() const { return 0; }
    // Renders one 256×256 tile into image (transparent, premultiplied ARGB). Thread-safe.
    // Empty when nothing of the layer lies in the tile (most tiles of a city view).
    virtual TileResult renderTile(QImage &image, const TileKey &key) const = 0;
    // Features within radiusPx of the point (metres, EPSG:3857) at the zoom, nearest first.
    virtual QList<Identified> identify(const QPointF &metres, double zoom, double radiusPx) const
    {
        Q_UNUSED(metres);
        Q_UNUSED(zoom);
        Q_UNUSED(radiusPx);
        return {};
    }
    // Bumped whenever the data changes: cached tiles of an older revision are stale.
    quint64 revision() const { return m_revision.load(); }

protected:
    void bumpRevision() { ++m_revision; }

private:
    std::atomic<quint64> m_revision{1};
};

} // namespace yw::map

namespace yw::map {

// Metres (EPSG:3857) to the pixels of a tile.
QTransform tileTransform(const TileKey &key);

} // namespace yw::map
