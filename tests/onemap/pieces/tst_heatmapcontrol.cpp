// HeatMapControl: the cases of the window, by class, read off the GUI thread; a filter that is
// not one is refused and the last one stays.
#include "heatmapcontrol.h"
#include "mapfixture.h"
#include "testregistry.h"

#include <QSignalSpy>

using namespace yw;

class TestHeatMapControl : public QObject
{
    Q_OBJECT
private slots:
    void windowAndClassFilter()
    {
        test::MapFixture f;
        QCOMPARE(f.open(), QString());
        QVERIFY(f.city.reportGarbage("十天前")); // exposed garbage, a matter of big class 06
        f.clock.advance(10 * 24 * 3600);
        QVERIFY(f.city.reportGarbage("今天"));
        onemap::MapLayerSet layers(*f.city.platform->context().taxonomy, nullptr);
        onemap::HeatMapControl heat(f.city.platform->context(), layers);
        QCOMPARE(heat.days(), 30);
        heat.refresh();
        heat.wait();
        QCOMPARE(heat.caseCount(), 2);
        QCOMPARE(layers.heat->pointCount(), 2);
        heat.setDays(7);
        heat.wait();
        QCOMPARE(heat.caseCount(), 1);
        heat.setDays(0); // at least a day
        QCOMPARE(heat.days(), 1);
        heat.setDays(30);
        heat.setClassFilter("matter:06");
        heat.wait();
        QCOMPARE(heat.caseCount(), 2);
        heat.setClassFilter("component:01");
        heat.wait();
        QCOMPARE(heat.caseCount(), 0);
        QSignalSpy refused(&heat, &onemap::HeatMapControl::refused);
        heat.setClassFilter("rivers:01");
        QCOMPARE(refused.count(), 1);
        QCOMPARE(heat.classFilter(), QStringLiteral("component:01"));
        // The choices: all cases first, then the big classes of both kinds.
        QCOMPARE(heat.classChoices()->choices().first().key, QString());
        QVERIFY(heat.classChoices()->indexOf("matter:06") > 0);
        QVERIFY(heat.classChoices()->indexOf("component:01") > 0);
    }
};

YW_TEST_CLASS(TestHeatMapControl)
#include "tst_heatmapcontrol.moc"
