#include "layerreader.h"

#include "gcj02.h"
#include "geometry.h"
#include "geosoperations.h"

#include <QFile>
#include <QFileInfo>

#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <memory>

namespace yw::gis {

using namespace yw::core;

namespace {
// Shifts GCJ-02 longitude/latitude back to WGS84, in place (OGR applies it vertex by vertex).
class Gcj02Undo : public OGRCoordinateTransformation
{
public:
    explicit Gcj02Undo(OGRSpatialReference *wgs84)
        : m_cs(wgs84)
    {}
    OGRSpatialReference *GetSourceCS() override { return m_cs; }
    OGRSpatialReference *GetTargetCS() override { return m_cs; }
    int Transform(int n, double *x, double *y, double *, double *, int *ok) override
    {
        for (int i = 0; i < n; ++i) {
            Gcj02::toWgs84(x[i], y[i], x[i], y[i]);
            if (ok)
                ok[i] = TRUE;
        }
        return TRUE;
    }
    OGRCoordinateTransformation *Clone() const override { return new Gcj02Undo(m_cs); }
    OGRCoordinateTransformation *GetInverse() const override { return nullptr; }

private:
    OGRSpatialReference *m_cs;
};
} // namespace

Result<FeatureTable> LayerReader::read(const QString &path, const QStringList &wantedFields,
                                       const Options &options, std::vector<Issue> &issues)
{
    GDALAllRegister();
    if (!QFileInfo::exists(path))
        return Error::make(Error::Code::NotFound, QStringLiteral("%1 does not exist").arg(path));
    const char *const csvOptions[] = {"X_POSSIBLE_NAMES=lon,longitude,x,point_x,pointx",
                                      "Y_POSSIBLE_NAMES=lat,latitude,y,point_y,pointy",
                                      "GEOM_POSSIBLE_NAMES=wkt,geometry,shape",
                                      "KEEP_GEOM_COLUMNS=NO", nullptr};
    std::unique_ptr<GDALDataset> ds(static_cast<GDALDataset *>(
        GDALOpenEx(QFile::encodeName(path).constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr,
                   QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0
                       ? csvOptions
                       : nullptr,
                   nullptr)));
    if (!ds || ds->GetLayerCount() < 1)
        return Error::make(Error::Code::InvalidInput,
                           QStringLiteral("%1 is not a vector layer that GDAL can read (%2)")
                               .arg(path, QString::fromUtf8(CPLGetLastErrorMsg()).left(200)));
    OGRLayer *layer = ds->GetLayer(0);

    // The source coordinate system: the file's, or the one given. GCJ-02 (Chinese web maps) is
    // longitude/latitude with a published shift, undone here after reading as WGS84.
    OGRSpatialReference source;
    const bool gcj02 = options.crs.compare(QLatin1String("GCJ02"), Qt::CaseInsensitive) == 0 ||
                       options.crs.compare(QLatin1String("GCJ-02"), Qt::CaseInsensitive) == 0;
    if (gcj02) {
        source.importFromEPSG(4326);
    } else if (!options.crs.isEmpty()) {
        if (source.SetFromUserInput(options.crs.toUtf8().constData()) != OGRERR_NONE)
            return Error::make(Error::Code::InvalidInput,
                               QStringLiteral("unknown coordinate system '%1'").arg(options.crs));
    } else if (const OGRSpatialReference *s = layer->GetSpatialRef()) {
        source = *s;
    } else {
        return Error::make(
            Error::Code::InvalidInput,
            QStringLiteral(
                "%1 does not say its coordinate system: give it with --crs (e.g. --crs EPSG:4490 "
                "for CGCS2000 longitude/latitude, EPSG:4549 for CGCS2000 3-degree Gauss-Krüger "
                "zone 38 (Changsha)")
                .arg(path));
    }
    source.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    OGRSpatialReference target;
    target.importFromEPSG(4490);
    target.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::unique_ptr<OGRCoordinateTransformation> transform(
        OGRCreateCoordinateTransformation(&source, &target));
    if (!transform)
        return Error::make(Error::Code::InvalidInput,
                           QStringLiteral("no transformation from %1 to EPSG:4490")
                               .arg(QString::fromUtf8(source.GetName())));

    Gcj02Undo gcjToWgs(&source);
    FeatureTable table;
    table.name = QString::fromUtf8(layer->GetName());
    const OGRwkbGeometryType gtype = wkbFlatten(layer->GetGeomType());
    table.geometryType = gtype == wkbPoint ? FeatureTable::GeometryType::Point
                         : (gtype == wkbPolygon || gtype == wkbMultiPolygon)
                             ? FeatureTable::GeometryType::Polygon
                             : FeatureTable::GeometryType::None;
    OGRFeatureDefn *defn = layer->GetLayerDefn();
    std::vector<int> columns;
    for (const QString &f : wantedFields) {
        const QString column = options.map.value(f, f);
        const int idx = defn->GetFieldIndex(column.toUtf8().constData());
        if (idx < 0)
            issues.push_back(
                {0,
                 QStringLiteral("missing field '%1'%2")
                     .arg(column, column == f ? QString() : QStringLiteral(" (for %1)").arg(f))});
        columns.push_back(idx);
        table.fields.push_back({f, FeatureTable::FieldType::Text});
    }
    if (!issues.empty())
        return table;

    qint64 n = 0;
    for (auto &feature : *layer) {
        ++n;
        FeatureTable::Row row;
        for (int idx : columns)
            row.values << (feature->IsFieldSetAndNotNull(idx)
                               ? QVariant(QString::fromUtf8(feature->GetFieldAsString(idx)))
                               : QVariant());
        OGRGeometry *g = feature->GetGeometryRef();
        if (!g || g->IsEmpty()) {
            issues.push_back({n, QStringLiteral("no geometry")});
        } else {
            std::unique_ptr<OGRGeometry> copy(g->clone());
            if (gcj02)
                copy->transform(&gcjToWgs);
            if (copy->transform(transform.get()) != OGRERR_NONE) {
                issues.push_back(
                    {n, QStringLiteral("the coordinates cannot be transformed to EPSG:4490")});
            } else {
                char *wkt = nullptr;
                copy->exportToWkt(&wkt);
                row.wkt = QString::fromLatin1(wkt);
                CPLFree(wkt);
                const OGRwkbGeometryType t = wkbFlatten(copy->getGeometryType());
                if (t == wkbPolygon || t == wkbMultiPolygon) {
                    MultiPolygon mp;
                    if (!fromWkt(row.wkt, mp))
                        issues.push_back({n, QStringLiteral("unreadable polygon")});
                    else if (const QString why = GeosOperations::invalidReason(mp); !why.isEmpty())
                        issues.push_back({n, QStringLiteral("invalid geometry: %1").arg(why)});
                }
            }
        }
        table.rows.push_back(std::move(row));
    }
    return table;
}

} // namespace yw::gis
