// Benchmarks of the GIS pipeline on the full-scale demo city (tests/bench/run gis):
//   demo_full_s              seconds to generate the full demo city into SQLite
//   locate_per_s             point → unit grid look-ups per second, one thread
//   postgis_per_s            the same points through PostGIS ST_Contains with a GiST index
//   locate_vs_postgis        the ratio of the two
//   import_components_per_s  `yiwang-admin import components` of the city's ~2.9 M components
//                            from a GeoPackage, validation included
#include "democitybuilder.h"
#include "geodatarepository.h"
#include "locator.h"
#include "pgcluster.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>

#include <random>

using namespace yw;

namespace {

QTextStream out(stdout);
QTextStream err(stderr);

void figure(const char *name, double value, int decimals = 1)
{
    out << name << ": " << QString::number(value, 'f', decimals) << Qt::endl;
}

int runAdmin(const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(QStringLiteral(YIWANG_ADMIN_BIN), args);
    p.waitForFinished(-1);
    err << p.readAllStandardOutput();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir tmp;
    const QString dbPath = tmp.filePath(QStringLiteral("city.sqlite"));

    // 1. The full demo city.
    err << "generating the full demo city..." << Qt::endl;
    auto db = store::Database::open(store::DatabaseLocation::sqliteFile(dbPath),
                                    store::Database::OpenMode::CreateIfMissing);
    if (!db) {
        err << db.error().message << Qt::endl;
        return 1;
    }
    demo::DemoCityBuilder::Options o;
    o.scale = demo::DemoScale::full();
    o.end = QDateTime(QDate(2026, 11, 21), QTime(0, 0), QTimeZone(8 * 3600));
    QElapsedTimer t;
    t.start();
    auto sum = demo::DemoCityBuilder::build(*db.value(), o, {});
    if (!sum) {
        err << sum.error().message << Qt::endl;
        return 1;
    }
    figure("demo_full_s", t.elapsed() / 1000.0);
    figure("demo_full_grids", double(sum->grids), 0);
    figure("demo_full_components", double(sum->components), 0);
    figure("demo_full_cases", double(sum->cases), 0);

    // 2. The locator on the full grids.
    auto grids = store::GeodataRepository(*db.value()).unitGrids();
    if (!grids)
        return 1;
    std::vector<gis::GridCell> cells;
    for (const auto &g : grids.value()) {
        gis::GridCell c;
        c.code = g.code;
        gis::fromWkt(g.wkt, c.shape);
        cells.push_back(std::move(c));
    }
    const gis::Locator locator(cells);
    const gis::Box extent = locator.grids().extent();
    std::mt19937_64 rng(42);
    std::uniform_real_distribution<double> ux(extent.min_corner().x(), extent.max_corner().x());
    std::uniform_real_distribution<double> uy(extent.min_corner().y(), extent.max_corner().y());
    const int n = 2'000'000;
    std::vector<double> xs(n), ys(n);
    for (int i = 0; i < n; ++i) {
        xs[size_t(i)] = ux(rng);
        ys[size_t(i)] = uy(rng);
    }
    long found = 0;
    t.restart();
    for (int rep = 0; rep < 3; ++rep)
        for (int i = 0; i < n; ++i)
            found += locator.locateIndex(xs[size_t(i)], ys[size_t(i)]) >= 0;
    const double ours = 3.0 * n / (t.nsecsElapsed() / 1e9);
    figure("locate_per_s", ours, 0);
    figure("locate_hit_ratio", double(found) / (3.0 * n), 3);

    // 3. PostGIS on the same grids and the same points (the first 200,000).
    test::PgCluster cluster;
    if (const QString e = cluster.start(); !e.isEmpty()) {
        err << "PostgreSQL: " << e << Qt::endl;
        return 1;
    }
    cluster.createDatabase(QStringLiteral("bench"));
    {
        QSqlDatabase pg =
            QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("bench"));
        pg.setHostName(QStringLiteral("127.0.0.1"));
        pg.setPort(cluster.port());
        pg.setUserName(QString::fromLatin1(test::PgCluster::kUser));
        pg.setPassword(QString::fromLatin1(test::PgCluster::kPassword));
        pg.setDatabaseName(QStringLiteral("bench"));
        if (!pg.open()) {
            err << pg.lastError().text() << Qt::endl;
            return 1;
        }
        QSqlQuery q(pg);
        auto exec = [&](const QString &sql) {
            if (!q.exec(sql)) {
                err << sql.left(80) << ": " << q.lastError().text() << Qt::endl;
                return false;
            }
            return true;
        };
        if (!exec(QStringLiteral("CREATE EXTENSION postgis")) ||
            !exec(QStringLiteral(
                "CREATE TABLE grids (code text PRIMARY KEY, geom geometry(MultiPolygon, 4490))")) ||
            !exec(QStringLiteral(
                "CREATE TABLE pts (id int PRIMARY KEY, geom geometry(Point, 4490))")))
            return 1;
        pg.transaction();
        for (size_t i = 0; i < grids->size(); i += 500) {
            QStringList values;
            for (size_t j = i; j < std::min(grids->size(), i + 500); ++j)
                values << QStringLiteral("('%1', ST_Multi(ST_GeomFromText('%2', 4490)))")
                              .arg(grids->at(j).code, grids->at(j).wkt);
            if (!exec(QStringLiteral("INSERT INTO grids VALUES ") + values.join(QLatin1Char(','))))
                return 1;
        }
        const int m = 200'000;
        for (int i = 0; i < m; i += 2000) {
            QStringList values;
            for (int j = i; j < std::min(m, i + 2000); ++j)
                values << QStringLiteral("(%1, ST_SetSRID(ST_MakePoint(%2, %3), 4490))")
                              .arg(j)
                              .arg(xs[size_t(j)], 0, 'f', 9)
                              .arg(ys[size_t(j)], 0, 'f', 9);
            if (!exec(QStringLiteral("INSERT INTO pts VALUES ") + values.join(QLatin1Char(','))))
                return 1;
        }
        pg.commit();
        exec(QStringLiteral("CREATE INDEX grids_geom ON grids USING gist (geom)"));
        exec(QStringLiteral("CREATE INDEX pts_geom ON pts USING gist (geom)"));
        exec(QStringLiteral("ANALYZE"));
        // The planner's own plan for "which grid holds each point".
        t.restart();
        if (!exec(QStringLiteral(
                "SELECT COUNT(*) FROM pts p JOIN grids g ON ST_Contains(g.geom, p.geom)")) ||
            !q.next())
            return 1;
        const double postgis = m / (t.nsecsElapsed() / 1e9);
        const long pgFound = q.value(0).toLongLong();
        long ourFound = 0;
        for (int i = 0; i < m; ++i)
            ourFound += locator.locateIndex(xs[size_t(i)], ys[size_t(i)]) >= 0;
        figure("postgis_per_s", postgis, 0);
        figure("locate_vs_postgis", ours / postgis, 1);
        figure("postgis_same_answers", pgFound == ourFound ? 1 : 0, 0);
        q.finish();
        pg.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench"));
    cluster.stop();

    // 4. Importing the city's components from a GeoPackage into a database that has its grids.
    db.value().reset();
    const QString gridsFile = tmp.filePath(QStringLiteral("grids.gpkg"));
    const QString compsFile = tmp.filePath(QStringLiteral("components.gpkg"));
    const QString target = tmp.filePath(QStringLiteral("import.sqlite"));
    if (runAdmin({"export", "--db", dbPath, "--layer", "grids", "--out", gridsFile}) != 0 ||
        runAdmin({"export", "--db", dbPath, "--layer", "components", "--out", compsFile}) != 0 ||
        runAdmin({"migrate", "--db", target}) != 0 ||
        runAdmin({"import", "grids", gridsFile, "--db", target}) != 0)
        return 1;
    t.restart();
    if (runAdmin({"import", "components", compsFile, "--db", target}) != 0)
        return 1;
    figure("import_components_per_s", double(sum->components) / (t.elapsed() / 1000.0), 0);
    return 0;
}
