// RingClipper: a ring cut to a rectangle keeps exactly its area inside it, wholly inside or
// outside rings pass or vanish, and the even-odd fill of a polygon with a hole holds.
#include "ringclipper.h"
#include "testregistry.h"

#include <QPainterPath>
#include <QTest>

using yw::map::RingClipper;

namespace {
double area(const QPolygonF &ring)
{
    double twice = 0;
    for (qsizetype i = 0; i < ring.size(); ++i) {
        const QPointF a = ring[i], b = ring[(i + 1) % ring.size()];
        twice += a.x() * b.y() - b.x() * a.y();
    }
    return std::abs(twice) / 2;
}
} // namespace

class TestRingClipper : public QObject
{
    Q_OBJECT
private slots:
    void keepsWhatIsInsideAndDropsWhatIsNot()
    {
        const QRectF rect(0, 0, 100, 100);
        const QPolygonF inside({{10, 10}, {20, 10}, {20, 20}, {10, 10}});
        const QPolygonF kept = RingClipper::clip(inside, rect);
        QCOMPARE(kept.size(), 3); // the closing point dropped
        QCOMPARE(kept.first(), QPointF(10, 10));
        QVERIFY(RingClipper::clip(QPolygonF({{200, 200}, {210, 200}, {210, 210}}), rect).size() < 3);
    }

    void cutsToTheIntersection()
    {
        // A square half over the corner of the rectangle: a quarter of it remains.
        const QPolygonF square({{50, 50}, {150, 50}, {150, 150}, {50, 150}});
        const QPolygonF cut = RingClipper::clip(square, QRectF(0, 0, 100, 100));
        QCOMPARE(area(cut), 2500.0);
        QCOMPARE(cut.boundingRect(), QRectF(50, 50, 50, 50));
        // A ring around the rectangle becomes the rectangle.
        const QPolygonF around({{-10, -10}, {110, -10}, {110, 110}, {-10, 110}});
        QCOMPARE(area(RingClipper::clip(around, QRectF(0, 0, 100, 100))), 10000.0);
        // A U shape whose two arms cross the rectangle: both arms, not the bottom.
        const QPolygonF u({{0, 0}, {30, 0}, {30, 80}, {70, 80}, {70, 0}, {100, 0}, {100, 100}, {0, 100}});
        const QPolygonF arms = RingClipper::clip(u, QRectF(-5, -5, 110, 50));
        QCOMPARE(area(arms), 30.0 * 45 * 2);
        QPainterPath armsPath;
        armsPath.addPolygon(arms);
        armsPath.setFillRule(Qt::OddEvenFill);
        QVERIFY(armsPath.contains(QPointF(15, 20)));
        QVERIFY(armsPath.contains(QPointF(85, 20)));
        QVERIFY(!armsPath.contains(QPointF(50, 20)));
    }

    void keepsTheHoleOfAPolygon()
    {
        // A square with a square hole, cut through the hole: the hole stays empty.
        const QPolygonF outer({{0, 0}, {100, 0}, {100, 100}, {0, 100}});
        const QPolygonF hole({{40, 40}, {60, 40}, {60, 60}, {40, 60}});
        const QRectF rect(50, 20, 100, 60);
        QPainterPath path;
        path.setFillRule(Qt::OddEvenFill);
        path.addPolygon(RingClipper::clip(outer, rect));
        path.addPolygon(RingClipper::clip(hole, rect));
        QVERIFY(!path.contains(QPointF(55, 50)));  // in the hole
        QVERIFY(path.contains(QPointF(55, 30)));   // beside it
        QVERIFY(path.contains(QPointF(80, 50)));
        QVERIFY(!path.contains(QPointF(120, 50))); // outside the square
    }
};

YW_TEST_CLASS(TestRingClipper)
#include "tst_ringclipper.moc"
