// GCJ-02 (Chinese web maps) to WGS84 and back.
#include "gcj02.h"
#include "localprojection.h"

#include <QTest>

using namespace yw::gis;

class TestGcj02 : public QObject
{
    Q_OBJECT

private slots:
    void shiftIsHundredsOfMetresInChangsha()
    {
        double gLon = 0, gLat = 0;
        Gcj02::fromWgs84(112.9823, 28.1963, gLon, gLat);
        const double metres =
            LocalProjection(112.98, 28.19).distanceM(Point(112.9823, 28.1963), Point(gLon, gLat));
        QVERIFY2(metres > 200 && metres < 800, qPrintable(QString::number(metres)));
        // Published behaviour: the shift moves points east and south in Hunan.
        QVERIFY(gLon > 112.9823);
    }

    void inverseUndoesTheShift()
    {
        for (double lon = 112.8; lon < 113.2; lon += 0.037)
            for (double lat = 28.0; lat < 28.4; lat += 0.041) {
                double gLon = 0, gLat = 0, back = 0, backLat = 0;
                Gcj02::fromWgs84(lon, lat, gLon, gLat);
                Gcj02::toWgs84(gLon, gLat, back, backLat);
                QVERIFY(std::abs(back - lon) < 1e-8); // about 1 mm
                QVERIFY(std::abs(backLat - lat) < 1e-8);
            }
    }

    void noShiftOutsideChina()
    {
        double gLon = 0, gLat = 0;
        Gcj02::fromWgs84(2.35, 48.85, gLon, gLat);
        QCOMPARE(gLon, 2.35);
        QCOMPARE(gLat, 48.85);
        QVERIFY(Gcj02::outOfChina(2.35, 48.85));
        QVERIFY(!Gcj02::outOfChina(112.98, 28.19));
    }
};

QTEST_GUILESS_MAIN(TestGcj02)
#include "tst_gcj02.moc"
