// OpenCaseLayer: the open cases by light, read off the GUI thread, following the change feed;
// paused while a replay has the layer, read again when given back.
#include "mapfixture.h"
#include "opencaselayer.h"
#include "testregistry.h"

using namespace yw;

class TestOpenCaseLayer : public QObject
{
    Q_OBJECT
    static QString status(onemap::MapLayerSet &layers)
    {
        return layers.panel().entries().at(layers.panel().rowOf("cases")).status;
    }
private slots:
    void followsTheFeedUnlessPaused()
    {
        test::MapFixture f;
        QCOMPARE(f.open(), QString());
        QVERIFY(f.city.reportGarbage("甲"));
        QVERIFY(f.city.reportGarbage("乙"));
        onemap::MapLayerSet layers(*f.city.platform->context().taxonomy, nullptr);
        onemap::OpenCaseLayer live(f.city.platform->context(), layers);
        live.refresh();
        live.wait();
        QVERIFY2(live.isLoaded(), qPrintable(status(layers)));
        QCOMPARE(int(layers.cases->pointCount()), 2);
        // Both just reported: in time.
        for (uint16_t c : layers.cases->data()->category)
            QCOMPARE(int(c), int(onemap::MapLayerSet::InTime));
        // Another workstation's report arrives through the feed.
        QVERIFY(f.city.reportGarbage("丙"));
        QTRY_COMPARE_WITH_TIMEOUT(int(layers.cases->pointCount()), 3, 5000);
        // Paused: changes wait; given back, it reads again.
        live.setPaused(true);
        QVERIFY(f.city.reportGarbage("丁"));
        QTest::qWait(1200);
        QCOMPARE(int(layers.cases->pointCount()), 3);
        live.setPaused(false);
        live.wait();
        QCOMPARE(int(layers.cases->pointCount()), 4);
    }

    void lightsFollowTheClock()
    {
        test::MapFixture f;
        QCOMPARE(f.open(), QString());
        QVERIFY(f.city.reportGarbage("甲"));
        f.clock.advance(3 * 24 * 3600); // Thursday: the acceptance is long overdue
        onemap::MapLayerSet layers(*f.city.platform->context().taxonomy, nullptr);
        onemap::OpenCaseLayer live(f.city.platform->context(), layers);
        live.refresh();
        live.wait();
        QVERIFY2(live.isLoaded() && layers.cases->pointCount() == 1, qPrintable(status(layers)));
        QCOMPARE(int(layers.cases->data()->category.front()), int(onemap::MapLayerSet::Overdue));
    }
};

YW_TEST_CLASS(TestOpenCaseLayer)
#include "tst_opencaselayer.moc"
