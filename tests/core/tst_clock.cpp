#include "clock.h"

#include <QSignalSpy>
#include <QTest>

using namespace yw::core;

class TestClock : public QObject
{
    Q_OBJECT
private slots:
    void manualMovesOnlyWhenTold();
    void scaledRunsFasterAndKeepsContinuity();
};

void TestClock::manualMovesOnlyWhenTold()
{
    const QDateTime t0(QDate(2026, 11, 23), QTime(9, 0), QTimeZone::utc());
    ManualClock c(t0);
    QSignalSpy spy(&c, &Clock::jumped);
    QCOMPARE(c.now(), t0);
    c.advance(90);
    QCOMPARE(c.now(), t0.addSecs(90));
    QCOMPARE(spy.count(), 1);
}

void TestClock::scaledRunsFasterAndKeepsContinuity()
{
    const QDateTime t0(QDate(2026, 11, 23), QTime(9, 0), QTimeZone::utc());
    ManualClock base(t0);
    ScaledClock s(base, QDateTime(QDate(2025, 1, 1), QTime(8, 0), QTimeZone::utc()), 60.0);
    base.advance(10); // 10 real seconds = 10 simulated minutes
    QCOMPARE(s.now(), QDateTime(QDate(2025, 1, 1), QTime(8, 10), QTimeZone::utc()));
    s.setSpeed(1.0);
    QCOMPARE(s.now(), QDateTime(QDate(2025, 1, 1), QTime(8, 10), QTimeZone::utc()));
    base.advance(10);
    QCOMPARE(s.now(), QDateTime(QDate(2025, 1, 1), QTime(8, 10, 10), QTimeZone::utc()));
}

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
