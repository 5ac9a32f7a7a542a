// CaseQueue on a tiny city (no demo city): the open cases as the signed-in user may see them,
// the lights and the views' counts on the injected clock, search, sort, ticks that survive a
// re-read, and other workstations' changes arriving through the change feed.
#include "boardsettings.h"
#include "casequeue.h"
#include "dispatchworkspace.h"
#include "moduletestcity.h"
#include "session.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace yw;
using namespace yw::core;
using yw::dispatch::CaseQueue;
using yw::dispatch::CaseQueueModel;

class TestCaseQueue : public QObject
{
    Q_OBJECT
    test::TestBackend m_backend;
    // Monday 23 November 2026, 09:00 in the city: working time.
    ManualClock m_clock{QDateTime(QDate(2026, 11, 23), QTime(9, 0), QTimeZone(8 * 3600))};

    QHash<qint64, QString> names(const test::ModuleTestCity &city)
    {
        return {{city.sanitation, QStringLiteral("芙蓉区环境卫生服务中心")},
                {city.water, QStringLiteral("长沙水业集团")}};
    }
    QList<qint64> shownIds(CaseQueue &q)
    {
        QList<qint64> ids;
        for (int row = 0; row < q.rows()->rowCount(); ++row)
            ids << q.rows()->index(row, 0).data(CaseQueueModel::CaseIdRole).toLongLong();
        return ids;
    }

private slots:
    void initTestCase() { QVERIFY(m_backend.setUp().isEmpty()); }
    void cleanupTestCase() { m_backend.tearDown(); }

    void listsTheOpenCasesWithTheirLightsAndViews()
    {
        test::ModuleTestCity city;
        QCOMPARE(city.open(m_backend, m_clock), QString());
        const auto a = city.reportGarbage(QStringLiteral("识字里路口暴露垃圾"));
        const auto b = city.reportGarbage(QStringLiteral("东风路垃圾"));
        QVERIFY(a && b);
        QCOMPARE(city.as("shift"), QString());
        CaseQueue queue(city.platform->context(), names(city));
        QVERIFY(queue.refresh());
        QCOMPARE(queue.total(), 2);
        QCOMPARE(queue.green(), 2);
        QCOMPARE(queue.red(), 0);
        QCOMPARE(queue.views()->rowCount(), 5);
        QCOMPARE(queue.views()->index(0).data(shell::ChoiceListModel::CountRole).toInt(), 2);
        // Nobody acknowledged them yet.
        const int unacknowledged = queue.views()->indexOf(QStringLiteral("Unacknowledged"));
        QCOMPARE(queue.views()->index(unacknowledged).data(shell::ChoiceListModel::CountRole).toInt(), 2);

        // A working day later the acceptance step is long overdue: the clock's jump turns them red.
        QSignalSpy counts(&queue, &CaseQueue::countsChanged);
        m_clock.advance(24 * 3600);
        QVERIFY(counts.count() >= 1);
        QCOMPARE(queue.red(), 2);
        const int overdue = queue.views()->indexOf(QStringLiteral("Overdue"));
        QCOMPARE(queue.views()->index(overdue).data(shell::ChoiceListModel::CountRole).toInt(), 2);
        queue.setView(QStringLiteral("Overdue"));
        QCOMPARE(queue.rows()->rowCount(), 2);
        queue.setView(QStringLiteral("Muted"));
        QCOMPARE(queue.rows()->rowCount(), 0);
        queue.setView(QStringLiteral("NoSuchView")); // ignored
        QCOMPARE(queue.view(), QStringLiteral("Muted"));
        queue.showAll();
        QCOMPARE(queue.rows()->rowCount(), 2);

        // Search by text.
        queue.setSearch(QStringLiteral("东风路"));
        QCOMPARE(shownIds(queue), QList<qint64>{b->id});
        QCOMPARE(queue.shownRowOf(b->id), 0);
        QCOMPARE(queue.shownRowOf(a->id), -1);
        queue.setSearch(QString());

        // Sort by case number, again reverses; Ctrl+Shift+S walks the columns.
        queue.sortBy(QStringLiteral("case"));
        QCOMPARE(shownIds(queue), (QList<qint64>{a->id, b->id}));
        queue.sortBy(QStringLiteral("case"));
        QVERIFY(queue.sortDescending());
        QCOMPARE(shownIds(queue), (QList<qint64>{b->id, a->id}));
        queue.sortByNext();
        QCOMPARE(queue.sortKey(), QStringLiteral("class"));
        queue.sortBy(QStringLiteral("nonsense")); // ignored
        QCOMPARE(queue.sortKey(), QStringLiteral("class"));
    }

    void ticksSurviveAReadAndDepartmentsSeeTheirOwn()
    {
        test::ModuleTestCity city;
        QCOMPARE(city.open(m_backend, m_clock), QString());
        const auto a = city.reportGarbage(QStringLiteral("甲"));
        const auto b = city.reportGarbage(QStringLiteral("乙"));
        QVERIFY(a && b);
        QCOMPARE(city.as("shift"), QString());
        CaseQueue queue(city.platform->context(), names(city));
        QVERIFY(queue.refresh());
        QSignalSpy checked(&queue, &CaseQueue::checkedChanged);
        queue.toggleChecked(a->id);
        QCOMPARE(queue.checkedCount(), 1);
        QVERIFY(queue.refresh());
        QCOMPARE(queue.checkedCases(), QList<qint64>{a->id});
        queue.toggleChecked(a->id);
        QCOMPARE(queue.checkedCount(), 0);
        queue.toggleChecked(424242); // not on the board: nothing
        QCOMPARE(queue.checkedCount(), 0);
        queue.setSearch(QStringLiteral("乙"));
        queue.checkAllShown();
        QCOMPARE(queue.checkedCases(), QList<qint64>{b->id});
        queue.clearChecked();
        QCOMPARE(queue.checkedCount(), 0);
        QVERIFY(checked.count() >= 4);

        // Case a goes through to the sanitation centre; its handler sees only that one, the
        // water company's handler none.
        auto &cases = *city.platform->context().cases;
        auto step = [&](const QString &login, CaseAction action, qint64 dept = 0) {
            city.as(login);
            auto c = cases.get(a->id);
            ActionParams p;
            p.departmentId = dept;
            return cases.act(city.platform->session().user(), a->id, c->version, action, p);
        };
        QVERIFY(step("intake", CaseAction::Accept));
        QVERIFY(step("shift", CaseAction::File));
        QVERIFY(step("dispatcher", CaseAction::Dispatch, city.sanitation));
        QCOMPARE(city.as("handler"), QString());
        QVERIFY(queue.refresh());
        QVERIFY(shownIds(queue).isEmpty()); // the search for 乙 still hides it
        queue.setSearch(QString());
        QCOMPARE(shownIds(queue), QList<qint64>{a->id});
        QCOMPARE(queue.model().index(0).data(CaseQueueModel::OwnerRole).toString(),
                 QStringLiteral("芙蓉区环境卫生服务中心"));
        QCOMPARE(city.as("water"), QString());
        QVERIFY(queue.refresh());
        QCOMPARE(queue.total(), 0);
    }

    void anotherWorkstationsReportArrivesThroughTheFeed()
    {
        test::ModuleTestCity city;
        QCOMPARE(city.open(m_backend, m_clock), QString());
        QCOMPARE(city.as("shift"), QString());
        CaseQueue queue(city.platform->context(), names(city));
        QVERIFY(queue.refresh());
        QCOMPARE(queue.total(), 0);
        QSignalSpy refreshed(&queue, &CaseQueue::refreshed);
        QVERIFY(city.reportGarbage(QStringLiteral("新上报")));
        QTRY_COMPARE_WITH_TIMEOUT(queue.total(), 1, 3000);
        QVERIFY(refreshed.count() >= 1);
    }

    // When a case turns yellow is this workstation's setting (BoardSettings): kept in its
    // settings, clamped to a sane range, and applied to the board at once.
    void yellowThresholdIsTheWorkstationsSetting()
    {
        test::ModuleTestCity city;
        QCOMPARE(city.open(m_backend, m_clock), QString());
        QVERIFY(city.reportGarbage(QStringLiteral("识字里路口暴露垃圾")));
        QCOMPARE(city.as("shift"), QString());
        dispatch::DispatchWorkspace workspace(city.platform->context());
        QVERIFY(workspace.refresh());
        m_clock.advance(9 * 60); // 60 % of the 15 minutes to accept
        QCOMPARE(workspace.queue()->green(), 1);
        QSignalSpy counts(workspace.queue(), &CaseQueue::countsChanged);
        workspace.boardSettings()->setYellowPercent(50);
        QVERIFY(counts.count() >= 1);
        QCOMPARE(workspace.queue()->yellow(), 1);
        QCOMPARE(workspace.queue()->green(), 0);

        QTemporaryDir dir;
        QSettings ini(dir.filePath(QStringLiteral("ws.ini")), QSettings::IniFormat);
        {
            dispatch::BoardSettings s(&ini);
            QCOMPARE(s.yellowPercent(), dispatch::BoardSettings::kDefaultYellowPercent);
            s.setYellowPercent(60);
            s.setBoundaryMetres(9999); // clamped
            QCOMPARE(s.boundaryMetres(), dispatch::BoardSettings::kMaxBoundaryMetres);
            s.setYellowPercent(10);    // clamped
            QCOMPARE(s.yellowPercent(), dispatch::BoardSettings::kMinYellowPercent);
            s.setYellowPercent(70);
        }
        ini.setValue(QStringLiteral("dispatch/boundaryMetres"), -40); // a hand-edited file
        dispatch::BoardSettings again(&ini);
        QCOMPARE(again.yellowPercent(), 70);
        QCOMPARE(again.boundaryMetres(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCaseQueue)
#include "tst_casequeue.moc"
