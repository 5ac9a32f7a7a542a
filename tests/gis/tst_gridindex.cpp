// Point → unit grid: rectangles and irregular cells, edges, points outside, and agreement with a
// brute-force polygon test on many random points.
#include "gridindex.h"
#include "locator.h"

#include <QRandomGenerator>
#include <QTest>

using namespace yw::gis;

namespace {
MultiPolygon box(double x1, double y1, double x2, double y2)
{
    MultiPolygon m;
    m.resize(1);
    m[0].outer() = {Point(x1, y1), Point(x1, y2), Point(x2, y2), Point(x2, y1), Point(x1, y1)};
    bg::correct(m);
    return m;
}

// A 10 × 10 lattice of 0.001° cells from (113.0, 28.0), the last column cut diagonally into two
// triangles, as cells at a community boundary are.
std::vector<GridCell> lattice()
{
    std::vector<GridCell> cells;
    for (int y = 0; y < 10; ++y)
        for (int x = 0; x < 9; ++x)
            cells.push_back(
                {QStringLiteral("430102001001%1").arg(y * 10 + x, 3, 10, QLatin1Char('0')),
                 box(113.0 + x * 0.001, 28.0 + y * 0.001, 113.0 + (x + 1) * 0.001,
                     28.0 + (y + 1) * 0.001)});
    for (int y = 0; y < 10; ++y) {
        const double x1 = 113.009, x2 = 113.010, y1 = 28.0 + y * 0.001, y2 = y1 + 0.001;
        MultiPolygon upper, lower;
        upper.resize(1);
        lower.resize(1);
        upper[0].outer() = {Point(x1, y1), Point(x1, y2), Point(x2, y2), Point(x1, y1)};
        lower[0].outer() = {Point(x1, y1), Point(x2, y2), Point(x2, y1), Point(x1, y1)};
        bg::correct(upper);
        bg::correct(lower);
        cells.push_back(
            {QStringLiteral("430102001002%1").arg(2 * y, 3, 10, QLatin1Char('0')), upper});
        cells.push_back(
            {QStringLiteral("430102001002%1").arg(2 * y + 1, 3, 10, QLatin1Char('0')), lower});
    }
    return cells;
}
} // namespace

class TestGridIndex : public QObject
{
    Q_OBJECT

private slots:
    void locatesRectanglesAndTriangles()
    {
        GridIndex index;
        index.build(lattice());
        QCOMPARE(index.size(), 110);
        int i = index.locate(113.0005, 28.0005);
        QVERIFY(i >= 0);
        QCOMPARE(index.cell(i).code, QStringLiteral("430102001001000"));
        i = index.locate(113.0035, 28.0075);
        QCOMPARE(index.cell(i).code, QStringLiteral("430102001001073"));
        // In the cut column: above the diagonal is the upper triangle.
        i = index.locate(113.0092, 28.0008);
        QCOMPARE(index.cell(i).code, QStringLiteral("430102001002000"));
        i = index.locate(113.0098, 28.0002);
        QCOMPARE(index.cell(i).code, QStringLiteral("430102001002001"));
    }

    void outsideIsMinusOne()
    {
        GridIndex index;
        index.build(lattice());
        QCOMPARE(index.locate(112.99, 28.005), -1);
        QCOMPARE(index.locate(113.005, 28.02), -1);
        GridIndex empty;
        empty.build({});
        QCOMPARE(empty.locate(113.0, 28.0), -1);
    }

    void edgesBelongToOneCellAlways()
    {
        GridIndex index;
        index.build(lattice());
        const int a = index.locate(113.001, 28.001); // a corner shared by four cells
        QVERIFY(a >= 0);
        for (int k = 0; k < 5; ++k)
            QCOMPARE(index.locate(113.001, 28.001), a);
    }

    void agreesWithBruteForce()
    {
        const std::vector<GridCell> cells = lattice();
        GridIndex index;
        index.build(cells);
        QRandomGenerator rng(7);
        for (int k = 0; k < 20000; ++k) {
            const double lon = 112.9995 + rng.generateDouble() * 0.0115;
            const double lat = 27.9995 + rng.generateDouble() * 0.0105;
            const int found = index.locate(lon, lat);
            bool inAny = false;
            for (const GridCell &c : cells)
                inAny |= bg::covered_by(Point(lon, lat), c.shape);
            QCOMPARE(found >= 0, inAny);
            if (found >= 0)
                QVERIFY(bg::covered_by(Point(lon, lat), cells[size_t(found)].shape));
        }
    }

    void boxQuery()
    {
        GridIndex index;
        index.build(lattice());
        const auto hits =
            index.intersecting(Box(Point(113.0001, 28.0001), Point(113.0019, 28.0009)));
        QCOMPARE(int(hits.size()), 2);
    }

    void locatorGivesTheAreaChain()
    {
        Locator locator(lattice());
        const Location l = locator.locate(113.0035, 28.0075);
        QVERIFY(l.isValid());
        QCOMPARE(l.gridCode, QStringLiteral("430102001001073"));
        QCOMPARE(l.communityCode, QStringLiteral("430102001001"));
        QCOMPARE(l.streetCode, QStringLiteral("430102001"));
        QCOMPARE(l.districtCode, QStringLiteral("430102"));
        QVERIFY(!locator.locate(0, 0).isValid());
    }
};

QTEST_GUILESS_MAIN(TestGridIndex)
#include "tst_gridindex.moc"
