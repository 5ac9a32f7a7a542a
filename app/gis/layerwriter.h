#pragma once

#include "error.h"
#include "featuretable.h"

#include <memory>

namespace yw::gis {

// Writes a layer to a GeoPackage (.gpkg), GeoJSON (.geojson) or CSV (.csv, geometry as WKT or,
// for points, lon/lat columns) through GDAL/OGR, in EPSG:4490 (CGCS2000), so that QGIS and
// ogrinfo read it with the right coordinate system.
class LayerWriter
{
public:
    LayerWriter();
    ~LayerWriter();

    enum class Target {
        NewFile,    // the file must not exist
        AddToFile   // a GeoPackage that exists gets one more layer (one file for a whole project)
    };

    // Creates the file (or the layer in it) with the schema's fields; rows then come one by one,
    // so that millions need not be held in memory.
    yw::core::Status open(const QString &path, const FeatureTable &schema,
                          Target target = Target::NewFile);
    yw::core::Status add(const FeatureTable::Row &row);
    // Commits and closes the file.
    yw::core::Status close();
    qint64 written() const { return m_written; }

    static QString driverFor(const QString &path);

private:
    struct Private;
    std::unique_ptr<Private> d;
    qint64 m_written = 0;
};

} // namespace yw::gis
