// The case service on the backend CTest chose: validation, roles enforced below the UI, the event
// log, case numbers, and two writers on one case.
#include "storefixture.h"

#include <QSqlQuery>

#include <atomic>
#include <thread>

using namespace yw::core;
using namespace yw::store;

class TestCaseService : public QObject
{
    Q_OBJECT
    yw::test::TestBackend m_backend;

private slots:
    void initTestCase() { QVERIFY2(m_backend.setUp().isEmpty(), "cluster"); }
    void cleanupTestCase() { m_backend.tearDown(); }
    void reportFillsTheAreaChainAndClock();
    void badReports_data();
    void badReports();
    void rolesAreEnforcedInTheService();
    void wholeFlowWithHistory();
    void staleVersionIsAConflict();
    void twoWritersExactlyOneWins();
    void twoWritersRacingInThreads();
    void caseNumbersAreDailySequences();
    void dispatchToUnknownDepartmentFails();
};

void TestCaseService::reportFillsTheAreaChainAndClock()
{
    yw::test::StoreFixture f;
    QVERIFY2(f.open(m_backend).isEmpty(), "fixture");
    auto c = f.cases->report(f.user(Role::FieldInspector), f.garbageDraft());
    QVERIFY2(c, qPrintable(c.error().message));
    QVERIFY(c->id > 0);
    QCOMPARE(c->state, CaseState::Reported);
    QCOMPARE(c->version, 1);
    QCOMPARE(c->streetCode, QStringLiteral("430102001"));
    QCOMPARE(c->districtCode, QStringLiteral("430102"));
    QCOMPARE(c->standard, QStringLiteral("GB/T 47678.5-2026"));
    QCOMPARE(c->reporterUserId, f.user(Role::FieldInspector).id);
    QCOMPARE(c->verification, Verification::NotRequired);
    QCOMPARE(c->step.step, Step::Accept);
    QVERIFY(c->step.deadline.isValid());
    // What was stored is what was returned.
    auto stored = f.cases->get(c->id);
    QVERIFY(stored);
    QCOMPARE(stored->caseNumber, c->caseNumber);
    QCOMPARE(stored->step.deadline, c->step.deadline);
    QCOMPARE(stored->longitude, 113.0107);
    QCOMPARE(stored->description, QStringLiteral("识字里路口暴露垃圾"));
    const auto history = f.cases->history(c->id);
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->first().action, QStringLiteral("Report"));
    QCOMPARE(history->first().workstation, QStringLiteral("ws-1"));
    QCOMPARE(history->first().actorLogin, QStringLiteral("fieldinspector"));
}

void TestCaseService::badReports_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("message");
    QTest::newRow("no description") << "description" << "describe";
    QTest::newRow("unknown class") << "class" << "no matter class";
    QTest::newRow("legacy class code") << "legacy" << "must be 5 digits";
    QTest::newRow("coordinates swapped") << "swapped" << "wrong coordinate system";
    QTest::newRow("projected coordinates") << "projected" << "wrong coordinate system";
    QTest::newRow("bad grid code") << "grid" << "unit grid code";
    QTest::newRow("community of another city") << "community" << "not part of this city";
    QTest::newRow("no place") << "noplace" << "at least the district";
    QTest::newRow("component of another class") << "component" << "is not of class";
}

void TestCaseService::badReports()
{
    QFETCH(QString, what);
    QFETCH(QString, message);
    yw::test::StoreFixture f;
    QVERIFY2(f.open(m_backend).isEmpty(), "fixture");
    CaseRecord d = f.garbageDraft();
    if (what == QLatin1String("description"))
        d.description = QStringLiteral("  ");
    else if (what == QLatin1String("class"))
        d.classCode = QStringLiteral("06999");
    else if (what == QLatin1String("legacy"))
        d.classCode = QStringLiteral("0102");
    else if (what == QLatin1String("swapped"))
        std::swap(d.longitude, d.latitude);
    else if (what == QLatin1String("projected")) {
        d.longitude = 3380000; // Gauss-Krüger metres
        d.latitude = 38500000;
    } else if (what == QLatin1String("grid"))
        d.gridCode = QStringLiteral("43010200100100X");
    else if (what == QLatin1String("community"))
        d.communityCode = QStringLiteral("110101001001"); // Beijing
    else if (what == QLatin1String("noplace"))
        d.communityCode.clear();
    else if (what == QLatin1String("component")) {
        d.kind = TaxonomyKind::Component;
        d.classCode = QStringLiteral("01001");
        d.componentId = QStringLiteral("43010201002000001"); // a sewage cover's id
    }
    auto c = f.cases->report(f.user(Role::IntakeOperator), d);
    QVERIFY(!c);
    QCOMPARE(int(c.error().code), int(Error::Code::InvalidInput));
    QVERIFY2(c.error().message.contains(message), qPrintable(c.error().message));
    auto q = f.db->exec(QStringLiteral("SELECT COUNT(*) FROM cases"));
    QVERIFY(q && q.value().next());
    QCOMPARE(q.value().value(0).toInt(), 0); // nothing half-written
}

void TestCaseService::rolesAreEnforcedInTheService()
{
    yw::test::StoreFixture f;
    QVERIFY2(f.open(m_backend).isEmpty(), "fixture");
    // Department handlers, dispatchers, trainers and admins do not report.
    for (Role r : {Role::DepartmentHandler, Role::Dispatcher, Role::Admin, Role::Trainer}) {
        auto c = f.cases->report(f.user(r), f.garbageDraft());
        QVERIFY(!c);
        QCOMPARE(int(c.error().code), int(Error::Code::Forbidden));
    }
    auto c = f.cases->report(f.user(Role::IntakeOperator), f.garbageDraft());
    QVERIFY(c);
    // The dispatcher may not accept or file: refused here, whatever a screen offers.
    for (CaseAction a : {CaseAction::Accept, CaseAction::File, CaseAction::Close}) {
        auto r = f.cases->act(f.user(Role::Dispatcher), c->id, c->version, a, {});
        QVERIFY(!r);
        QVERIFY(r.error().code == Error::Code::Forbidden || r.error().code == Error::Code::GuardFailed);
    }
    auto stored = f.cases->get(c->id);
    QCOMPARE(stored->version, 1);
    QCOMPARE(f.cases->history(c->id)->size(), 1); // no event for refused actions
    // A dispatcher for another district cannot touch this case even in the right state.
    User other = f.user(Role::ShiftLeader);
    other.scopeAreas = {QStringLiteral("430104")};
    auto accepted = f.cases->act(f.user(Role::IntakeOperator), c->id, 1, CaseAction::Accept, {});
    QVERIFY2(accepted, qPrintable(accepted.error().message));
    auto filed = f.cases->act(other, c->id, accepted->version, CaseAction::File, {});
    QVERIFY(!filed);
    QCOMPARE(int(filed.error().code), int(Error::Code::Forbidden));
}

void TestCaseService::wholeFlowWithHistory()
{
    yw::test::StoreFixture f;
    QVERIFY2(f.open(m_backend).isEmpty(), "fixture");
    CaseRecord d = f.garbageDraft();
    d.source = SourceChannel::Hotline12345;
    d.reporterName = QStringLiteral("市民王女士");
    auto c = f.cases->report(f.user(Role::IntakeOperator), d);
    QVERIFY(c);
    QCOMPARE(c->verification, Verification::Pending);
    ActionParams p;
    p.inspectorUserId = f.user(Role::FieldInspector).id;
    p.departmentId = f.sanitation;
    p.note = QStringLiteral("已清理完毕");
    const QList<QPair<Role, CaseAction>> steps = {
        {Role::IntakeOperator, CaseAction::SendVerify}, {Role::FieldInspector, CaseAction::VerifyConfirm},
        {Role::ShiftLeader, CaseAction::File},          {Role::Dispatcher, CaseAction::Dispatch},
        {Role::DepartmentHandler, CaseAction::DepartmentAccept},
        {Role::DepartmentHandler, CaseAction::Feedback}, {Role::IntakeOperator, CaseAction::SendCheck},
        {Role::FieldInspector, CaseAction::CheckFail},   {Role::DepartmentHandler, CaseAction::Feedback},
        {Role::IntakeOperator, CaseAction::SendCheck},   {Role::FieldInspector, CaseAction::CheckPass},
        {Role::ShiftLeader, CaseAction::Close}};
    CaseRecord cur = c.value();
    for (const auto &[role, action] : steps) {
        f.clock.advance(900);
        auto next = f.cases->act(f.user(role), cur.id, cur.version, action, p);
        QVERIFY2(next, qPrintable(enumKey(action) + QStringLiteral(": ") + next.error().message));
        QCOMPARE(next->version, cur.version + 1);
        cur = next.value();
    }
    QCOMPARE(cur.state, CaseState::Closed);
    QCOMPARE(cur.reworkCount, 1);
    QCOMPARE(cur.ownerDepartmentId, f.sanitation);
    QCOMPARE(cur.closedAt, f.clock.now());
    const auto history = f.cases->history(cur.id);
    QCOMPARE(history->size(), 1 + steps.size());
    QCOMPARE(history->at(4).action, QStringLiteral("Dispatch"));
    QCOMPARE(history->at(4).payload.value(QStringLiteral("departmentId")).toInteger(), f.sanitation);
    QCOMPARE(history->at(8).toState, CaseState::Handling); // the failed check: rework
    QCOMPARE(history->last().toState, CaseState::Closed);
    QCOMPARE(history->last().caseVersion, cur.version);
    for (int i = 1; i < history->size(); ++i)
        QCOMPARE(history->at(i).fromState, history->at(i - 1).toState);
}

void TestCaseService::staleVersionIsAConflict()
{
    yw::test::StoreFixture f;
    QVERIFY2(f.open(m_backend).isEmpty(), "fixture");
    auto c = f.cases->report(f.user(Role::IntakeOperator), f.garbageDraft());
    QVERIFY(f.cases->act(f.user(Role::IntakeOperator), c->id, 1, CaseAction::Accept, {}));
    auto stale = f.cases->act(f.user(Role::IntakeOperator), c->id, 1, CaseAction::SendVerify, {});
    QVERIFY(!stale);
    QCOMPARE(int(stale.error().code), int(Error::Code::Conflict));
    QVERIFY(stale.error().message.contains(c->caseNumber));
    QCOMPARE(f.cases->get(c->id)->state, CaseState::PendingFiling);
}

void TestCaseService::twoWritersExactlyOneWins()
{
    // Two workstations, two connections, one case, the same version seen by both.
    yw::test::StoreFixture a;
    QVERIFY2(a.open(m_backend, QStringLiteral("ws-a")).isEmpty(), "fixture");
    auto c = a.cases->report(a.user(Role::IntakeOperator), a.garbageDraft());
    c = a.cases->act(a.user(Role::IntakeOperator), c->id, 1, CaseAction::Accept, {});
    c = a.cases->act(a.user(Role::ShiftLeader), c->id, 2, CaseAction::File, {});
    QVERIFY(c);
    auto second = a.db->openAnother();
    QVERIFY2(second, qPrintable(second.error().message));
    CaseService b(*second.value(), a.clock, {a.taxonomy, a.calendar, a.limits, a.areas});

    ActionParams toSanitation;
    toSanitation.departmentId = a.sanitation;
    ActionParams toWater;
    toWater.departmentId = a.water;
    const int seen = c->version;
    auto first = a.cases->act(a.user(Role::Dispatcher), c->id, seen, CaseAction::Dispatch, toSanitation);
    auto late = b.act(a.user(Role::Dispatcher), c->id, seen, CaseAction::Dispatch, toWater);
    QVERIFY(first.ok() != late.ok());
    QVERIFY(first.ok());
    QCOMPARE(int(late.error().code), int(Error::Code::Conflict));
    const auto stored = b.get(c->id);
    QCOMPARE(stored->ownerDepartmentId, a.sanitation); // never silently overwritten
    QCOMPARE(stored->version, seen + 1);
    const auto history = b.history(c->id);
    QCOMPARE(std::count_if(history->begin(), history->end(),
                           [](const CaseEvent &e) { return e.action == QLatin1String("Dispatch"); }),
             1);
}

void TestCaseService::twoWritersRacingInThreads()
{
    // Two workstations that really race: each thread its own connection, released together.
    yw::test::StoreFixture f;
    QVERIFY2(f.open(m_backend).isEmpty(), "fixture");
    auto c = f.cases->report(f.user(Role::IntakeOperator), f.garbageDraft());
    c = f.cases->act(f.user(Role::IntakeOperator), c->id, 1, CaseAction::Accept, {});
    c = f.cases->act(f.user(Role::ShiftLeader), c->id, 2, CaseAction::File, {});
    QVERIFY(c);
    const DatabaseLocation loc = f.db->location();
    const CaseService::Rules rules{f.taxonomy, f.calendar, f.limits, f.areas};
    std::atomic<int> ready{0};
    Error::Code outcome[2] = {Error::Code::Internal, Error::Code::Internal};
    const qint64 departments[2] = {f.sanitation, f.water};
    auto worker = [&](int i) {
        auto db = Database::open(loc, Database::OpenMode::Existing, QStringLiteral("ws-%1").arg(i));
        if (!db)
            return;
        CaseService svc(*db.value(), f.clock, rules);
        ActionParams p;
        p.departmentId = departments[i];
        ++ready;
        while (ready.load() < 2) {
        }
        auto r = svc.act(f.user(Role::Dispatcher), c->id, c->version, CaseAction::Dispatch, p);
        outcome[i] = r ? Error::Code::None : r.error().code;
    };
    std::thread t0(worker, 0), t1(worker, 1);
    t0.join();
    t1.join();
    const int wins = int(outcome[0] == Error::Code::None) + int(outcome[1] == Error::Code::None);
    QCOMPARE(wins, 1);
    QVERIFY(outcome[0] == Error::Code::Conflict || outcome[1] == Error::Code::Conflict);
    const auto stored = f.cases->get(c->id);
    QCOMPARE(stored->version, c->version + 1);
    QCOMPARE(stored->ownerDepartmentId, departments[outcome[0] == Error::Code::None ? 0 : 1]);
}

void TestCaseService::caseNumbersAreDailySequences()
{
    yw::test::StoreFixture f;
    QVERIFY2(f.open(m_backend).isEmpty(), "fixture");
    QStringList numbers;
    for (int i = 0; i < 3; ++i)
        numbers << f.cases->report(f.user(Role::IntakeOperator), f.garbageDraft())->caseNumber;
    QCOMPARE(numbers, (QStringList{QStringLiteral("2026112300001"), QStringLiteral("2026112300002"),
                                   QStringLiteral("2026112300003")}));
    f.clock.set(QDateTime(QDate(2026, 11, 24), QTime(0, 30), QTimeZone(8 * 3600))); // 16:30 UTC the day before
    QCOMPARE(f.cases->report(f.user(Role::IntakeOperator), f.garbageDraft())->caseNumber, QStringLiteral("2026112400001"));
}

void TestCaseService::dispatchToUnknownDepartmentFails()
{
    yw::test::StoreFixture f;
    QVERIFY2(f.open(m_backend).isEmpty(), "fixture");
    auto c = f.cases->report(f.user(Role::IntakeOperator), f.garbageDraft());
    c = f.cases->act(f.user(Role::IntakeOperator), c->id, 1, CaseAction::Accept, {});
    c = f.cases->act(f.user(Role::ShiftLeader), c->id, 2, CaseAction::File, {});
    ActionParams p;
    p.departmentId = 4242;
    auto r = f.cases->act(f.user(Role::Dispatcher), c->id, c->version, CaseAction::Dispatch, p);
    QVERIFY(!r);
    QVERIFY(r.error().message.contains(QStringLiteral("4242")));
    QCOMPARE(f.cases->get(c->id)->version, c->version);
}

QTEST_GUILESS_MAIN(TestCaseService)
#include "tst_caseservice.moc"
