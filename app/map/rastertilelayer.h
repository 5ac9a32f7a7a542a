#pragma once

#include "maplayer.h"

#include <QAtomicInt>
#include <QMutex>

namespace yw::map {

// A raster layer from a tile server: XYZ ({z}/{x}/{y} in the URL), WMTS (KVP GetTile on a
// GoogleMapsCompatible matrix set) or WMS (GetMap in EPSG:3857 for the tile's box), e.g. a
// basemap or a thematic layer from QGIS Server. Tiles are fetched on the worker thread that
// renders them, with a time-out: a server that is down or slow costs a failed tile (retried
// later) and a line in the layer's status, never a frozen map.
class RasterTileLayer : public MapLayer
{
public:
    enum class Kind { Xyz, Wmts, Wms };
    struct Source
    {
        Kind kind = Kind::Xyz;
        QString url;        // XYZ: template; WMTS/WMS: the service's base URL
        QString layers;     // WMTS layer / WMS LAYERS
        QString style;      // WMTS style / WMS STYLES
        QString format = QStringLiteral("image/png");
        int timeoutMs = 5000;
    };

    RasterTileLayer(QString id, QString title, Source source);

    QString id() const override { return m_id; }
    QString title() const override { return m_title; }
    TileResult renderTile(QImage &image, const TileKey &key) const override;

    // The URL of one tile (tests, status).
    QUrl tileUrl(const TileKey &key) const;
    // "12 tiles, 2 timed out, 1 failed: <last reason>"; empty before the first tile.
    QString status() const;
    int timedOut() const { return m_timedOut.loadRelaxed(); }
    int failed() const { return m_failed.loadRelaxed(); }
    int fetched() const { return m_fetched.loadRelaxed(); }

private:
    QString m_id, m_title;
    Source m_source;
    mutable QAtomicInt m_fetched, m_timedOut, m_failed;
    mutable QMutex m_mutex;
    mutable QString m_lastError;
};

} // namespace yw::map
