#pragma once

// Geometry types of Yiwang's geodata: Boost.Geometry models in longitude/latitude degrees
// (CGCS2000, EPSG:4490, which equals WGS84 at city scale) unless a name says otherwise.
#include <boost/geometry.hpp>
#include <boost/geometry/geometries/box.hpp>
#include <boost/geometry/geometries/multi_polygon.hpp>
#include <boost/geometry/geometries/point_xy.hpp>
#include <boost/geometry/geometries/polygon.hpp>

#include <QString>

namespace yw::gis {

namespace bg = boost::geometry;

using Point = bg::model::d2::point_xy<double>; // x = longitude, y = latitude (or metres when local)
using Polygon = bg::model::polygon<Point>;     // clockwise outer ring, closed
using MultiPolygon = bg::model::multi_polygon<Polygon>;
using Box = bg::model::box<Point>;
using LineString = bg::model::linestring<Point>;

// Well-known text in and out (the database stores shapes as WKT, EPSG:4490 lon/lat).
QString toWkt(const MultiPolygon &g);
QString toWkt(const Polygon &g);
// Accepts POLYGON or MULTIPOLYGON; false on anything else or on a syntax error.
bool fromWkt(const QString &wkt, MultiPolygon &out);

} // namespace yw::gis
