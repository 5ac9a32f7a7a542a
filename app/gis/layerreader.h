#pragma once

#include "error.h"
#include "featuretable.h"

#include <QMap>

namespace yw::gis {

// Reads a vector layer from a GeoPackage, Shapefile, GeoJSON or CSV (with lon/lat or x/y columns,
// or a WKT column) through GDAL/OGR, transforms it to EPSG:4490 longitude/latitude through PROJ,
// and reports every problem with its feature number: no or unknown coordinate system, broken or
// self-intersecting geometry, a file that is not what its name says.
class LayerReader
{
public:
    struct Options
    {
        QString crs;                // override or supply the source CRS, e.g. "EPSG:4549"
        QMap<QString, QString> map; // our field name → the file's column name
    };
    struct Issue
    {
        qint64 feature = 0; // 1-based; 0 for the file as a whole
        QString message;
    };

    // Fields are read as text under our names (after mapping); the geometry as WKT. Problems are
    // appended to `issues`; the call fails only when the file cannot be read at all.
    static yw::core::Result<FeatureTable> read(const QString &path, const QStringList &wantedFields,
                                               const Options &options, std::vector<Issue> &issues);
};

} // namespace yw::gis
