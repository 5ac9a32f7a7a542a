// DayReplay: a day's cases by the minute, red while open and green once closed by then; a day
// that is no day refused; ending it gives the layer back to the live cases.
#include "dayreplay.h"
#include "mapfixture.h"
#include "testregistry.h"

using namespace yw;
using namespace yw::core;

class TestDayReplay : public QObject
{
    Q_OBJECT
private slots:
    void aDayMinuteByMinute()
    {
        test::MapFixture f;
        QCOMPARE(f.open(), QString());
        // Reports at 09:00, 10:30 and 14:00, all still open.
        auto first = f.city.reportGarbage("九点");
        f.clock.set(QDateTime(QDate(2026, 11, 23), QTime(10, 30), QTimeZone(8 * 3600)));
        QVERIFY(f.city.reportGarbage("十点半"));
        f.clock.set(QDateTime(QDate(2026, 11, 23), QTime(14, 0), QTimeZone(8 * 3600)));
        QVERIFY(f.city.reportGarbage("两点"));
        QVERIFY(first);

        const yw::shell::ModuleContext &ctx = f.city.platform->context();
        onemap::MapLayerSet layers(*ctx.taxonomy, nullptr);
        onemap::OpenCaseLayer live(f.city.platform->context(), layers);
        onemap::DeviceLayerLoader devices(f.city.platform->context(), layers);
        onemap::DayReplay replay(f.city.platform->context(), layers, live, devices);
        live.refresh();
        live.wait();
        QCOMPARE(int(layers.cases->pointCount()), 3);

        QVERIFY(!replay.replay("2026-13-40").isEmpty());
        QVERIFY(!replay.active());
        QCOMPARE(replay.replay("2026-11-23"), QString());
        QVERIFY(replay.active());
        QCOMPARE(replay.dayTotal(), 3);
        QCOMPARE(replay.shown(), 3); // the whole day by default
        replay.setMinute(8 * 60 + 59);
        QCOMPARE(replay.shown(), 0);
        replay.setMinute(9 * 60);
        QCOMPARE(replay.shown(), 1);
        QCOMPARE(int(layers.cases->pointCount()), 1);
        replay.setMinute(12 * 60);
        QCOMPARE(replay.shown(), 2);
        for (uint16_t c : layers.cases->data()->category) // open by then: red
            QCOMPARE(int(c), int(onemap::MapLayerSet::Overdue));
        // A report coming in now does not disturb the replay.
        QVERIFY(f.city.reportGarbage("回放中的新上报"));
        QTest::qWait(1200);
        QCOMPARE(int(layers.cases->pointCount()), 2);
        // The day before: nothing.
        QCOMPARE(replay.shiftDay(-1), QString());
        QCOMPARE(replay.day(), QStringLiteral("2026-11-22"));
        QCOMPARE(replay.dayTotal(), 0);
        // Ended: the live open cases come back, the new one among them.
        replay.end();
        QVERIFY(!replay.active());
        live.wait();
        QCOMPARE(int(layers.cases->pointCount()), 4);
    }
};

YW_TEST_CLASS(TestDayReplay)
#include "tst_dayreplay.moc"
