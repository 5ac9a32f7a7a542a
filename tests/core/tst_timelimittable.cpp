#include "timelimittable.h"

#include <QTest>

using namespace yw::core;

class TestTimeLimitTable : public QObject
{
    Q_OBJECT
private slots:
    void mostSpecificRowWins_data();
    void mostSpecificRowWins();
    void badRows_data();
    void badRows();
};

void TestTimeLimitTable::mostSpecificRowWins_data()
{
    QTest::addColumn<int>("step");
    QTest::addColumn<QString>("cls");
    QTest::addColumn<int>("urgency");
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<int>("basis");
    const int W = int(TimeBasis::Working), C = int(TimeBasis::Calendar);
    const int H = int(Step::Handle);
    QTest::newRow("exact class 暴露垃圾") << H << "06010" << int(Urgency::Normal) << qint64(4 * 3600) << W;
    QTest::newRow("big class 08") << H << "08003" << int(Urgency::Normal) << qint64(14 * 3600) << W;
    QTest::newRow("big class 01 calendar hours") << H << "01001" << int(Urgency::Normal) << qint64(6 * 3600) << C;
    QTest::newRow("urgent in 01") << H << "01001" << int(Urgency::Urgent) << qint64(2 * 3600) << C;
    QTest::newRow("critical falls to * critical") << H << "01001" << int(Urgency::Critical) << qint64(2 * 3600) << C;
    QTest::newRow("urgent elsewhere") << H << "10001" << int(Urgency::Urgent) << qint64(4 * 3600) << W;
    QTest::newRow("default normal") << H << "10001" << int(Urgency::Normal) << qint64(14 * 3600) << W;
    QTest::newRow("verify") << int(Step::Verify) << "06010" << int(Urgency::Normal) << qint64(1800) << C;
    QTest::newRow("check") << int(Step::Check) << "06010" << int(Urgency::Urgent) << qint64(1800) << C;
}

void TestTimeLimitTable::mostSpecificRowWins()
{
    QFETCH(int, step);
    QFETCH(QString, cls);
    QFETCH(int, urgency);
    QFETCH(qint64, seconds);
    QFETCH(int, basis);
    const WorkCalendar cal = WorkCalendar::chinaMainland();
    const auto table = TimeLimitTable::builtIn(cal);
    QVERIFY2(table, qPrintable(table.error().message));
    const TimeLimit l = table->limit(Step(step), cls, Urgency(urgency));
    QCOMPARE(l.seconds, seconds);
    QCOMPARE(int(l.basis), basis);
}

void TestTimeLimitTable::badRows_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("message");
    const QByteArray head = "step,class,urgency,amount,unit,note\n";
    QTest::newRow("unknown step") << head + "repair,*,*,1,working_hours,\n" << "unknown step";
    QTest::newRow("unknown unit") << head + "handle,*,*,1,fortnights,\n" << "unknown unit";
    QTest::newRow("negative") << head + "handle,*,*,-1,working_hours,\n" << "positive";
    QTest::newRow("bad urgency") << head + "handle,*,soon,1,working_hours,\n" << "unknown urgency";
    QTest::newRow("short row") << head + "handle,*,*\n" << "fields";
}

void TestTimeLimitTable::badRows()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, message);
    const auto t = TimeLimitTable::fromCsv(csv, WorkCalendar(), QStringLiteral("t.csv"));
    QVERIFY(!t);
    QVERIFY2(t.error().message.contains(message), qPrintable(t.error().message));
    QVERIFY(t.error().message.startsWith(QStringLiteral("t.csv:2")));
}

QTEST_GUILESS_MAIN(TestTimeLimitTable)
#include "tst_timelimittable.moc"
