// MeasureTool: length and area on the ground, in words; a new measurement each time it starts.
#include "measuretool.h"
#include "testregistry.h"

#include <QSignalSpy>

using yw::onemap::MeasureTool;

class TestMeasureTool : public QObject
{
    Q_OBJECT
private slots:
    void lengthAndArea()
    {
        // A square of 0.01° at 28.19° N: 0.01° of latitude is 1,113 m, of longitude 981 m.
        MeasureTool m;
        QSignalSpy measured(&m, &MeasureTool::measured);
        m.addPoint(112.98, 28.19);
        QCOMPARE(m.distance(), 0.0);
        QVERIFY(m.distanceText().isEmpty());
        m.addPoint(112.99, 28.19);
        QVERIFY(std::abs(m.distance() - 981.1) < 2);
        QCOMPARE(m.distanceText(), QStringLiteral("981 m"));
        QVERIFY(m.areaText().isEmpty());
        m.addPoint(112.99, 28.20);
        m.addPoint(112.98, 28.20);
        QVERIFY(std::abs(m.distance() - (981.1 * 2 + 1113.2)) < 5);
        QVERIFY(std::abs(m.area() - 981.1 * 1113.2) / (981.1 * 1113.2) < 0.01);
        QCOMPARE(m.distanceText(), QStringLiteral("3.08 km"));
        QCOMPARE(m.areaText(), QStringLiteral("1.092 km²"));
        QCOMPARE(m.pointCount(), 4);
        QCOMPARE(m.point(1), QPointF(112.99, 28.19));
        QCOMPARE(measured.count(), 4);
    }

    void startingAgainBeginsAfresh()
    {
        MeasureTool m;
        m.setActive(true);
        m.addPoint(112.98, 28.19);
        m.addPoint(112.99, 28.19);
        m.setActive(false);
        QCOMPARE(m.pointCount(), 0);
        QCOMPARE(m.distance(), 0.0);
        m.setActive(true);
        QCOMPARE(m.pointCount(), 0);
    }
};

YW_TEST_CLASS(TestMeasureTool)
#include "tst_measuretool.moc"
