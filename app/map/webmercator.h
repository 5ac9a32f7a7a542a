#pragma once

#include <QPointF>
#include <QRectF>

namespace yw::map {

// Web Mercator (EPSG:3857) for display: CGCS2000 and WGS84 longitudes and latitudes (the same
// within a metre, which is below a pixel at street level) to metres, and metres to the pixels of
// 256-pixel tiles at a zoom level. The map's data stays in EPSG:4490; only drawing projects.
class WebMercator
{
public:
    static constexpr double kEarthRadius = 6378137.0;
    static constexpr double kHalfWorld = 20037508.342789244; // π R
    static constexpr int kTileSize = 256;

    static QPointF toMetres(double lon, double lat);
    static QPointF toLonLat(const QPointF &metres);
    // Metres per pixel at a (possibly fractional) zoom level.
    static double metresPerPixel(double zoom);
    // The ground metres per pixel at a latitude (what a scale bar shows).
    static double groundMetresPerPixel(double zoom, double lat);
    // The square a tile covers, in metres (y grows north).
    static QRectF tileBounds(int z, int x, int y);
};

} // namespace yw::map
