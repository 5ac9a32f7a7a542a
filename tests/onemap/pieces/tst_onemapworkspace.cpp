// OneMapWorkspace: every layer read on worker threads (the workspace is made without waiting),
// the loading flag until all are in, the city shown once its areas are.
#include "mapcanvas.h"
#include "mapfixture.h"
#include "testregistry.h"

#include <QSignalSpy>

using namespace yw;

class TestOneMapWorkspace : public QObject
{
    Q_OBJECT
private slots:
    void loadsInTheBackground()
    {
        test::MapFixture f;
        QCOMPARE(f.open(), QString());
        QVERIFY(f.city.reportGarbage("甲"));
        onemap::OneMapWorkspace ws(f.city.platform->context());
        mapview::MapCanvas canvas;
        canvas.setSize(QSizeF(800, 600));
        QVERIFY(ws.loading());
        QVERIFY(!ws.showCity(&canvas)); // no areas yet
        QSignalSpy ready(&ws, &onemap::OneMapWorkspace::cityReady);
        ws.start();
        ws.waitUntilLoaded();
        QCOMPARE(ready.count(), 1);
        QVERIFY(!ws.loading());
        QVERIFY(ws.componentsLoaded());
        QVERIFY(ws.showCity(&canvas));
        QVERIFY(test::ModuleTestCity::district().contains(QPointF(canvas.centerLon(), canvas.centerLat())));
        QCOMPARE(int(ws.layerSet().cases->pointCount()), 1);
        QCOMPARE(ws.heat()->caseCount(), 1);
        QVERIFY(ws.message().isEmpty());
        // A refused heat filter is said on the page.
        ws.heat()->setClassFilter("rivers:01");
        QVERIFY(!ws.message().isEmpty());
    }
};

YW_TEST_CLASS(TestOneMapWorkspace)
#include "tst_onemapworkspace.moc"
