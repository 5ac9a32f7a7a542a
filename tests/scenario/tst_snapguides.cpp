// SnapGuides: a dragged widget pulled onto the edges and centres of the others and of the canvas
// within the threshold, the nearest on each axis, with the guides it meets; left alone beyond the
// threshold; resizing snaps only the dragged corner's edges.
#include "snapguides.h"

#include <QTest>

using yw::scenario::SnapGuides;

class TestSnapGuides : public QObject
{
    Q_OBJECT
private slots:
    void pullsOntoEdgesAndCentres()
    {
        const SnapGuides g(QSizeF(1920, 1080), {QRectF(100, 100, 400, 200)}, 6);
        // Left edge 4 px right of the other's right edge (500), top 3 px below its top (100).
        auto r = g.snap(QRectF(504, 103, 300, 150));
        QCOMPARE(r.rect, QRectF(500, 100, 300, 150));
        QCOMPARE(r.xs, QList<double>({500}));
        QCOMPARE(r.ys, QList<double>({100}));
        // The centre onto the canvas's middle.
        r = g.snap(QRectF(960 - 100 + 5, 700, 200, 100));
        QCOMPARE(r.rect.center().x(), 960.0);
        QVERIFY(r.xs.contains(960));
        QVERIFY(r.ys.isEmpty());
    }

    void theNearestWinsAndFarIsLeftAlone()
    {
        const SnapGuides g(QSizeF(1920, 1080), {QRectF(100, 100, 400, 200), QRectF(100, 400, 398, 200)}, 6);
        // Right edge at 503: 3 px from 500, 5 px from 498: 500 wins.
        auto r = g.snap(QRectF(303, 700, 200, 50));
        QCOMPARE(r.rect.right(), 500.0);
        // 20 px from anything: stays.
        const QRectF far(720, 720, 100, 100);
        r = g.snap(far);
        QCOMPARE(r.rect, far);
        QVERIFY(r.xs.isEmpty() && r.ys.isEmpty());
    }

    void resizingSnapsTheDraggedCorner()
    {
        const SnapGuides g(QSizeF(1920, 1080), {QRectF(100, 100, 400, 200)}, 6);
        // The corner dragged to (497, 302): right to 500, bottom to 300; the top-left stays.
        auto r = g.snap(QRectF(20, 20, 477, 282), SnapGuides::Mode::Resize);
        QCOMPARE(r.rect, QRectF(20, 20, 480, 280));
        QCOMPARE(r.xs, QList<double>({500}));
        QCOMPARE(r.ys, QList<double>({300}));
        // The canvas's right edge too.
        r = g.snap(QRectF(1800, 900, 116, 50), SnapGuides::Mode::Resize);
        QCOMPARE(r.rect.right(), 1920.0);
    }
};

QTEST_GUILESS_MAIN(TestSnapGuides)
#include "tst_snapguides.moc"
