// MapSettings: the layer panel as this workstation left it is restored at the next start, and
// the raster servers are checked, kept in the settings and made into basemaps at the next start.
#include "maplayerset.h"
#include "mapsettings.h"
#include "testregistry.h"

#include <QSettings>
#include <QTemporaryDir>

using namespace yw;

class TestMapSettings : public QObject
{
    Q_OBJECT
    core::Taxonomy m_taxonomy = core::Taxonomy::forCity(QStringLiteral("changsha")).value();

private slots:
    void layersAreRestoredAsTheyWereLeft()
    {
        QTemporaryDir dir;
        QSettings ini(dir.filePath("ws.ini"), QSettings::IniFormat);
        {
            onemap::MapLayerSet set(m_taxonomy, &ini);
            onemap::MapSettings settings(&ini, set.panel());
            const int grids = set.panel().rowOf(QStringLiteral("grids"));
            const int heat = set.panel().rowOf(QStringLiteral("heat"));
            QVERIFY(set.panel().entries().at(grids).visible);
            set.panel().setVisible(grids, false); // as from the layer panel
            set.panel().setVisible(heat, true);
            set.panel().setOpacity(heat, 0.4);
        }
        onemap::MapLayerSet next(m_taxonomy, &ini);
        onemap::MapSettings restored(&ini, next.panel());
        const auto &e = next.panel().entries();
        QVERIFY(!e.at(next.panel().rowOf(QStringLiteral("grids"))).visible);
        QVERIFY(e.at(next.panel().rowOf(QStringLiteral("heat"))).visible);
        QCOMPARE(e.at(next.panel().rowOf(QStringLiteral("heat"))).opacity, 0.4);
        QVERIFY(e.at(next.panel().rowOf(QStringLiteral("districts"))).visible); // untouched
    }

    void rasterServersAreCheckedKeptAndDrawnNextTime()
    {
        QTemporaryDir dir;
        QSettings ini(dir.filePath("ws.ini"), QSettings::IniFormat);
        {
            onemap::MapLayerSet set(m_taxonomy, &ini);
            onemap::MapSettings settings(&ini, set.panel());
            onemap::RasterServer s;
            s.title = QStringLiteral("影像");
            s.url = QStringLiteral("ftp://tiles/{z}/{x}/{y}.png");
            QVERIFY(!settings.saveServer(-1, s).isEmpty()); // not http
            s.url = QStringLiteral("http://127.0.0.1:9/tiles.png");
            QVERIFY(!settings.saveServer(-1, s).isEmpty()); // no {z}/{x}/{y}
            s.url = QStringLiteral("http://127.0.0.1:9/{z}/{x}/{y}.png");
            QCOMPARE(settings.saveServer(-1, s), QString());
            onemap::RasterServer w;
            w.kind = QStringLiteral("WMS");
            w.url = QStringLiteral("http://127.0.0.1:8081/ows");
            QVERIFY(!settings.saveServer(-1, w).isEmpty()); // a WMS needs its layer
            w.layers = QStringLiteral("grids");
            w.timeoutMs = 10;
            QVERIFY(!settings.saveServer(-1, w).isEmpty()); // time-out out of range
            w.timeoutMs = 3000;
            QCOMPARE(settings.saveServer(-1, w), QString());
            QCOMPARE(settings.servers().size(), 2);
            QCOMPARE(settings.servers().at(1).kind, QStringLiteral("wms"));
            settings.removeServer(0);
            QCOMPARE(settings.servers().size(), 1);
            QVERIFY(set.rasters.isEmpty()); // the map made its layers at its start
        }
        onemap::MapLayerSet next(m_taxonomy, &ini);
        QCOMPARE(next.rasters.size(), 1);
        QCOMPARE(next.panel().entries().last().layer->id(), QStringLiteral("raster1"));
        onemap::MapSettings again(&ini, next.panel());
        QCOMPARE(again.servers().size(), 1);
        QCOMPARE(again.servers().first().layers, QStringLiteral("grids"));
        QCOMPARE(again.servers().first().timeoutMs, 3000);
    }
};

YW_TEST_CLASS(TestMapSettings)
#include "tst_mapsettings.moc"
