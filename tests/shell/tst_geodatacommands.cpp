// yiwang-admin export / import / locate as processes: an exported GeoPackage reads back with
// ogrinfo in EPSG:4490 with the right count; a round trip into a new database; and bad files
// (no CRS, wrong CRS, self-intersection, duplicate codes, not a layer at all) rejected with a
// report, a non-zero exit and nothing imported.
#include "gcj02.h"
#include "testbackend.h"

#include <QFile>
#include "programrun.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

namespace {

using Run = yw::test::ProgramRun;

Run admin(const QStringList &args, int timeoutMs = 300000)
{
    return yw::test::runProgram(QStringLiteral(YIWANG_ADMIN_BIN), args, timeoutMs);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

class TestGeodataCommands : public QObject
{
    Q_OBJECT
    yw::test::TestBackend m_backend;
    QString m_demo; // a small demo city (SQLite), the source of the layers

    QString freshMigrated()
    {
        const QString db = m_backend.freshSpec();
        const Run r = admin({"migrate", "--db", db});
        return r.code == 0 ? db : QString();
    }
    int gridCount(const QString &db)
    {
        const Run r = admin({"check", "--db", db});
        for (const QString &line : r.out.split('\n'))
            if (line.trimmed().startsWith("areas:"))
                return line.section(':', 1).trimmed().toInt();
        return -1;
    }

private slots:
    void initTestCase()
    {
        const QString err = m_backend.setUp();
        QVERIFY2(err.isEmpty(), qPrintable(err));
        m_demo = m_backend.tempPath("demo.sqlite");
        const Run r = admin(
            {"demo", "--out", m_demo, "--scale", "small", "--seed", "3", "--end", "2026-11-20"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains("unit grids:"));
    }
    void cleanupTestCase() { m_backend.tearDown(); }

    void exportReadsBackWithOgrinfo()
    {
        const QString gpkg = m_backend.tempPath(m_backend.name() + "-grids.gpkg");
        Run r = admin({"export", "--db", m_demo, "--layer", "grids", "--out", gpkg});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const int exported = r.out.section("exported ", 1).section(' ', 0, 0).toInt();
        QVERIFY(exported > 2800);
        r = admin({"export", "--db", m_demo, "--layer", "grids", "--out", gpkg});
        QCOMPARE(r.code, 1); // never overwrites
        const QString ogrinfo = QStandardPaths::findExecutable("ogrinfo");
        QVERIFY2(!ogrinfo.isEmpty(), "ogrinfo is missing: install gdal-bin (scripts/setup.sh does)");
        QProcess p;
        p.start(ogrinfo, {"-so", gpkg, "grids"});
        QVERIFY(p.waitForFinished());
        const QString info = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(info.contains(QStringLiteral("Feature Count: %1").arg(exported)),
                 qPrintable(info));
        QVERIFY2(info.contains("China Geodetic Coordinate System 2000") &&
                     info.contains("ID[\"EPSG\",4490]"),
                 qPrintable(info));
        for (const char *layer :
             {"components", "cases", "devices", "responsibility", "communities"}) {
            const QString out = m_backend.tempPath(m_backend.name() + "-" + layer + ".geojson");
            r = admin({"export", "--db", m_demo, "--layer", layer, "--out", out});
            QVERIFY2(r.code == 0, qPrintable(r.err));
        }
        r = admin(
            {"export", "--db", m_demo, "--layer", "rivers", "--out", m_backend.tempPath("x.gpkg")});
        QCOMPARE(r.code, 2);
    }

    // Several layers into one GeoPackage, and the QGIS project beside them.
    void severalLayersAndTheQgisProject()
    {
        const QString gpkg = m_backend.tempPath(m_backend.name() + "-areas.gpkg");
        Run r = admin({"export", "--db", m_demo, "--layer", "districts,streets", "--out", gpkg});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out.count("exported "), 2);
        r = admin({"export", "--db", m_demo, "--layer", "districts,streets", "--out",
                   m_backend.tempPath("areas.geojson")});
        QCOMPARE(r.code, 2); // one layer per GeoJSON file
        const QString dir = m_backend.tempPath(m_backend.name() + "-qgis");
        r = admin({"qgis-project", "--db", m_demo, "--out", dir});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QProcess p;
        p.start(QStandardPaths::findExecutable("ogrinfo"), {"-q", dir + "/yiwang-city.gpkg"});
        QVERIFY(p.waitForFinished());
        const QString layers = QString::fromUtf8(p.readAllStandardOutput());
        // Every layer the project names is in the GeoPackage.
        QFile qgs(dir + "/yiwang-city.qgs");
        QVERIFY(qgs.open(QIODevice::ReadOnly));
        const QString project = QString::fromUtf8(qgs.readAll());
        int named = 0;
        for (const char *layer : {"districts", "streets", "communities", "grids", "components"}) {
            QVERIFY2(layers.contains(QStringLiteral(": %1 (").arg(layer)), qPrintable(layers));
            named += project.contains(QStringLiteral("./yiwang-city.gpkg|layername=%1<").arg(layer));
        }
        QCOMPARE(named, 5);
        r = admin({"qgis-project", "--db", m_demo, "--out", dir});
        QCOMPARE(r.code, 1); // never over a project that is there
    }

    void roundTripIntoANewDatabase()
    {
        const QString gpkg = m_backend.tempPath(m_backend.name() + "-rt-grids.gpkg");
        const QString comps = m_backend.tempPath(m_backend.name() + "-rt-components.gpkg");
        QCOMPARE(admin({"export", "--db", m_demo, "--layer", "grids", "--out", gpkg}).code, 0);
        QCOMPARE(admin({"export", "--db", m_demo, "--layer", "components", "--out", comps}).code,
                 0);
        const QString db = freshMigrated();
        QVERIFY(!db.isEmpty());
        // Components need grids first.
        Run r = admin({"import", "components", comps, "--db", db});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("import grids first"), qPrintable(r.err));
        r = admin({"import", "grids", gpkg, "--db", db});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = admin({"import", "components", comps, "--db", db});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains("per second"));
        // Again: every one exists already, nothing changes.
        const int before = gridCount(db);
        r = admin({"import", "grids", gpkg, "--db", db});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("exists already"));
        QCOMPARE(gridCount(db), before);
        // A Shapefile of the same grids reads back too (all exist already: refused whole, nothing written).
        const QString shp = m_backend.tempPath(m_backend.name() + "-rt-grids.shp");
        QCOMPARE(admin({"export", "--db", m_demo, "--layer", "grids", "--out", shp}).code, 0);
        r = admin({"import", "grids", shp, "--db", db});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("exists already") && !r.err.contains("missing field"), qPrintable(r.err.left(400)));
        QCOMPARE(gridCount(db), before);
        // The locator answers from the imported grids.
        r = admin({"locate", "--db", db, "112.98", "28.19"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains("district 4301"));
        QCOMPARE(admin({"locate", "--db", db, "100", "20"}).code, 1);
    }

    void badFilesAreRejectedWhole()
    {
        const QString db = freshMigrated();
        QVERIFY(!db.isEmpty());
        const int before = gridCount(db);
        const QString good =
            "[113.0,28.2],[113.0,28.201],[113.001,28.201],[113.001,28.2],[113.0,28.2]";
        auto feature = [](const QString &code, const QString &ring) {
            return QStringLiteral(
                       "{\"type\":\"Feature\",\"properties\":{\"code\":\"%1\",\"name\":\"t\"},"
                       "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[%2]]}}")
                .arg(code, ring);
        };
        auto collection = [](const QStringList &features) {
            return QStringLiteral("{\"type\":\"FeatureCollection\",\"features\":[%1]}")
                .arg(features.join(','))
                .toUtf8();
        };
        // A self-intersecting ring and a duplicate code; one good feature is not imported either.
        const QString bad = m_backend.tempPath("bad.geojson");
        writeFile(
            bad,
            collection(
                {feature("430102001001901", good),
                 feature(
                     "430102001001902",
                     "[113.0,28.2],[113.001,28.201],[113.001,28.2],[113.0,28.201],[113.0,28.2]"),
                 feature("430102001001901", good), feature("4301020010019", good),
                 feature("999999999999001", good)}));
        Run r = admin({"import", "grids", bad, "--db", db});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("feature 2: invalid geometry: Self-intersection"),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains("appears twice"), qPrintable(r.err));
        QVERIFY2(r.err.contains("is not 15 digits"), qPrintable(r.err));
        QVERIFY2(r.err.contains("community 999999999999 of grid 999999999999001 is unknown"),
                 qPrintable(r.err));
        QVERIFY(r.err.contains("nothing was imported"));
        QCOMPARE(gridCount(db), before);

        // Coordinates in metres declared as longitude/latitude: outside the city.
        const QString metres = m_backend.tempPath("metres.geojson");
        writeFile(metres, collection({feature("430102001001901",
                                              "[38500000,3120000],[38500000,3120100],[38500100,"
                                              "3120100],[38500100,3120000],[38500000,3120000]")}));
        r = admin({"import", "grids", metres, "--db", db, "--crs", "EPSG:4490"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("wrong coordinate system"), qPrintable(r.err));
        // The same file with its real CRS (CGCS2000 3-degree Gauss-Krüger zone 38) is fine.
        // (x 38,500,000 m is the zone's central meridian, 114°E; y 3,120,000 m is about 28.19°N.)
        r = admin({"import", "grids", metres, "--db", db, "--crs", "EPSG:4526"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(gridCount(db), before + 1);

        // A CSV of points without a CRS must say which one.
        const QString csv = m_backend.tempPath("components.csv");
        writeFile(csv, "id,lon,lat\n43010201001000001,112.98,28.19\n");
        r = admin({"import", "components", csv, "--db", db});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("--crs"), qPrintable(r.err));

        // A file that is not what its name says.
        const QString junk = m_backend.tempPath("junk.gpkg");
        writeFile(junk, "this is not a GeoPackage\n");
        r = admin({"import", "grids", junk, "--db", db});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("not a vector layer"), qPrintable(r.err));
        // Missing fields, with the mapping hint.
        const QString renamed = m_backend.tempPath("renamed.geojson");
        writeFile(renamed,
                  collection({feature("430102001001903", good).replace("\"code\"", "\"BGID\"")}));
        r = admin({"import", "grids", renamed, "--db", db});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("missing field 'code'"), qPrintable(r.err));
        r = admin({"import", "grids", renamed, "--db", db, "--map", "code=BGID"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(gridCount(db), before + 2);

        // A grid drawn on a Chinese web map (GCJ-02): shifted back, it lands where it belongs.
        QStringList ring;
        for (auto [x, y] : {std::pair{113.01, 28.21},
                            {113.01, 28.2115},
                            {113.0115, 28.2115},
                            {113.0115, 28.21},
                            {113.01, 28.21}}) {
            double gx = 0, gy = 0;
            yw::gis::Gcj02::fromWgs84(x, y, gx, gy);
            ring << QStringLiteral("[%1,%2]").arg(gx, 0, 'f', 9).arg(gy, 0, 'f', 9);
        }
        const QString gcj = m_backend.tempPath("gcj.geojson");
        writeFile(gcj, collection({feature("430102001001904", ring.join(','))}));
        r = admin({"import", "grids", gcj, "--db", db, "--crs", "GCJ02"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = admin({"locate", "--db", db, "113.0107", "28.2107"});
        QVERIFY2(r.code == 0 && r.out.contains("grid 430102001001904"), qPrintable(r.out + r.err));
    }
};

QTEST_GUILESS_MAIN(TestGeodataCommands)
#include "tst_geodatacommands.moc"
