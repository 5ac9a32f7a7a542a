// CaseActions on a tiny city: the actions offered follow the role and the state (and, for ticked
// cases, what all of them allow); an action goes through the service to the proposed owner or
// the one chosen; a stale version is a conflict with a reload; batches name what was refused;
// the board marks apply to the ticked cases or the selected one, and not for a department.
#include "caseactions.h"
#include "dispatchparts.h"
#include "routingrepository.h"
#include "session.h"

#include <QSignalSpy>
#include <QTest>

using namespace yw;
using namespace yw::core;
using yw::dispatch::CaseActions;
using yw::dispatch::CaseDetail;
using yw::dispatch::CaseQueue;

class TestCaseActions : public QObject
{
    Q_OBJECT
    test::TestBackend m_backend;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 23), QTime(9, 0), QTimeZone(8 * 3600))};

private slots:
    void initTestCase() { QVERIFY(m_backend.setUp().isEmpty()); }
    void cleanupTestCase() { m_backend.tearDown(); }

    void offersWhatTheRoleMayDoAndDoesIt()
    {
        test::ModuleTestCity city;
        QCOMPARE(city.open(m_backend, m_clock), QString());
        const auto c = city.reportGarbage(QStringLiteral("识字里路口暴露垃圾"));
        QVERIFY(c);
        QCOMPARE(city.as("intake"), QString());
        test::DispatchParts p(city);
        QVERIFY(p.queue->refresh());
        QCOMPARE(p.actions->act("Accept", "", 0), QStringLiteral("Nothing to do.")); // none selected
        p.detail->select(c->id);
        QVERIFY(p.keys().contains("Accept"));
        QVERIFY(!p.actions->needsDepartment());
        QCOMPARE(p.actions->act("Accept", "", 0), QString());
        QCOMPARE(p.detail->summary().stateKey, QStringLiteral("PendingFiling"));
        QCOMPARE(city.as("shift"), QString());
        QCOMPARE(p.actions->act("File", "", 0), QString());
        // The dispatcher is offered Dispatch, which needs a department: 0 means the proposed one.
        QCOMPARE(city.as("dispatcher"), QString());
        QVERIFY(p.keys().contains("Dispatch"));
        QVERIFY(p.actions->needsDepartment());
        QCOMPARE(p.actions->act("Dispatch", "", 0), QString());
        QCOMPARE(city.platform->context().cases->get(c->id)->ownerDepartmentId, city.sanitation);
        // Another department's handler is offered nothing; the owner's may accept it.
        QCOMPARE(city.as("water"), QString());
        QVERIFY(p.keys().isEmpty());
        QCOMPARE(city.as("handler"), QString());
        QCOMPARE(p.actions->act("DepartmentAccept", "", 0), QString());
        // Feedback needs an opinion: refused with the reason, nothing changes.
        QVERIFY(!p.actions->act("Feedback", "", 0).isEmpty());
        QCOMPARE(p.detail->summary().stateKey, QStringLiteral("Handling"));
        // More time: the extension form is offered.
        QVERIFY(p.keys().contains("RequestExtension"));
        QVERIFY(p.actions->needsExtension());
        QCOMPARE(p.actions->act("RequestExtension", "需协调车辆", 0, 5), QString());
        QCOMPARE(city.as("shift"), QString());
        p.detail->reload();
        QCOMPARE(p.detail->summary().requestedExtensionHours, 5.0);
        // Not an action at all.
        QCOMPARE(p.actions->act("NoSuchAction", "", 0), QStringLiteral("Nothing to do."));
    }

    void aStaleVersionIsAConflictAndReloads()
    {
        test::ModuleTestCity city;
        QCOMPARE(city.open(m_backend, m_clock), QString());
        const auto c = city.reportGarbage(QStringLiteral("两席同时处理"));
        QVERIFY(c);
        QCOMPARE(city.as("intake"), QString());
        test::DispatchParts p(city);
        QVERIFY(p.queue->refresh());
        p.detail->select(c->id);
        // Another workstation accepts it first.
        QVERIFY(city.platform->context().cases->act(city.platform->session().user(), c->id, 1,
                                                    CaseAction::Accept, {}));
        QSignalSpy notices(p.actions.get(), &CaseActions::notice);
        const QString conflict = p.actions->act("Accept", "", 0);
        QVERIFY(!conflict.isEmpty());
        QCOMPARE(notices.count(), 1);
        // Reloaded: it shows the case as the other left it, and offers no second acceptance.
        QCOMPARE(p.detail->summary().stateKey, QStringLiteral("PendingFiling"));
        QVERIFY(!p.keys().contains("Accept"));
        QCOMPARE(city.platform->context().cases->get(c->id)->version, 2);
    }

    void batchesAndBoardMarks()
    {
        test::ModuleTestCity city;
        QCOMPARE(city.open(m_backend, m_clock), QString());
        QList<qint64> ids;
        for (int i = 0; i < 3; ++i)
            ids << city.reportGarbage(QStringLiteral("批量 %1").arg(i), SourceChannel::Hotline12345)->id;
        QCOMPARE(city.as("intake"), QString());
        test::DispatchParts p(city);
        QVERIFY(p.queue->refresh());
        for (qint64 id : ids)
            p.queue->toggleChecked(id);
        QVERIFY(p.keys().contains("SendVerify"));
        // One of them moves on elsewhere first: the batch does the rest and names the refusal.
        QVERIFY(city.platform->context().cases->act(city.platform->session().user(), ids[1], 1,
                                                    CaseAction::SendVerify, {}));
        const QString batch = p.actions->act("SendVerify", "", 0);
        QVERIFY2(batch.contains(city.platform->context().cases->get(ids[1])->caseNumber), qPrintable(batch));
        QCOMPARE(p.queue->checkedCount(), 0);
        for (qint64 id : ids)
            QCOMPARE(city.platform->context().cases->get(id)->state, CaseState::Verifying);

        // Marks on the ticked cases, then on the selected one.
        p.queue->toggleChecked(ids[0]);
        p.queue->toggleChecked(ids[2]);
        QCOMPARE(p.actions->acknowledge(), QString());
        QCOMPARE(p.queue->checkedCount(), 0);
        p.detail->select(ids[0]);
        QCOMPARE(p.detail->summary().acknowledgedBy, QStringLiteral("intake"));
        p.detail->select(ids[1]);
        QVERIFY(p.detail->summary().acknowledgedBy.isEmpty());
        QCOMPARE(p.actions->mute(30), QString());
        QVERIFY(!p.detail->summary().mutedUntil.isEmpty());
        QCOMPARE(p.actions->setNote(QStringLiteral("等回电")), QString());
        QCOMPARE(p.detail->summary().note, QStringLiteral("等回电"));
        QVERIFY(!p.actions->mute(24 * 60 + 1).isEmpty()); // a day at most
        // A department handler may not mark the board.
        QCOMPARE(city.as("handler"), QString());
        QVERIFY(!p.actions->acknowledge().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCaseActions)
#include "tst_caseactions.moc"
