// MapLayerSet: the layers in the panel's order (top first), components by big class, and the
// site's raster sources from the settings, at the bottom.
#include "maplayerset.h"
#include "testregistry.h"

#include <QTemporaryDir>

using namespace yw;

class TestMapLayerSet : public QObject
{
    Q_OBJECT
    core::Taxonomy m_taxonomy = core::Taxonomy::forCity(QStringLiteral("changsha")).value();

private slots:
    void panelOrderTopFirst()
    {
        onemap::MapLayerSet set(m_taxonomy, nullptr);
        QStringList ids;
        for (const auto &e : set.panel().entries())
            ids << e.layer->id();
        QCOMPARE(ids, QStringList({"cases", "vehicles", "devices", "heat", "components", "grids",
                                   "communities", "streets", "districts"}));
        // Devices and the heat map start hidden; components half see-through.
        QVERIFY(!set.panel().entries().at(2).visible);
        QVERIFY(!set.panel().entries().at(3).visible);
        QCOMPARE(set.panel().entries().at(4).opacity, 0.6);
    }

    void componentsByBigClass()
    {
        onemap::MapLayerSet set(m_taxonomy, nullptr);
        // Street lamps (01037) and manhole covers (01001) are both 公用设施 (01): one colour.
        QCOMPARE(set.componentCategory("01037"), set.componentCategory("01001"));
        QVERIFY(set.componentCategory("02001") != set.componentCategory("01001"));
    }

    void rasterSourcesFromTheSettings()
    {
        QTemporaryDir dir;
        QSettings s(dir.filePath("ws.ini"), QSettings::IniFormat);
        s.setValue("onemap/raster1/kind", "wms");
        s.setValue("onemap/raster1/url", "http://127.0.0.1:8081/ows");
        s.setValue("onemap/raster1/layers", "grids");
        s.setValue("onemap/raster1/title", "QGIS");
        s.setValue("onemap/raster3/url", "http://127.0.0.1:9/{z}/{x}/{y}.png"); // xyz by default
        onemap::MapLayerSet set(m_taxonomy, &s);
        QCOMPARE(set.rasters.size(), 2);
        const auto &entries = set.panel().entries();
        QCOMPARE(entries.at(entries.size() - 2).layer->id(), QStringLiteral("raster1"));
        QCOMPARE(entries.at(entries.size() - 2).layer->title(), QStringLiteral("QGIS"));
        QCOMPARE(entries.last().layer->id(), QStringLiteral("raster2")); // numbered in order
    }
};

YW_TEST_CLASS(TestMapLayerSet)
#include "tst_maplayerset.moc"
