// GEOS on our shapes: a self-intersecting polygon is reported with its reason; unions dissolve.
#include "geosoperations.h"
#include "localprojection.h"

#include <QTest>

using namespace yw::gis;

class TestGeosOperations : public QObject
{
    Q_OBJECT

private slots:
    void selfIntersectionIsReported()
    {
        MultiPolygon bowtie;
        bowtie.resize(1);
        bowtie[0].outer() = {Point(0, 0), Point(1, 1), Point(1, 0), Point(0, 1), Point(0, 0)};
        const QString reason = GeosOperations::invalidReason(bowtie);
        QVERIFY2(reason.contains(QStringLiteral("Self-intersection"), Qt::CaseInsensitive),
                 qPrintable(reason));
        MultiPolygon square;
        square.resize(1);
        square[0].outer() = {Point(0, 0), Point(0, 1), Point(1, 1), Point(1, 0), Point(0, 0)};
        QCOMPARE(GeosOperations::invalidReason(square), QString());
    }

    void unionDissolvesSharedEdges()
    {
        std::vector<MultiPolygon> cells;
        for (int x = 0; x < 3; ++x)
            for (int y = 0; y < 2; ++y) {
                MultiPolygon c;
                c.resize(1);
                c[0].outer() = {Point(x, y), Point(x, y + 1), Point(x + 1, y + 1), Point(x + 1, y),
                                Point(x, y)};
                cells.push_back(c);
            }
        const MultiPolygon u = GeosOperations::unite(cells);
        QCOMPARE(int(u.size()), 1);
        QCOMPARE(bg::area(u), 6.0);
        QVERIFY(u[0].inners().empty());
    }

    void wktRoundTrip()
    {
        MultiPolygon m;
        QVERIFY(
            fromWkt(QStringLiteral("POLYGON((113 28,113 28.1,113.1 28.1,113.1 28,113 28))"), m));
        QCOMPARE(int(m.size()), 1);
        MultiPolygon back;
        QVERIFY(fromWkt(toWkt(m), back));
        QVERIFY(bg::equals(m, back));
        QVERIFY(!fromWkt(QStringLiteral("POINT(1 2)"), back));
        QVERIFY(!fromWkt(QStringLiteral("POLYGON((1 2, 3"), back));
        const LocalProjection proj(113.05, 28.05);
        QVERIFY(std::abs(proj.areaM2(m) - 0.1 * 0.1 * 111320.0 * 111320.0 *
                                              std::cos(28.05 * M_PI / 180)) < 1e6 * 0.01);
    }
};

QTEST_GUILESS_MAIN(TestGeosOperations)
#include "tst_geosoperations.moc"
