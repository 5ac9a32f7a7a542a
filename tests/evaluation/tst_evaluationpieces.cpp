// The evaluation workspace's pieces, each with its own test class: EvaluationFigures on
// hand-made facts (no database), CaseDrillDown on a tiny city (tests/support/moduletestcity.h).
// No demo city.
#include "casedrilldown.h"
#include "evaluationfigures.h"
#include "moduletestcity.h"
#include "navigator.h"
#include "testregistry.h"

#include <QGuiApplication>
#include <QSignalSpy>

using namespace yw;
using namespace yw::core;
using namespace yw::evaluation;

namespace {
const QTimeZone kCityZone(8 * 3600);

qint64 at(int month, int day, int hour = 10)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, 0), kCityZone).toMSecsSinceEpoch();
}

CaseFacts fact(qint64 caseId, qint64 reportedAt, const QString &cls, SourceChannel source,
               qint64 closedAt = 0)
{
    CaseFacts cf;
    cf.fact.caseId = caseId;
    cf.fact.reportedAt = reportedAt;
    cf.fact.filedAt = reportedAt + 600000;
    cf.fact.classCode = cls;
    cf.fact.source = source;
    cf.fact.gridCode = QStringLiteral("430102001001001");
    cf.fact.communityCode = QStringLiteral("430102001001");
    cf.fact.streetCode = QStringLiteral("430102001");
    cf.fact.districtCode = QStringLiteral("430102");
    cf.fact.departmentId = 1;
    cf.fact.closedAt = closedAt;
    cf.fact.closedOnTime = closedAt > 0;
    return cf;
}

KpiDirectory directory()
{
    KpiDirectory d;
    d.cityZone = kCityZone;
    d.departments.insert(1, QStringLiteral("芙蓉区环境卫生服务中心"));
    d.classes.insert("06010", QStringLiteral("暴露垃圾"));
    d.classes.insert("09006", QStringLiteral("占道经营"));
    d.areas.insert("430102001001", QStringLiteral("识字里社区"));
    d.sources.insert("Patrol", QStringLiteral("监督员上报"));
    d.sources.insert("Hotline12345", QStringLiteral("12345热线"));
    return d;
}
} // namespace

class TestEvaluationFigures : public QObject
{
    Q_OBJECT
private slots:
    void figuresOfAMonth()
    {
        // November: three garbage reports on the 2nd (two closed), one street stall on the 20th;
        // October: one report, closed.
        std::vector<CaseFacts> facts;
        facts.push_back(fact(1, at(11, 2), "06010", SourceChannel::Patrol, at(11, 3)));
        facts.push_back(fact(2, at(11, 2), "06010", SourceChannel::Patrol, at(11, 4)));
        facts.push_back(fact(3, at(11, 2), "06010", SourceChannel::Hotline12345));
        facts.push_back(fact(4, at(11, 20), "09006", SourceChannel::Hotline12345));
        facts.push_back(fact(5, at(10, 15), "06010", SourceChannel::Patrol, at(10, 16)));
        const KpiEngine engine(std::move(facts), directory());
        const KpiPeriod november = KpiPeriod::month(2026, 11);
        const KpiReport report = KpiReport::make(engine, november, Dimension::Department, true,
                                                 QDateTime(QDate(2026, 11, 29), QTime(9, 0), kCityZone));
        EvaluationFigures figures;
        QSignalSpy changed(&figures, &EvaluationFigures::changed);
        const qint64 windowFrom = KpiPeriod::month(2025, 11).fromMs(kCityZone);
        figures.update({engine, report, november, Dimension::Department, QString(), windowFrom,
                        kCityZone, true});
        QCOMPARE(changed.count(), 1);

        // Tiles: reports 4 (against 1 in October, higher is better), closed 2.
        QCOMPARE(figures.cityTileRows().size(), 8);
        const CityFigure reports = figures.cityTileRows().at(0);
        QCOMPARE(reports.columnId, QStringLiteral("reports"));
        QCOMPARE(reports.value, QStringLiteral("4"));
        QCOMPARE(reports.change, QStringLiteral("↑3"));
        QVERIFY(reports.better);
        QCOMPARE(figures.cityTileRows().at(2).value, QStringLiteral("2"));

        // Trend: twelve months, October and November with figures, the months before empty.
        QCOMPARE(figures.trendRows().size(), 12);
        QCOMPARE(figures.trendRows().last().reports, 4);
        QCOMPARE(figures.trendRows().last().label, QStringLiteral("11月"));
        QCOMPARE(figures.trendRows().at(10).reports, 1);
        QCOMPARE(figures.trendRows().at(10).closure, 100.0);
        QCOMPARE(figures.trendRows().at(0).reports, 0);
        QVERIFY(figures.trendTitle().startsWith(dimensionName(Dimension::City, true)));
        // Of one department: its name in the title.
        figures.update({engine, report, november, Dimension::Department, QStringLiteral("1"),
                        windowFrom, kCityZone, true});
        QVERIFY(figures.trendTitle().startsWith(QStringLiteral("芙蓉区环境卫生服务中心")));
        // A window that starts later: the periods before it are not shown.
        figures.update({engine, report, november, Dimension::Department, QString(),
                        KpiPeriod::month(2026, 10).fromMs(kCityZone), kCityZone, true});
        QCOMPARE(figures.trendRows().size(), 2);

        // Mix: garbage 3, stalls 1; channels; the hot spot.
        QCOMPARE(figures.classMixRows().size(), 2);
        QCOMPARE(figures.classMixRows().first().name, QStringLiteral("暴露垃圾"));
        QCOMPARE(figures.classMixRows().first().value, 3);
        QCOMPARE(figures.sourceMixRows().size(), 2);
        QCOMPARE(figures.hotSpotRows().first().key, QStringLiteral("430102001001"));
        QCOMPARE(figures.hotSpotRows().first().reports, 4);

        // Calendar: 30 days from Sunday 1 November (six empty cells before it), the 2nd the
        // busiest.
        QCOMPARE(figures.calendarRows().size(), 30);
        QCOMPARE(figures.calendarOffset(), 6);
        QCOMPARE(figures.calendarRows().at(1).reports, 3);
        QCOMPARE(figures.calendarRows().at(1).level, 4);
        QCOMPARE(figures.calendarRows().at(19).level, 2);
        QCOMPARE(figures.calendarRows().at(0).level, 0);
        // Rows read one by one, as the charts do.
        QCOMPARE(figures.trend()->at(1).value<TrendPoint>().reports, 4);
        QVERIFY(!figures.trend()->at(2).isValid());
    }
};

class TestCaseDrillDown : public QObject
{
    Q_OBJECT
    ManualClock m_clock{QDateTime(QDate(2026, 11, 2), QTime(10, 0), kCityZone)};

private slots:
    void countersBehindAFigure()
    {
        KpiColumn c;
        QVERIFY(CaseDrillDown::columnFromId("closed", &c));
        QCOMPARE(CaseDrillDown::countersBehind(c), QList<Counter>{Counter::Closed});
        QVERIFY(CaseDrillDown::columnFromId("due_closure", &c));
        QCOMPARE(CaseDrillDown::countersBehind(c),
                 (QList<Counter>{Counter::Closed, Counter::OverduePending}));
        QVERIFY(!CaseDrillDown::columnFromId("nonsense", &c));
    }

    void casesBehindFiguresOpenInDispatch()
    {
        test::TestBackend backend;
        QVERIFY(backend.setUp().isEmpty());
        test::ModuleTestCity city;
        QCOMPARE(city.open(backend, m_clock), QString());
        QList<CaseRecord> cases;
        for (int i = 0; i < 3; ++i)
            cases << city.reportGarbage(QStringLiteral("第%1件").arg(i)).value();
        std::vector<CaseFacts> facts;
        facts.push_back(fact(cases[0].id, at(11, 2), "06010", SourceChannel::Patrol, at(11, 3)));
        facts.push_back(fact(cases[1].id, at(11, 2), "06010", SourceChannel::Patrol));
        facts.push_back(fact(cases[2].id, at(11, 20), "06010", SourceChannel::Patrol));
        auto engine = std::make_shared<const KpiEngine>(std::move(facts), directory());
        const KpiPeriod november = KpiPeriod::month(2026, 11);
        const KpiReport report = KpiReport::make(*engine, november, Dimension::Department, true,
                                                 m_clock.now());
        CaseDrillDown drill(city.platform->context());
        drill.drill("", "reports"); // nothing to drill into yet
        QVERIFY(drill.title().isEmpty());
        drill.setBasis(engine, report, november, Dimension::Department);

        drill.drill("", "reports");
        QCOMPARE(drill.rows().size(), 3);
        QCOMPARE(drill.rows().first().number, cases[0].caseNumber);
        QVERIFY(drill.title().contains("3"));
        drill.drill("1", "closed"); // the department's closed cases
        QCOMPARE(drill.rows().size(), 1);
        QCOMPARE(drill.rows().first().caseId, cases[0].id);
        drill.drillDay("2026-11-20");
        QCOMPARE(drill.rows().size(), 1);
        QCOMPARE(drill.rows().first().caseId, cases[2].id);
        drill.drillCommunity("430102001001");
        QCOMPARE(drill.rows().size(), 3);
        QVERIFY(drill.title().startsWith(QStringLiteral("识字里社区")));
        drill.drill("", "nonsense"); // closes the list
        QVERIFY(drill.title().isEmpty() && drill.rows().isEmpty());

        // Open in dispatch: only when a module works on cases.
        QVERIFY(!drill.openCase(cases[0].id));
        city.platform->navigator().accept(shell::Navigator::Destination::Case, "dispatch");
        QSignalSpy asked(&city.platform->navigator(), &shell::Navigator::caseRequested);
        QVERIFY(drill.openCase(cases[0].id));
        QCOMPARE(asked.first().at(0).toLongLong(), cases[0].id);
        backend.tearDown();
    }
};

YW_TEST_CLASS(TestEvaluationFigures)
YW_TEST_CLASS(TestCaseDrillDown)

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    return yw::test::runTestClasses(argc, argv);
}
#include "tst_evaluationpieces.moc"
