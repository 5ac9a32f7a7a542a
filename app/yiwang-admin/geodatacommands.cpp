#include "geodatacommands.h"

#include "trainingwatermark.h"

#include "admindatabase.h"

#include "database.h"
#include "geodatarepository.h"
#include "layerreader.h"
#include "layerwriter.h"
#include "localprojection.h"
#include "locator.h"
#include "locatorloader.h"
#include "taxonomy.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace yw::admin {

using namespace yw::core;
using namespace yw::store;
using namespace yw::gis;

namespace {

// The prefecture of the demo city with a margin: coordinates outside it mean a wrong CRS.
const Box kCityExtent(Point(111.5, 27.5), Point(114.6, 28.9));


// Writes one layer of the database to a file (or, for a GeoPackage, as one more layer of it).
Result<qint64> writeLayer(Database &db, const QString &layer, const QString &out,
                          LayerWriter::Target target)
{
    auto info = GeodataRepository::layerInfo(layer);
    if (!info)
        return info.error();
    FeatureTable schema;
    schema.name = info->name;
    schema.geometryType = info->geometry == GeodataRepository::Geometry::Point
                              ? FeatureTable::GeometryType::Point
                          : info->geometry == GeodataRepository::Geometry::Polygon
                              ? FeatureTable::GeometryType::Polygon
                              : FeatureTable::GeometryType::None;
    for (int i = 0; i < info->fields.size(); ++i)
        schema.fields.push_back({info->fields[i], info->types[i] == QMetaType::LongLong
                                                      ? FeatureTable::FieldType::Integer
                                                  : info->types[i] == QMetaType::Double
                                                      ? FeatureTable::FieldType::Real
                                                      : FeatureTable::FieldType::Text});
    // From a training database every feature says so, in every format (a column, not metadata
    // that CSV and Shapefile cannot hold).
    const bool training = db.isTraining();
    if (training)
        schema.fields.push_back({QStringLiteral("training"), FeatureTable::FieldType::Text});
    LayerWriter writer;
    if (auto s = writer.open(out, schema, target); !s)
        return s.error();
    Status failed = success();
    const QString mark = yw::print::TrainingWatermark::notice();
    auto s = GeodataRepository(db).forEach(info->name, [&](const QVariantList &values,
                                                            const QString &wkt) {
        failed = writer.add(FeatureTable::Row{training ? values + QVariantList{mark} : values, wkt});
        return bool(failed);
    });
    if (!s)
        return s.error();
    if (!failed)
        return failed.error();
    if (auto c = writer.close(); !c)
        return c.error();
    return writer.written();
}

} // namespace

int GeodataCommands::fail(const QString &code, const QString &message)
{
    m_err << "yiwang-admin: " << code << ": " << message << Qt::endl;
    return 1;
}

int GeodataCommands::usage(const QString &message)
{
    m_err << "yiwang-admin: " << message << Qt::endl;
    return 2;
}

int GeodataCommands::exportLayer(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("db"), QStringLiteral("database"), QStringLiteral("location")});
    p.addOption({QStringLiteral("layer"), QStringLiteral("layer"), QStringLiteral("name")});
    p.addOption({QStringLiteral("out"), QStringLiteral("file"), QStringLiteral("file")});
    if (!p.parse(args))
        return usage(p.errorText());
    if (!p.isSet(QStringLiteral("db")) || !p.isSet(QStringLiteral("layer")) ||
        !p.isSet(QStringLiteral("out")))
        return usage(QStringLiteral("export needs --db, --layer (%1, or several with commas into "
                                    "one .gpkg) and --out")
                         .arg(GeodataRepository::layers().join(QLatin1Char('|'))));
    const QStringList layers = p.value(QStringLiteral("layer")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const QString out = p.value(QStringLiteral("out"));
    for (const QString &layer : layers)
        if (auto info = GeodataRepository::layerInfo(layer); !info)
            return usage(info.error().message);
    if (layers.size() > 1 && LayerWriter::driverFor(out) != QLatin1String("GPKG"))
        return usage(QStringLiteral("several layers go into one GeoPackage (.gpkg) only"));
    if (QFileInfo::exists(out))
        return fail(Error::codeName(Error::Code::InvalidInput),
                    QStringLiteral("%1 exists; choose a new file").arg(out));
    auto db = openAdminDatabase(p.value(QStringLiteral("db")), Database::OpenMode::Existing);
    if (!db)
        return fail(Error::codeName(db.error().code), db.error().message);
    return writeLayers(*db.value(), layers, out);
}

int GeodataCommands::writeLayers(Database &db, const QStringList &layers, const QString &out)
{
    for (const QString &layer : layers) {
        QElapsedTimer t;
        t.start();
        auto n = writeLayer(db, layer, out, LayerWriter::Target::AddToFile);
        if (!n)
            return fail(Error::codeName(n.error().code), n.error().message);
        m_out << "exported " << n.value() << " features of " << layer << " to " << out
              << " (EPSG:4490) in " << t.elapsed() / 1000.0 << " s" << Qt::endl;
    }
    return 0;
}

int GeodataCommands::qgisProject(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("db"), QStringLiteral("database"), QStringLiteral("location")});
    p.addOption({QStringLiteral("out"), QStringLiteral("folder"), QStringLiteral("folder")});
    if (!p.parse(args))
        return usage(p.errorText());
    if (!p.isSet(QStringLiteral("db")) || !p.isSet(QStringLiteral("out")))
        return usage(QStringLiteral("qgis-project needs --db and --out (a new or empty folder)"));
    const QDir dir(p.value(QStringLiteral("out")));
    const QString gpkg = dir.filePath(QStringLiteral("yiwang-city.gpkg"));
    const QString qgs = dir.filePath(QStringLiteral("yiwang-city.qgs"));
    if (QFileInfo::exists(gpkg) || QFileInfo::exists(qgs))
        return fail(Error::codeName(Error::Code::InvalidInput),
                    QStringLiteral("%1 holds a project already; choose a new folder")
                        .arg(dir.path()));
    if (!QDir().mkpath(dir.path()))
        return fail(Error::codeName(Error::Code::InvalidInput),
                    QStringLiteral("cannot create %1").arg(dir.path()));
    auto db = openAdminDatabase(p.value(QStringLiteral("db")), Database::OpenMode::Existing);
    if (!db)
        return fail(Error::codeName(db.error().code), db.error().message);
    // The layers the project styles; it refers to them as ./yiwang-city.gpkg|layername=...
    const QStringList layers = {QStringLiteral("districts"), QStringLiteral("streets"),
                                QStringLiteral("communities"), QStringLiteral("grids"),
                                QStringLiteral("components")};
    if (int rc = writeLayers(*db.value(), layers, gpkg); rc != 0)
        return rc;
    QFile project(QStringLiteral(":/yiwang/qgis/yiwang-city.qgs"));
    if (!project.open(QIODevice::ReadOnly) || !project.copy(qgs))
        return fail(Error::codeName(Error::Code::Internal),
                    QStringLiteral("cannot write %1: %2").arg(qgs, project.errorString()));
    QFile::setPermissions(qgs, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                   QFile::ReadOther);
    m_out << "wrote " << qgs << "; serve it on this machine with\n  qgis_mapserver -p " << qgs
          << " 127.0.0.1:8081\nand add it to the one map as a WMS layer (docs/USER_GUIDE.md)"
          << Qt::endl;
    return 0;
}

Status GeodataCommands::checkGrids(const FeatureTable &table,
                                   const GeodataRepository &repo,
                                   std::vector<LayerReader::Issue> &issues,
                                   std::vector<GeodataRepository::AreaShape> &newGrids)
{
    // Each grid's code and shape, then against the database: its community known, the code new.
    const LocalProjection proj(113.0, 28.2);
    QSet<QString> seen;
    QStringList keys;
    for (size_t i = 0; i < table.rows.size(); ++i) {
        const auto &row = table.rows[i];
        const qint64 n = qint64(i) + 1;
        const QString code = row.values.value(0).toString().trimmed();
        MultiPolygon shape;
        if (code.size() != 15 ||
            !std::all_of(code.begin(), code.end(), [](QChar c) { return c.isDigit(); }))
            issues.push_back(
                {n, QStringLiteral("grid code '%1' is not 15 digits").arg(code)});
        else if (seen.contains(code))
            issues.push_back(
                {n, QStringLiteral("grid code %1 appears twice in the file").arg(code)});
        seen.insert(code);
        keys << code;
        if (!row.wkt.isEmpty() && !fromWkt(row.wkt, shape))
            issues.push_back({n, QStringLiteral("not a polygon")});
        else if (!row.wkt.isEmpty() &&
                 !bg::covered_by(bg::return_envelope<Box>(shape), kCityExtent))
            issues.push_back(
                {n, QStringLiteral("lies outside the city (a wrong coordinate system?)")});
        GeodataRepository::AreaShape g;
        g.code = code;
        g.name = row.values.value(1).toString();
        g.wkt = row.wkt;
        if (!shape.empty()) {
            const Box b = bg::return_envelope<Box>(shape);
            g.minLon = b.min_corner().x();
            g.minLat = b.min_corner().y();
            g.maxLon = b.max_corner().x();
            g.maxLat = b.max_corner().y();
            g.areaM2 = proj.areaM2(shape);
        }
        newGrids.push_back(std::move(g));
    }
    // Every grid's community must exist, and the code must be new.
    QStringList communities;
    for (const auto &g : newGrids)
        communities << g.code.left(12);
    communities.removeDuplicates();
    auto known = repo.existingAreaCodes(communities);
    auto taken = repo.existingAreaCodes(keys);
    if (!known || !taken)
        return !known ? known.error() : taken.error();
    const QSet<QString> knownSet(known->begin(), known->end()),
        takenSet(taken->begin(), taken->end());
    for (size_t i = 0; i < newGrids.size(); ++i) {
        if (!knownSet.contains(newGrids[i].code.left(12)))
            issues.push_back(
                {qint64(i) + 1, QStringLiteral("community %1 of grid %2 is unknown")
                                    .arg(newGrids[i].code.left(12), newGrids[i].code)});
        if (takenSet.contains(newGrids[i].code))
            issues.push_back(
                {qint64(i) + 1,
                 QStringLiteral("grid %1 exists already").arg(newGrids[i].code)});
    }
    return success();
}

Status GeodataCommands::checkComponents(const FeatureTable &table,
                                        yw::store::Database &db,
                                        std::vector<LayerReader::Issue> &issues,
                                        std::vector<GeodataRepository::Component> &newComponents)
{
    // Each component's code (the taxonomy's form and class), its point in a unit grid of the
    // city, then against the database: the code new.
    QSet<QString> seen;
    QStringList keys;
    auto taxonomy = Taxonomy::forCity(QStringLiteral("changsha"));
    auto locator = yw::intake::loadLocator(db);
    if (!taxonomy || !locator)
        return !taxonomy ? taxonomy.error() : locator.error();
    if (locator->grids().size() == 0)
        return Error::make(Error::Code::InvalidInput,
                           QStringLiteral("the database has no unit grids: import grids first"));
    for (size_t i = 0; i < table.rows.size(); ++i) {
        const auto &row = table.rows[i];
        const qint64 n = qint64(i) + 1;
        GeodataRepository::Component c;
        c.id = row.values.value(0).toString().trimmed();
        c.name = row.values.value(1).toString();
        c.state = row.values.value(2).toString().isEmpty() ? QStringLiteral("完好")
                                                           : row.values.value(2).toString();
        c.initialDate = row.values.value(3).toString();
        if (auto s = taxonomy->validateComponentId(c.id); !s)
            issues.push_back({n, s.error().message});
        else if (seen.contains(c.id))
            issues.push_back(
                {n, QStringLiteral("component %1 appears twice in the file").arg(c.id)});
        seen.insert(c.id);
        keys << c.id;
        c.classCode = taxonomy->classOfComponentId(c.id);
        if (const TaxonomyClass *cls = taxonomy->find(TaxonomyKind::Component, c.classCode);
            cls && c.name.isEmpty())
            c.name = cls->nameZh;
        const QString wkt = row.wkt;
        if (!wkt.startsWith(QLatin1String("POINT"))) {
            issues.push_back({n, QStringLiteral("a component is a point, this is %1")
                                     .arg(wkt.section(QLatin1Char(' '), 0, 0))});
        } else {
            const QStringList xy = wkt.section(QLatin1Char('('), 1)
                                       .section(QLatin1Char(')'), 0, 0)
                                       .split(QLatin1Char(' '), Qt::SkipEmptyParts);
            c.lon = xy.value(0).toDouble();
            c.lat = xy.value(1).toDouble();
            const Location l = locator->locate(c.lon, c.lat);
            if (!l.isValid())
                issues.push_back({n, bg::within(Point(c.lon, c.lat), kCityExtent)
                                         ? QStringLiteral("(%1, %2) lies in no unit grid")
                                               .arg(c.lon)
                                               .arg(c.lat)
                                         : QStringLiteral("(%1, %2) lies outside the city "
                                                          "(a wrong coordinate system?)")
                                               .arg(c.lon)
                                               .arg(c.lat)});
            c.gridCode = l.gridCode;
        }
        newComponents.push_back(std::move(c));
    }
    auto taken = GeodataRepository(db).existingComponentIds(keys);
    if (!taken)
        return taken.error();
    for (const QString &id : taken.value())
        issues.push_back({0, QStringLiteral("component %1 exists already").arg(id)});
    return success();
}

void GeodataCommands::reportProblems(const QString &file,
                                     const std::vector<LayerReader::Issue> &issues)
{
    m_err << "yiwang-admin: " << file << ": " << issues.size()
          << " problem(s); nothing was imported"
          << "\n";
    int shown = 0;
    for (const auto &i : issues) {
        if (++shown > 50) {
            m_err << "  … and " << issues.size() - 50 << " more\n";
            break;
        }
        m_err << "  " << (i.feature > 0 ? QStringLiteral("feature %1: ").arg(i.feature) : QString())
              << i.message << "\n";
    }
    m_err << Qt::flush;
}

int GeodataCommands::importLayer(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("layer"), QStringLiteral("grids or components"));
    p.addPositionalArgument(QStringLiteral("file"),
                            QStringLiteral("GeoPackage, Shapefile, GeoJSON or CSV"));
    p.addOption({QStringLiteral("db"), QStringLiteral("database"), QStringLiteral("location")});
    p.addOption({QStringLiteral("crs"), QStringLiteral("source CRS"), QStringLiteral("crs")});
    p.addOption({QStringLiteral("map"), QStringLiteral("field=column"), QStringLiteral("mapping")});
    if (!p.parse(args))
        return usage(p.errorText());
    if (p.positionalArguments().size() != 2 || !p.isSet(QStringLiteral("db")))
        return usage(QStringLiteral(
            "usage: import <grids|components> <file> --db D [--crs EPSG:n] [--map field=column]"));
    const QString layer = p.positionalArguments().at(0), file = p.positionalArguments().at(1);
    if (layer != QLatin1String("grids") && layer != QLatin1String("components"))
        return usage(
            QStringLiteral("import takes the layers grids and components, not '%1'").arg(layer));
    LayerReader::Options options;
    options.crs = p.value(QStringLiteral("crs"));
    for (const QString &m : p.values(QStringLiteral("map"))) {
        const QString ours = m.section(QLatin1Char('='), 0, 0),
                      theirs = m.section(QLatin1Char('='), 1);
        if (ours.isEmpty() || theirs.isEmpty())
            return usage(QStringLiteral("--map takes field=column, not '%1'").arg(m));
        options.map.insert(ours, theirs);
    }
    auto db = openAdminDatabase(p.value(QStringLiteral("db")), Database::OpenMode::Existing);
    if (!db)
        return fail(Error::codeName(db.error().code), db.error().message);
    QElapsedTimer t;
    t.start();
    const bool grids = layer == QLatin1String("grids");
    const QStringList fields =
        grids ? QStringList{QStringLiteral("code"), QStringLiteral("name")}
              : QStringList{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("state"),
                            QStringLiteral("initial_date")};
    std::vector<LayerReader::Issue> issues;
    auto table = LayerReader::read(file, fields, options, issues);
    if (!table)
        return fail(Error::codeName(table.error().code), table.error().message);
    GeodataRepository repo(*db.value());
    std::vector<GeodataRepository::AreaShape> newGrids;
    std::vector<GeodataRepository::Component> newComponents;
    const bool fileReadable =
        std::none_of(issues.begin(), issues.end(), [](const auto &i) { return i.feature == 0; });
    // Every feature is checked even when some geometry is bad: the report lists all problems
    // at once.
    if (fileReadable) {
        const Status checked = grids ? checkGrids(table.value(), repo, issues, newGrids)
                                     : checkComponents(table.value(), *db.value(), issues,
                                                       newComponents);
        if (!checked)
            return fail(Error::codeName(checked.error().code), checked.error().message);
    }
    if (!issues.empty()) {
        reportProblems(file, issues);
        return 1;
    }
    const Status written = db.value()->transaction([&]() -> Status {
        return grids ? repo.addUnitGrids(newGrids) : repo.addComponents(newComponents);
    });
    if (!written)
        return fail(Error::codeName(written.error().code), written.error().message);
    const qint64 n = qint64(grids ? newGrids.size() : newComponents.size());
    m_out << "imported " << n << " " << layer << " from " << file << " in " << t.elapsed() / 1000.0
          << " s (" << qint64(n / std::max(0.001, t.elapsed() / 1000.0)) << " per second)"
          << Qt::endl;
    return 0;
}

int GeodataCommands::locate(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("db"), QStringLiteral("database"), QStringLiteral("location")});
    p.addPositionalArgument(QStringLiteral("lon"), QStringLiteral("longitude"));
    p.addPositionalArgument(QStringLiteral("lat"), QStringLiteral("latitude"));
    if (!p.parse(args) || p.positionalArguments().size() != 2 || !p.isSet(QStringLiteral("db")))
        return usage(QStringLiteral("usage: locate --db D <lon> <lat>"));
    bool okX = false, okY = false;
    const double lon = p.positionalArguments().at(0).toDouble(&okX),
                 lat = p.positionalArguments().at(1).toDouble(&okY);
    if (!okX || !okY)
        return usage(QStringLiteral("locate takes two numbers: longitude and latitude"));
    auto db = openAdminDatabase(p.value(QStringLiteral("db")), Database::OpenMode::Existing);
    if (!db)
        return fail(Error::codeName(db.error().code), db.error().message);
    auto locator = yw::intake::loadLocator(*db.value());
    if (!locator)
        return fail(Error::codeName(locator.error().code), locator.error().message);
    const Location l = locator->locate(lon, lat);
    if (!l.isValid())
        return fail(QStringLiteral("not-found"),
                    QStringLiteral("(%1, %2) lies in no unit grid").arg(lon).arg(lat));
    m_out << "grid " << l.gridCode << "\ncommunity " << l.communityCode << "\nstreet "
          << l.streetCode << "\ndistrict " << l.districtCode << Qt::endl;
    return 0;
}

} // namespace yw::admin
