// The evaluation module on the small demo city (both backends): its figures agree with the
// engine's, the trend follows the selected unit, every figure drills to cases that open in
// dispatch, the report is written from the page, a change of a case reaches the figures, and the
// page renders offscreen with the ranking.
#include "evaluationworkspace.h"
#include "kpirankingmodel.h"
#include "localization.h"
#include "moduleworkstation.h"
#include "shellcontroller.h"

#include <QDir>
#include <QQmlApplicationEngine>
#include "quickitems.h"

#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Yiwang_ShellPlugin)
Q_IMPORT_QML_PLUGIN(Yiwang_UiPlugin)

using namespace yw;
using namespace yw::evaluation;

namespace {
using yw::test::findItem;
} // namespace

class TestEvaluationModule : public QObject
{
    Q_OBJECT
    test::TestBackend m_backend;
    store::DatabaseLocation m_location;
    core::SystemClock m_clock;
    shell::Localization m_localization;

private slots:
    void initTestCase()
    {
        QVERIFY2(m_backend.setUp().isEmpty(), "backend");
        QVERIFY(m_localization.install("zh_CN"));
        const QString err = test::buildSmallDemoCity(m_backend, m_location);
        QVERIFY2(err.isEmpty(), qPrintable(err));
    }
    void cleanupTestCase() { m_backend.tearDown(); }

    void figuresTrendDrillAndReport()
    {
        test::ModuleWorkstation w;
        QVERIFY2(w.open(m_location, m_clock).isEmpty(), "workstation");
        QVERIFY(w.as("shift1").isEmpty());
        auto *eval = w.backend<EvaluationWorkspace>("evaluation");
        QVERIFY(eval);
        QVERIFY(eval->waitUntilReady());
        QCOMPARE(eval->periodKind(), QStringLiteral("month"));
        QCOMPARE(eval->dimension(), QStringLiteral("department"));
        auto &ranking = eval->rankingModel();
        QVERIFY(ranking.rowCount() > 5); // departments and the city
        const KpiReport &report = eval->report();
        QCOMPARE(ranking.rowCount(), int(report.ranking.rows.size()) + 1);
        QVERIFY(report.ranking.total.count(Counter::Reports) > 100);
        // Ranked best first, the city last.
        const QModelIndex first = ranking.index(0);
        QCOMPARE(first.data(KpiRankingModel::RankRole).toInt(), 1);
        QVERIFY(ranking.index(ranking.rowCount() - 1).data(KpiRankingModel::IsTotalRole).toBool());
        QCOMPARE(eval->figures()->cityTileRows().size(), 8);
        QCOMPARE(eval->figures()->cityTileRows().first().value,
                 QString::number(report.ranking.total.count(Counter::Reports)));

        // The trend: twelve months of the city, then of one department.
        QCOMPARE(eval->figures()->trendRows().size(), 12);
        const QString dept = first.data(KpiRankingModel::KeyRole).toString();
        eval->select(dept);
        QCOMPARE(eval->selectedKey(), dept);
        QVERIFY(eval->figures()->trendTitle().startsWith(first.data(KpiRankingModel::NameRole).toString()));

        // Drill-down: the department's closed cases, each opening in dispatch.
        eval->drillDown()->drill(dept, "closed");
        QCOMPARE(qint64(eval->drillDown()->rows().size()), report.ranking.rows.front().count(Counter::Closed));
        QVERIFY(!eval->drillDown()->title().isEmpty());
        // A rate lists what was due: closed plus still overdue.
        eval->drillDown()->drill("", "closure_rate");
        QCOMPARE(qint64(eval->drillDown()->rows().size()),
                 std::min<qint64>(200, dueForClosure(report.ranking.total.n)));
        const qint64 caseId = eval->drillDown()->rows().first().caseId;
        QSignalSpy opened(w.platform->context().navigator, &shell::Navigator::openRequested);
        QVERIFY(eval->drillDown()->openCase(caseId));
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().first().toString(), QStringLiteral("dispatch"));

        // Hot spots and calendar days list their reports.
        const HotSpot hot = eval->figures()->hotSpotRows().first();
        eval->drillDown()->drillCommunity(hot.key);
        QCOMPARE(qint64(eval->drillDown()->rows().size()), std::min<qint64>(200, hot.reports));
        const CalendarDay firstDay = eval->figures()->calendarRows().first();
        eval->drillDown()->drillDay(firstDay.date);
        QCOMPARE(qint64(eval->drillDown()->rows().size()), std::min<qint64>(200, firstDay.reports));

        // Other kinds of unit and periods.
        eval->setDimension("district");
        QCOMPARE(int(eval->report().ranking.rows.size()), 5);
        eval->setPeriodKind("week");
        QVERIFY(eval->periodLabel().contains("-W"));
        const QString week = eval->periodLabel();
        eval->shiftPeriod(-1);
        QVERIFY(eval->periodLabel() != week);
        eval->shiftPeriod(+1);
        QCOMPARE(eval->periodLabel(), week);
        QCOMPARE(eval->figures()->calendarRows().size(), 7);

        // The report from the page.
        QTemporaryDir dir;
        QVERIFY(eval->exportReport(QUrl::fromLocalFile(dir.filePath("w.pdf"))).isEmpty());
        QVERIFY(QFileInfo(dir.filePath("w.pdf")).size() > 10000);
        QVERIFY(eval->exportReport(QUrl::fromLocalFile(dir.filePath("w.xlsx"))).isEmpty());
        QVERIFY(!eval->exportReport(QUrl::fromLocalFile(dir.filePath("w.docx"))).isEmpty());
        QVERIFY(!eval->exportReport(QUrl::fromLocalFile("/nonexistent/dir/w.csv")).isEmpty());
    }

    // A case handled on another workstation reaches the figures (facts rebuilt for it alone).
    void changesReachTheFigures()
    {
        test::ModuleWorkstation w;
        QVERIFY2(w.open(m_location, m_clock).isEmpty(), "workstation");
        auto *eval = w.backend<EvaluationWorkspace>("evaluation");
        QVERIFY(eval->waitUntilReady());
        eval->setPeriodKind("day");
        eval->shiftPeriod(1); // today
        const qint64 before = eval->report().ranking.total.count(Counter::Reports);
        // A new report through the service, as the intake desk files it.
        QVERIFY(w.as("intake01").isEmpty());
        core::CaseRecord d;
        d.source = core::SourceChannel::LeaderAssignment; // 领导交办: accepted without verifying
        d.kind = core::TaxonomyKind::Matter;
        d.classCode = "06010";
        d.description = "新的暴露垃圾";
        d.hasLocation = true;
        d.longitude = 113.0107;
        d.latitude = 28.1893;
        d.communityCode = "430102001001";
        QSignalSpy fullReads(eval, &EvaluationWorkspace::busyChanged);
        auto c = w.platform->context().cases->report(w.platform->session().user(), d);
        QVERIFY2(c, c ? "" : qPrintable(c.error().message));
        // The change feed names the case; only its facts are rebuilt and swapped in.
        w.platform->changeFeed().poll();
        QVERIFY(eval->waitForChanges());
        QCOMPARE(eval->report().ranking.total.count(Counter::Reports), before + 1);
        QCOMPARE(fullReads.count(), 0); // the period was not read again
        // An action on it: its facts replace the old ones (still one report, now accepted).
        const qint64 accepted = eval->report().ranking.total.count(Counter::Accepted);
        auto a = w.platform->context().cases->act(w.platform->session().user(), c->id, c->version,
                                                  core::CaseAction::Accept, {});
        QVERIFY2(a, a ? "" : qPrintable(a.error().message));
        w.platform->changeFeed().poll();
        QVERIFY(eval->waitForChanges());
        QCOMPARE(eval->report().ranking.total.count(Counter::Reports), before + 1);
        QCOMPARE(eval->report().ranking.total.count(Counter::Accepted), accepted + 1);
        QCOMPARE(fullReads.count(), 0);
    }

    void pageRendersTheRanking()
    {
        test::ModuleWorkstation w;
        QVERIFY2(w.open(m_location, m_clock).isEmpty(), "workstation");
        QVERIFY(w.as("shift1").isEmpty());
        shell::ShellController controller(w.platform.get(), &w.host, QString(), "evaluation", "zh_CN");
        QQmlApplicationEngine engine;
        engine.addImportPath("qrc:/");
        engine.load(QUrl("qrc:/Yiwang/Ui/Main.qml"));
        QVERIFY(!engine.rootObjects().isEmpty());
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
        QVERIFY(QTest::qWaitForWindowExposed(window));
        auto *eval = w.backend<EvaluationWorkspace>("evaluation");
        QVERIFY(eval->waitUntilReady());
        QQuickItem *list = nullptr;
        QTRY_VERIFY((list = findItem(window->contentItem(), "rankingList")) != nullptr);
        QTRY_COMPARE(list->property("count").toInt(), eval->rankingModel().rowCount());
        QVERIFY(list->property("count").toInt() > 5);
        auto *period = findItem(window->contentItem(), "periodText");
        QVERIFY(period && period->property("text").toString().contains(eval->periodLabel()));
        QTest::qWait(200);
        const QImage shot = window->grabWindow();
        QVERIFY(!shot.isNull());
        if (qEnvironmentVariableIsSet("YW_SCREENSHOT_DIR"))
            shot.save(QDir(qEnvironmentVariable("YW_SCREENSHOT_DIR")).filePath("evaluation-test.png"));
        // Each tab of the mix shows something (channels, hot spots, the calendar).
        auto *tabs = findItem(window->contentItem(), "mixTabs");
        QVERIFY(tabs);
        for (int tab : {1, 2, 3}) {
            tabs->setProperty("currentIndex", tab);
            QTest::qWait(300);
            const QImage t = window->grabWindow();
            if (qEnvironmentVariableIsSet("YW_SCREENSHOT_DIR"))
                t.save(QDir(qEnvironmentVariable("YW_SCREENSHOT_DIR")).filePath(QStringLiteral("evaluation-tab%1.png").arg(tab)));
            QVERIFY(t != shot);
        }
    }
};

QTEST_MAIN(TestEvaluationModule)
#include "tst_evaluationmodule.moc"
