#include "layerwriter.h"

#include <QFile>
#include <QFileInfo>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <memory>

namespace yw::gis {

using namespace yw::core;

QString LayerWriter::driverFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("gpkg"))
        return QStringLiteral("GPKG");
    if (suffix == QLatin1String("geojson") || suffix == QLatin1String("json"))
        return QStringLiteral("GeoJSON");
    if (suffix == QLatin1String("csv"))
        return QStringLiteral("CSV");
    if (suffix == QLatin1String("shp"))
        return QStringLiteral("ESRI Shapefile");
    return {};
}

struct LayerWriter::Private
{
    QString path;
    FeatureTable schema;
    std::unique_ptr<GDALDataset> ds;
    OGRLayer *layer = nullptr;
    OGRSpatialReference srs;
    OGRwkbGeometryType type = wkbUnknown;
    bool transactions = false;
};

LayerWriter::LayerWriter() = default;

LayerWriter::~LayerWriter()
{
    if (d && d->ds)
        close();
}

Status LayerWriter::open(const QString &path, const FeatureTable &schema, Target target)
{
    GDALAllRegister();
    d = std::make_unique<Private>();
    d->path = path;
    d->schema = schema;
    m_written = 0;
    const QString driverName = driverFor(path);
    if (driverName.isEmpty())
        return Error::make(
            Error::Code::InvalidInput,
            QStringLiteral("%1: unknown format (use .gpkg, .geojson, .csv or .shp)").arg(path));
    const bool adding = target == Target::AddToFile && QFileInfo::exists(path);
    if (adding) {
        if (driverName != QLatin1String("GPKG"))
            return Error::make(Error::Code::InvalidInput,
                               QStringLiteral("%1: only a GeoPackage holds several layers").arg(path));
        d->ds.reset(GDALDataset::Open(QFile::encodeName(path).constData(),
                                      GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr, nullptr, nullptr));
        if (d->ds && d->ds->GetLayerByName(schema.name.toUtf8().constData()))
            return Error::make(Error::Code::InvalidInput,
                               QStringLiteral("%1 has a layer %2 already").arg(path, schema.name));
    } else {
        if (QFileInfo::exists(path))
            return Error::make(Error::Code::InvalidInput,
                               QStringLiteral("%1 exists; choose a new file").arg(path));
        GDALDriver *driver =
            GetGDALDriverManager()->GetDriverByName(driverName.toLatin1().constData());
        if (!driver)
            return Error::make(Error::Code::Internal,
                               QStringLiteral("GDAL has no %1 driver").arg(driverName));
        d->ds.reset(
            driver->Create(QFile::encodeName(path).constData(), 0, 0, 0, GDT_Unknown, nullptr));
    }
    if (!d->ds)
        return Error::make(
            Error::Code::InvalidInput,
            QStringLiteral("%1: %2").arg(path, QString::fromUtf8(CPLGetLastErrorMsg())));
    d->srs.importFromEPSG(4490);
    d->srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    d->type = schema.geometryType == FeatureTable::GeometryType::Point     ? wkbPoint
              : schema.geometryType == FeatureTable::GeometryType::Polygon ? wkbMultiPolygon
                                                                           : wkbNone;
    char **options = nullptr;
    if (driverName == QLatin1String("CSV"))
        options = CSLSetNameValue(options, "GEOMETRY", d->type == wkbPoint ? "AS_XY" : "AS_WKT");
    if (driverName == QLatin1String("GeoJSON"))
        options =
            CSLSetNameValue(options, "RFC7946", "NO"); // keep EPSG:4490 rather than forcing WGS84
    d->layer = d->ds->CreateLayer(schema.name.toUtf8().constData(),
                                  d->type == wkbNone ? nullptr : &d->srs, d->type, options);
    CSLDestroy(options);
    if (!d->layer)
        return Error::make(Error::Code::Internal,
                           QStringLiteral("%1: cannot create layer %2: %3")
                               .arg(path, schema.name, QString::fromUtf8(CPLGetLastErrorMsg())));
    for (const FeatureTable::Field &f : schema.fields) {
        OGRFieldDefn defn(f.name.toUtf8().constData(),
                          f.type == FeatureTable::FieldType::Integer ? OFTInteger64
                          : f.type == FeatureTable::FieldType::Real  ? OFTReal
                                                                     : OFTString);
        if (d->layer->CreateField(&defn) != OGRERR_NONE)
            return Error::make(Error::Code::Internal,
                               QStringLiteral("%1: cannot create field %2").arg(path, f.name));
    }
    d->transactions = d->ds->TestCapability(ODsCTransactions);
    if (d->transactions)
        d->ds->StartTransaction();
    return success();
}

Status LayerWriter::add(const FeatureTable::Row &row)
{
    if (!d || !d->layer)
        return Error::make(Error::Code::Internal, QStringLiteral("the layer file is not open"));
    OGRFeature feature(d->layer->GetLayerDefn());
    for (int i = 0; i < int(d->schema.fields.size()) && i < row.values.size(); ++i) {
        const QVariant &v = row.values.at(i);
        if (v.isNull())
            continue;
        switch (d->schema.fields[size_t(i)].type) {
        case FeatureTable::FieldType::Integer:
            feature.SetField(i, GIntBig(v.toLongLong()));
            break;
        case FeatureTable::FieldType::Real:
            feature.SetField(i, v.toDouble());
            break;
        case FeatureTable::FieldType::Text:
            feature.SetField(i, v.toString().toUtf8().constData());
            break;
        }
    }
    if (d->type != wkbNone && !row.wkt.isEmpty()) {
        OGRGeometry *g = nullptr;
        const QByteArray wkt = row.wkt.toLatin1();
        if (OGRGeometryFactory::createFromWkt(wkt.constData(), &d->srs, &g) != OGRERR_NONE || !g)
            return Error::make(
                Error::Code::Internal,
                QStringLiteral("%1: bad geometry in row %2").arg(d->path).arg(m_written + 1));
        if (d->type == wkbMultiPolygon && wkbFlatten(g->getGeometryType()) == wkbPolygon)
            g = OGRGeometryFactory::forceToMultiPolygon(g);
        feature.SetGeometryDirectly(g);
    }
    if (d->layer->CreateFeature(&feature) != OGRERR_NONE)
        return Error::make(Error::Code::Internal,
                           QStringLiteral("%1: cannot write row %2: %3")
                               .arg(d->path)
                               .arg(m_written + 1)
                               .arg(QString::fromUtf8(CPLGetLastErrorMsg())));
    ++m_written;
    if (d->transactions && m_written % 100000 == 0) {
        d->ds->CommitTransaction();
        d->ds->StartTransaction();
    }
    return success();
}

Status LayerWriter::close()
{
    if (!d || !d->ds)
        return success();
    Status s = success();
    if (d->transactions && d->ds->CommitTransaction() != OGRERR_NONE)
        s = Error::make(Error::Code::Internal, QStringLiteral("%1: cannot commit").arg(d->path));
    d->ds.reset(); // GDALClose: flushes and writes the file's metadata
    return s;
}

} // namespace yw::gis
