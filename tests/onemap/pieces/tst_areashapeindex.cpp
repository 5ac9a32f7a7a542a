// AreaShapeIndex: the areas a rectangle touches in the layer's order, and simplified rings that
// stay within half a pixel of the outline at their zoom while a four-cornered grid keeps its
// corners everywhere.
#include "areashapeindex.h"
#include "testregistry.h"
#include "webmercator.h"

#include <QTest>

#include <cmath>

using yw::map::AreaFeature;
using yw::map::AreaShapeIndex;
using yw::map::WebMercator;

namespace {
AreaFeature area(const QPolygonF &ring)
{
    AreaFeature f;
    f.path.addPolygon(ring);
    f.path.closeSubpath();
    f.bounds = f.path.boundingRect();
    return f;
}

QPolygonF square(double x, double y, double side)
{
    return QPolygonF({{x, y}, {x + side, y}, {x + side, y + side}, {x, y + side}, {x, y}});
}

// A wavy circle of n points (metres): an outline with detail below a pixel at city scale.
QPolygonF wavyCircle(int n, double radius)
{
    QPolygonF ring;
    for (int i = 0; i < n; ++i) {
        const double a = 2 * M_PI * i / n;
        const double r = radius + 15 * std::sin(40 * a) + 3 * std::sin(400 * a);
        ring << QPointF(r * std::cos(a), r * std::sin(a));
    }
    ring << ring.first();
    return ring;
}

double distanceToSegment(const QPointF &p, const QPointF &a, const QPointF &b)
{
    const QPointF ab = b - a;
    const double len2 = QPointF::dotProduct(ab, ab);
    const double t = len2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / len2, 0.0, 1.0) : 0;
    const QPointF q = a + t * ab;
    return std::hypot(p.x() - q.x(), p.y() - q.y());
}

double distanceToRing(const QPointF &p, const QPolygonF &ring)
{
    double best = 1e300;
    for (qsizetype i = 0; i + 1 < ring.size(); ++i)
        best = std::min(best, distanceToSegment(p, ring[i], ring[i + 1]));
    return best;
}
} // namespace

class TestAreaShapeIndex : public QObject
{
    Q_OBJECT
private slots:
    void findsTheAreasARectangleTouchesInOrder()
    {
        std::vector<AreaFeature> features;
        for (int i = 0; i < 100; ++i) // a 10 × 10 block of 100 m squares
            features.push_back(area(square((i % 10) * 100.0, (i / 10) * 100.0, 100)));
        const AreaShapeIndex index(features);
        QCOMPARE(index.intersecting(QRectF(150, 150, 10, 10)), std::vector<uint32_t>({11}));
        // Across the corner of four squares, in the layer's order.
        QCOMPARE(index.intersecting(QRectF(390, 590, 20, 20)), std::vector<uint32_t>({53, 54, 63, 64}));
        QVERIFY(index.intersecting(QRectF(5000, 5000, 10, 10)).empty());
        QVERIFY(AreaShapeIndex().intersecting(QRectF(0, 0, 1e6, 1e6)).empty());
    }

    void simplifiesWithinHalfAPixelOfItsZoom()
    {
        const QPolygonF outline = wavyCircle(4000, 5000);
        const AreaShapeIndex index({area(outline), area(square(0, 0, 100))});
        const size_t full = index.rings(0, 18).front().size();
        QVERIFY(full >= 4000);
        size_t previous = 0;
        for (const int z : AreaShapeIndex::kSimplifiedZooms) {
            const QPolygonF &ring = index.rings(0, z).front();
            // Fewer points the coarser the zoom, far fewer than the outline at city scale.
            QVERIFY2(ring.size() > qsizetype(previous), qPrintable(QString::number(z)));
            previous = size_t(ring.size());
            QVERIFY(size_t(ring.size()) < full);
            const double halfPixel = WebMercator::metresPerPixel(z) / 2;
            double worst = 0;
            for (const QPointF &p : outline)
                worst = std::max(worst, distanceToRing(p, ring));
            QVERIFY2(worst <= halfPixel * 1.001, qPrintable(QStringLiteral("zoom %1: %2 m off, %3 allowed")
                                                                 .arg(z).arg(worst).arg(halfPixel)));
        }
        QVERIFY(index.rings(0, 10).front().size() < 400);
        // The grid square keeps its corners at every zoom.
        for (const int z : {3, 8, 12, 17})
            QCOMPARE(index.rings(1, z).front().size(), 5);
        QVERIFY(index.pointCount(8) < index.pointCount(17));
    }
};

YW_TEST_CLASS(TestAreaShapeIndex)
#include "tst_areashapeindex.moc"
