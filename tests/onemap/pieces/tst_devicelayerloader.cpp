// DeviceLayerLoader: vehicles where they were at a moment, with their last half hour behind
// them; and a city without devices reads as empty, not as a failure.
#include "devicelayerloader.h"
#include "mapfixture.h"
#include "testregistry.h"

using namespace yw;
using Position = store::GeodataRepository::VehiclePosition;

class TestDeviceLayerLoader : public QObject
{
    Q_OBJECT
private slots:
    void vehiclesAtAMoment()
    {
        const QDateTime t0(QDate(2026, 11, 23), QTime(8, 0), QTimeZone(8 * 3600));
        // Two vehicles, by vehicle then time; a fix every 10 minutes from 08:00.
        std::vector<Position> fixes;
        for (int i = 0; i < 7; ++i)
            fixes.push_back({"car-a", t0.addSecs(600 * i), 113.0 + 0.001 * i, 28.19});
        for (int i = 0; i < 3; ++i)
            fixes.push_back({"car-b", t0.addSecs(3600 + 600 * i), 112.95, 28.2 + 0.001 * i});
        int n = 0;
        // At 08:35: car-a has driven (its fixes of 08:10…08:30 are its track), car-b not yet.
        auto at = onemap::DeviceLayerLoader::vehiclesAt(fixes, t0.addSecs(35 * 60), &n);
        QCOMPARE(n, 1);
        int heads = 0, track = 0;
        for (size_t i = 0; i < at->category.size(); ++i) {
            QCOMPARE(at->textId.at(int(i)), QStringLiteral("car-a"));
            heads += at->category[i] == 0;
            track += at->category[i] == 1;
        }
        QCOMPARE(heads, 1);
        QCOMPARE(track, 3); // 08:10, 08:20, 08:30: within the half hour
        // At 09:30 both are out.
        onemap::DeviceLayerLoader::vehiclesAt(fixes, t0.addSecs(90 * 60), &n);
        QCOMPARE(n, 2);
        // Before any fix: none.
        onemap::DeviceLayerLoader::vehiclesAt(fixes, t0.addSecs(-60), &n);
        QCOMPARE(n, 0);
    }

    void aCityWithoutDevices()
    {
        test::MapFixture f;
        QCOMPARE(f.open(), QString());
        onemap::MapLayerSet layers(*f.city.platform->context().taxonomy, nullptr);
        onemap::DeviceLayerLoader loader(f.city.platform->context(), layers);
        loader.start();
        loader.wait();
        QVERIFY(loader.isLoaded());
        QCOMPARE(int(layers.devices->pointCount()), 0);
        QCOMPARE(int(layers.vehicles->pointCount()), 0);
        QVERIFY(!loader.latestPosition().isValid());
    }
};

YW_TEST_CLASS(TestDeviceLayerLoader)
#include "tst_devicelayerloader.moc"
