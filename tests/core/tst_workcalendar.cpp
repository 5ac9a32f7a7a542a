#include "steptiming.h"
#include "workcalendar.h"

#include <QTest>

using namespace yw::core;

namespace {
const QTimeZone kCst(8 * 3600);
QDateTime at(int y, int mo, int d, int h, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), kCst);
}
} // namespace

class TestWorkCalendar : public QObject
{
    Q_OBJECT
private slots:
    void workingDays_data();
    void workingDays();
    void elapsed_data();
    void elapsed();
    void add_data();
    void add();
    void addIsInverseOfElapsed();
    void calendarBasis();
    void lights_data();
    void lights();
    void badJsonIsRejected_data();
    void badJsonIsRejected();
};

void TestWorkCalendar::workingDays_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("working");
    QTest::newRow("ordinary Monday") << QDate(2026, 11, 23) << true;
    QTest::newRow("ordinary Saturday") << QDate(2026, 11, 21) << false;
    QTest::newRow("National Day (Thu)") << QDate(2026, 10, 1) << false;
    QTest::newRow("National Day week Wed") << QDate(2026, 10, 7) << false;
    QTest::newRow("make-up Saturday 10-10") << QDate(2026, 10, 10) << true;
    QTest::newRow("make-up Sunday 09-20") << QDate(2026, 9, 20) << true;
    QTest::newRow("Spring Festival Monday") << QDate(2026, 2, 16) << false;
    QTest::newRow("make-up Saturday 02-14") << QDate(2026, 2, 14) << true;
    QTest::newRow("New Year 2026-01-02 (Fri)") << QDate(2026, 1, 2) << false;
    QTest::newRow("make-up Sunday 2026-01-04") << QDate(2026, 1, 4) << true;
    QTest::newRow("2025 Spring Festival make-up 01-26") << QDate(2025, 1, 26) << true;
}

void TestWorkCalendar::workingDays()
{
    QFETCH(QDate, date);
    QFETCH(bool, working);
    QCOMPARE(WorkCalendar::chinaMainland().isWorkingDay(date), working);
}

void TestWorkCalendar::elapsed_data()
{
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<QDateTime>("to");
    QTest::addColumn<qint64>("seconds");
    QTest::newRow("within a morning") << at(2026, 11, 23, 9) << at(2026, 11, 23, 11) << qint64(7200);
    QTest::newRow("across lunch") << at(2026, 11, 23, 11) << at(2026, 11, 23, 15) << qint64(2 * 3600);
    QTest::newRow("a whole day") << at(2026, 11, 23, 0) << at(2026, 11, 24, 0) << qint64(7 * 3600);
    QTest::newRow("over a weekend") << at(2026, 11, 20, 17) << at(2026, 11, 23, 9) << qint64(3600);
    QTest::newRow("night only") << at(2026, 11, 23, 18) << at(2026, 11, 24, 8) << qint64(0);
    QTest::newRow("reversed") << at(2026, 11, 24, 9) << at(2026, 11, 23, 9) << qint64(0);
    // 9-30 Wed 16:30 to 10-09 Fri 09:30: 9-30 1h, 10-1..7 holiday, 10-8 Thu 7h, 10-9 1h.
    QTest::newRow("National Day week") << at(2026, 9, 30, 16, 30) << at(2026, 10, 9, 9, 30) << qint64(9 * 3600);
    QTest::newRow("make-up Saturday counts") << at(2026, 10, 10, 8) << at(2026, 10, 10, 20) << qint64(7 * 3600);
    QTest::newRow("UTC input") << QDateTime(QDate(2026, 11, 23), QTime(1, 0), QTimeZone::utc())
                               << QDateTime(QDate(2026, 11, 23), QTime(3, 0), QTimeZone::utc()) << qint64(7200);
}

void TestWorkCalendar::elapsed()
{
    QFETCH(QDateTime, from);
    QFETCH(QDateTime, to);
    QFETCH(qint64, seconds);
    QCOMPARE(WorkCalendar::chinaMainland().workingSecondsBetween(from, to), seconds);
}

void TestWorkCalendar::add_data()
{
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QDateTime>("expected");
    QTest::newRow("4 h from Mon 10:00") << at(2026, 11, 23, 10) << qint64(4 * 3600) << at(2026, 11, 23, 16);
    QTest::newRow("4 h from Fri 16:00") << at(2026, 11, 27, 16) << qint64(4 * 3600) << at(2026, 11, 30, 11);
    QTest::newRow("from a night") << at(2026, 11, 23, 22) << qint64(1800) << at(2026, 11, 24, 9);
    QTest::newRow("zero at lunch lands after lunch") << at(2026, 11, 23, 12, 30) << qint64(0) << at(2026, 11, 23, 14);
    QTest::newRow("exactly to noon") << at(2026, 11, 23, 11) << qint64(3600) << at(2026, 11, 23, 12);
    QTest::newRow("over National Day") << at(2026, 9, 30, 17) << qint64(3600) << at(2026, 10, 8, 9);
    QTest::newRow("into Spring Festival make-up day") << at(2026, 2, 13, 17) << qint64(3600) << at(2026, 2, 14, 9);
    QTest::newRow("Spring Festival: 2-23 holiday, 2-24 back")
        << at(2026, 2, 14, 17) << qint64(3600) << at(2026, 2, 24, 9);
}

void TestWorkCalendar::add()
{
    QFETCH(QDateTime, from);
    QFETCH(qint64, seconds);
    QFETCH(QDateTime, expected);
    QCOMPARE(WorkCalendar::chinaMainland().addWorkingSeconds(from, seconds), expected.toUTC());
}

void TestWorkCalendar::addIsInverseOfElapsed()
{
    const WorkCalendar cal = WorkCalendar::chinaMainland();
    QDateTime start = at(2026, 9, 28, 9, 17);
    for (qint64 s : {1LL, 59LL, 3600LL, 7 * 3600LL, 40 * 3600LL, 200 * 3600LL}) {
        const QDateTime end = cal.addWorkingSeconds(start, s);
        QCOMPARE(cal.workingSecondsBetween(start, end), s);
    }
}

void TestWorkCalendar::calendarBasis()
{
    const WorkCalendar cal = WorkCalendar::chinaMainland();
    QCOMPARE(cal.add(TimeBasis::Calendar, at(2026, 10, 1, 22), 6 * 3600), at(2026, 10, 2, 4).toUTC());
    QCOMPARE(cal.elapsed(TimeBasis::Calendar, at(2026, 10, 1, 22), at(2026, 10, 2, 4)), qint64(6 * 3600));
}

void TestWorkCalendar::lights_data()
{
    QTest::addColumn<qint64>("elapsed");
    QTest::addColumn<int>("light");
    QTest::newRow("0 %") << qint64(0) << int(DeadlineLight::Green);
    QTest::newRow("79.9 %") << qint64(7990) << int(DeadlineLight::Green);
    QTest::newRow("80 %") << qint64(8000) << int(DeadlineLight::Yellow);
    QTest::newRow("100 %") << qint64(10000) << int(DeadlineLight::Yellow);
    QTest::newRow("overdue by 1 s") << qint64(10001) << int(DeadlineLight::Red);
}

void TestWorkCalendar::lights()
{
    QFETCH(qint64, elapsed);
    QFETCH(int, light);
    const WorkCalendar cal = WorkCalendar::chinaMainland();
    StepTiming t;
    t.step = Step::Handle;
    t.basis = TimeBasis::Calendar;
    t.limitSeconds = 10000;
    t.startedAt = at(2026, 11, 23, 9);
    QCOMPARE(int(t.light(cal, t.startedAt.addSecs(elapsed))), light);
    t.step = Step::None;
    QCOMPARE(int(t.light(cal, t.startedAt.addSecs(elapsed))), int(DeadlineLight::None));
}

void TestWorkCalendar::badJsonIsRejected_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("not json") << QByteArray("{nope");
    QTest::newRow("no periods") << QByteArray(R"({"workingPeriods": []})");
    QTest::newRow("end before start") << QByteArray(R"({"workingPeriods": [{"start":"12:00","end":"08:00"}]})");
    QTest::newRow("overlap") << QByteArray(R"({"workingPeriods": [{"start":"08:00","end":"12:00"},{"start":"11:00","end":"13:00"}]})");
    QTest::newRow("bad date") << QByteArray(R"({"workingPeriods": [{"start":"08:00","end":"12:00"}], "holidays": ["2026-13-01"]})");
    QTest::newRow("holiday and make-up") << QByteArray(R"({"workingPeriods": [{"start":"08:00","end":"12:00"}], "holidays": ["2026-10-10"], "makeupWorkdays": ["2026-10-10"]})");
    QTest::newRow("weekday 8") << QByteArray(R"({"workingPeriods": [{"start":"08:00","end":"12:00"}], "workingWeekdays": [8]})");
}

void TestWorkCalendar::badJsonIsRejected()
{
    QFETCH(QByteArray, json);
    const auto cal = WorkCalendar::fromJson(json);
    QVERIFY(!cal);
    QCOMPARE(int(cal.error().code), int(Error::Code::InvalidInput));
}

QTEST_GUILESS_MAIN(TestWorkCalendar)
#include "tst_workcalendar.moc"
