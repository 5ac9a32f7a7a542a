// AreaLayerLoader: the outlines read off the GUI thread into their layers, the city's extent,
// and a broken shape skipped and counted in the panel.
#include "arealayerloader.h"
#include "geodatarepository.h"
#include "mapfixture.h"
#include "testregistry.h"

#include <QSignalSpy>

using namespace yw;

class TestAreaLayerLoader : public QObject
{
    Q_OBJECT
private slots:
    void readsTheOutlinesAndSkipsBrokenOnes()
    {
        test::MapFixture f;
        QCOMPARE(f.open(), QString());
        // A street whose outline is garbage.
        store::GeodataRepository::AreaShape bad;
        bad.code = QStringLiteral("430102001");
        bad.wkt = QStringLiteral("MULTIPOLYGON(((not a shape)))");
        bad.minLon = 113.0;
        bad.minLat = 28.18;
        bad.maxLon = 113.02;
        bad.maxLat = 28.2;
        store::Database &db = f.city.platform->database();
        QVERIFY(db.transaction([&] { return store::GeodataRepository(db).addShapes({bad}); }));

        onemap::MapLayerSet layers(*f.city.platform->context().taxonomy, nullptr);
        onemap::AreaLayerLoader loader(f.city.platform->context(), layers);
        QSignalSpy loaded(&loader, &onemap::AreaLayerLoader::loaded);
        loader.start();
        QVERIFY(!loader.isLoaded());
        loader.wait();
        QCOMPARE(loaded.count(), 1);
        QVERIFY(loader.isLoaded());
        QCOMPARE(int(layers.districts->featureCount()), 1);
        QCOMPARE(int(layers.communities->featureCount()), 1);
        QCOMPARE(int(layers.grids->featureCount()), 1);
        QCOMPARE(int(layers.streets->featureCount()), 0);
        const auto &entries = layers.panel().entries();
        const auto streets = std::find_if(entries.begin(), entries.end(),
                                          [](const auto &e) { return e.layer->id() == "streets"; });
        QVERIFY2(streets->status.contains("1"), qPrintable(streets->status));
        // The city's extent is the district's square.
        const QRectF b = loader.cityBounds();
        QVERIFY(std::abs(b.left() - test::ModuleTestCity::district().left()) < 1e-6);
        QVERIFY(std::abs(b.bottom() - test::ModuleTestCity::district().bottom()) < 1e-6);
    }
};

YW_TEST_CLASS(TestAreaLayerLoader)
#include "tst_arealayerloader.moc"
