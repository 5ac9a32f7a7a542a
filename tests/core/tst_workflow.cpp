// The workflow over every (state, action, role) triple, against an expectation written here
// independently of the table in app/core/workflow.cpp, then the guards and the effects.
#include "workflow.h"

#include <QSet>
#include <QTest>

using namespace yw::core;

namespace {

// "State Action Role..." -> "Target". Written from DOMAIN.md §5, not copied from the code.
const char *const kExpected[] = {
    "Reported Accept IntakeOperator -> PendingFiling",
    "Reported SendVerify IntakeOperator -> Verifying",
    "Reported Merge IntakeOperator ShiftLeader -> Merged",
    "Reported SelfHandle FieldInspector -> SelfHandled",
    "Reported RequestVoid IntakeOperator -> VoidPending",
    "Verifying VerifyConfirm FieldInspector -> PendingFiling",
    "Verifying VerifyDeny FieldInspector -> PendingFiling",
    "PendingFiling File ShiftLeader -> Filed",
    "PendingFiling RejectFiling ShiftLeader -> NotFiled",
    "PendingFiling Merge IntakeOperator ShiftLeader -> Merged",
    "PendingFiling RequestVoid IntakeOperator -> VoidPending",
    "Filed Dispatch Dispatcher -> Dispatched",
    "Filed RequestVoid Dispatcher -> VoidPending",
    "Filed Supervise ShiftLeader Leader -> Filed",
    "Dispatched DepartmentAccept DepartmentHandler -> Handling",
    "Dispatched RequestReturn DepartmentHandler -> ReturnPending",
    "Dispatched Supervise ShiftLeader Leader -> Dispatched",
    "Handling Feedback DepartmentHandler -> Handled",
    "Handling RequestExtension DepartmentHandler -> ExtensionPending",
    "Handling RequestReturn DepartmentHandler -> ReturnPending",
    "Handling RequestSuspension DepartmentHandler -> SuspensionPending",
    "Handling Supervise ShiftLeader Leader -> Handling",
    "ExtensionPending ApproveExtension Dispatcher ShiftLeader -> Handling",
    "ExtensionPending RejectExtension Dispatcher ShiftLeader -> Handling",
    "ExtensionPending Supervise ShiftLeader Leader -> ExtensionPending",
    "ReturnPending ApproveReturn Dispatcher ShiftLeader -> Filed",
    "ReturnPending RejectReturn Dispatcher ShiftLeader -> Handling", // resumes (see below)
    "ReturnPending Supervise ShiftLeader Leader -> ReturnPending",
    "SuspensionPending ApproveSuspension Dispatcher ShiftLeader -> Suspended",
    "SuspensionPending RejectSuspension Dispatcher ShiftLeader -> Handling",
    "SuspensionPending Supervise ShiftLeader Leader -> SuspensionPending",
    "Suspended Restore Dispatcher ShiftLeader -> Handling",
    "Suspended Supervise ShiftLeader Leader -> Suspended",
    "Handled SendCheck IntakeOperator -> Checking",
    "Checking CheckPass FieldInspector -> CheckPassed",
    "Checking CheckFail FieldInspector -> Handling",
    "CheckPassed Close ShiftLeader -> Closed",
    "SelfHandled ApproveSelfHandled ShiftLeader -> Closed",
    "SelfHandled RejectSelfHandled ShiftLeader -> PendingFiling",
    "VoidPending ApproveVoid ShiftLeader -> Voided",
    "VoidPending RejectVoid ShiftLeader -> Filed", // resumes to where it came from (Filed here)
};

struct Expectation
{
    QSet<Role> roles;
    CaseState to;
};

QHash<QPair<int, int>, Expectation> expectations()
{
    QHash<QPair<int, int>, Expectation> out;
    for (const char *line : kExpected) {
        const QStringList parts = QString::fromLatin1(line).split(u' ', Qt::SkipEmptyParts);
        const int arrow = int(parts.indexOf(QStringLiteral("->")));
        Expectation e;
        for (int i = 2; i < arrow; ++i)
            e.roles.insert(enumFromKey<Role>(parts.at(i)));
        e.to = enumFromKey<CaseState>(parts.at(arrow + 1));
        out.insert({int(enumFromKey<CaseState>(parts.at(0))), int(enumFromKey<CaseAction>(parts.at(1)))}, e);
    }
    return out;
}

const QDateTime kMonday9 = QDateTime(QDate(2026, 11, 23), QTime(9, 0), QTimeZone(8 * 3600));

// A case and an actor that satisfy every guard, so that only state and role decide.
CaseRecord satisfiedCase(CaseState state, Role role, const User &actor)
{
    CaseRecord c;
    c.id = 7;
    c.state = state;
    c.resumeState = state == CaseState::VoidPending ? CaseState::Filed
                    : state == CaseState::ReturnPending ? CaseState::Handling
                                                        : state;
    c.source = SourceChannel::Patrol;
    c.classCode = QStringLiteral("06010");
    c.districtCode = QStringLiteral("430102");
    c.gridCode = QStringLiteral("430102001001001");
    c.ownerDepartmentId = actor.departmentId;
    c.reporterUserId = actor.id;
    c.inspectorUserId = actor.id;
    c.step.step = Workflow::stepOf(state);
    return c;
}

ActionParams fullParams()
{
    ActionParams p;
    p.note = QStringLiteral("理由");
    p.departmentId = 12;
    p.extensionSeconds = 3600;
    p.mergeIntoCaseId = 99;
    return p;
}

User actorWith(Role role)
{
    User u;
    u.id = 5;
    u.login = QStringLiteral("u");
    u.roles = role;
    u.departmentId = 12;
    return u;
}

struct Env
{
    WorkCalendar cal = WorkCalendar::chinaMainland();
    TimeLimitTable limits = TimeLimitTable::builtIn(cal).value();
};

} // namespace

class TestWorkflow : public QObject
{
    Q_OBJECT
private slots:
    void everyTriple_data();
    void everyTriple();
    void tableHasNoDuplicates();
    void finalStatesHaveNoExit();
    void guards_data();
    void guards();
    void scopeLimitsCentreRoles();
    void disabledAccountCannotAct();
    void clockRunsAcrossRequestsAndStopsWhileSuspended();
    void extensionMovesTheDeadline();
    void reworkRestartsTheClockAndCounts();
    void refusedRequestsResume();
    void availableActionsFollowTheTable();
    void fullFlowReachesClosed();
};

void TestWorkflow::everyTriple_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<int>("action");
    QTest::addColumn<int>("role");
    for (CaseState s : enumValues<CaseState>())
        for (CaseAction a : enumValues<CaseAction>())
            for (Role r : enumValues<Role>())
                QTest::newRow(qPrintable(enumKey(s) + u' ' + enumKey(a) + u' ' + enumKey(r)))
                    << int(s) << int(a) << int(r);
}

void TestWorkflow::everyTriple()
{
    static const auto expected = expectations();
    QFETCH(int, state);
    QFETCH(int, action);
    QFETCH(int, role);
    const auto s = CaseState(state);
    const auto a = CaseAction(action);
    const auto r = Role(role);
    const User actor = actorWith(r);
    const CaseRecord c = satisfiedCase(s, r, actor);
    const Status st = Workflow::check(actor, c, a, fullParams());
    const auto it = expected.constFind({state, action});
    const bool allowed = it != expected.constEnd() && it->roles.contains(r);
    QCOMPARE(st.ok(), allowed);
    if (!allowed) {
        // Forbidden when the role is wrong for an existing transition, GuardFailed otherwise.
        const auto code = it == expected.constEnd() ? Error::Code::GuardFailed : Error::Code::Forbidden;
        QCOMPARE(int(st.error().code), int(code));
        QVERIFY(!st.error().message.isEmpty());
        return;
    }
    Env env;
    const CaseRecord after = Workflow::apply(c, a, fullParams(), {env.cal, env.limits, kMonday9});
    QCOMPARE(enumKey(after.state), enumKey(it->to));
}

void TestWorkflow::tableHasNoDuplicates()
{
    QSet<QPair<int, int>> seen;
    for (const auto &t : Workflow::transitions()) {
        QVERIFY2(!seen.contains({int(t.from), int(t.action)}), qPrintable(enumKey(t.action)));
        seen.insert({int(t.from), int(t.action)});
    }
    QCOMPARE(seen.size(), int(std::size(kExpected)));
}

void TestWorkflow::finalStatesHaveNoExit()
{
    for (const auto &t : Workflow::transitions())
        QVERIFY2(!isFinal(t.from), qPrintable(enumKey(t.from)));
    QVERIFY(isFinal(CaseState::Closed) && isFinal(CaseState::NotFiled) && isFinal(CaseState::Voided)
            && isFinal(CaseState::Merged));
    QVERIFY(!isFinal(CaseState::Handled)); // handled is not closed
}

void TestWorkflow::guards_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<int>("action");
    QTest::addColumn<int>("role");
    QTest::addColumn<QString>("breaks");
    QTest::addColumn<int>("code");
    const int guard = int(Error::Code::GuardFailed);
    const int forbidden = int(Error::Code::Forbidden);
    auto row = [](const char *name, CaseState s, CaseAction a, Role r, const char *breaks, int code) {
        QTest::newRow(name) << int(s) << int(a) << int(r) << QString::fromLatin1(breaks) << code;
    };
    row("hotline report needs verification", CaseState::Reported, CaseAction::Accept, Role::IntakeOperator, "untrusted", guard);
    row("denied on site cannot be filed", CaseState::PendingFiling, CaseAction::File, Role::ShiftLeader, "denied", guard);
    row("not filing needs a reason", CaseState::PendingFiling, CaseAction::RejectFiling, Role::ShiftLeader, "note", guard);
    row("dispatch needs an owner", CaseState::Filed, CaseAction::Dispatch, Role::Dispatcher, "department", guard);
    row("other department cannot take on", CaseState::Dispatched, CaseAction::DepartmentAccept, Role::DepartmentHandler, "owner", forbidden);
    row("feedback needs an opinion", CaseState::Handling, CaseAction::Feedback, Role::DepartmentHandler, "note", guard);
    row("extension needs an amount", CaseState::Handling, CaseAction::RequestExtension, Role::DepartmentHandler, "extension", guard);
    row("approval needs an amount", CaseState::ExtensionPending, CaseAction::ApproveExtension, Role::ShiftLeader, "extension", guard);
    row("another inspector was asked", CaseState::Checking, CaseAction::CheckPass, Role::FieldInspector, "inspector", forbidden);
    row("self-handling only own report", CaseState::Reported, CaseAction::SelfHandle, Role::FieldInspector, "reporter", forbidden);
    row("merge needs another case", CaseState::Reported, CaseAction::Merge, Role::IntakeOperator, "merge-self", guard);
    row("supervision needs an opinion", CaseState::Handling, CaseAction::Supervise, Role::Leader, "note", guard);
}

void TestWorkflow::guards()
{
    QFETCH(int, state);
    QFETCH(int, action);
    QFETCH(int, role);
    QFETCH(QString, breaks);
    QFETCH(int, code);
    const User actor = actorWith(Role(role));
    CaseRecord c = satisfiedCase(CaseState(state), Role(role), actor);
    ActionParams p = fullParams();
    QVERIFY(Workflow::check(actor, c, CaseAction(action), p)); // allowed before breaking
    if (breaks == QLatin1String("untrusted"))
        c.source = SourceChannel::Hotline12345;
    else if (breaks == QLatin1String("denied"))
        c.verification = Verification::Denied;
    else if (breaks == QLatin1String("note"))
        p.note = QStringLiteral("   ");
    else if (breaks == QLatin1String("department"))
        p.departmentId = 0;
    else if (breaks == QLatin1String("owner"))
        c.ownerDepartmentId = 13;
    else if (breaks == QLatin1String("extension"))
        p.extensionSeconds = 0;
    else if (breaks == QLatin1String("inspector"))
        c.inspectorUserId = 77;
    else if (breaks == QLatin1String("reporter"))
        c.reporterUserId = 77;
    else if (breaks == QLatin1String("merge-self"))
        p.mergeIntoCaseId = c.id;
    const Status st = Workflow::check(actor, c, CaseAction(action), p);
    QVERIFY(!st);
    QCOMPARE(int(st.error().code), code);
}

void TestWorkflow::scopeLimitsCentreRoles()
{
    User d = actorWith(Role::Dispatcher);
    d.scopeAreas = {QStringLiteral("430103")}; // 天心区 only
    CaseRecord c = satisfiedCase(CaseState::Filed, Role::Dispatcher, d);
    QCOMPARE(int(Workflow::check(d, c, CaseAction::Dispatch, fullParams()).error().code),
             int(Error::Code::Forbidden));
    c.districtCode = QStringLiteral("430103");
    c.gridCode = QStringLiteral("430103002003004");
    QVERIFY(Workflow::check(d, c, CaseAction::Dispatch, fullParams()));
    // A verified hotline report in scope can be accepted by a verified intake operator.
    User i = actorWith(Role::IntakeOperator);
    c.state = CaseState::Reported;
    c.source = SourceChannel::Hotline12345;
    c.verification = Verification::Confirmed;
    QVERIFY(Workflow::check(i, c, CaseAction::Accept, {}));
}

void TestWorkflow::disabledAccountCannotAct()
{
    User u = actorWith(Role::ShiftLeader);
    u.active = false;
    const CaseRecord c = satisfiedCase(CaseState::CheckPassed, Role::ShiftLeader, u);
    QCOMPARE(int(Workflow::check(u, c, CaseAction::Close, {}).error().code), int(Error::Code::Forbidden));
}

void TestWorkflow::clockRunsAcrossRequestsAndStopsWhileSuspended()
{
    Env env;
    CaseRecord c;
    c.classCode = QStringLiteral("08001"); // 施工管理: 2 working days = 14 working hours
    c.state = CaseState::Dispatched;
    Workflow::Context ctx{env.cal, env.limits, kMonday9};
    Workflow::startClock(c, ctx);
    QCOMPARE(c.step.step, Step::Handle);
    QCOMPARE(c.step.limitSeconds, qint64(14 * 3600));
    QCOMPARE(c.step.basis, TimeBasis::Working);
    // Mon 09:00 + 14 working hours: Mon 3h+3.5h, Tue 3.5h+3.5h = 13.5h, Wed 08:30 + 0.5h = 09:00.
    QCOMPARE(c.step.deadline, QDateTime(QDate(2026, 11, 25), QTime(9, 0), QTimeZone(8 * 3600)));

    ActionParams p = fullParams();
    c.ownerDepartmentId = 12;
    auto at = [&](int day, int h, int m) {
        return QDateTime(QDate(2026, 11, day), QTime(h, m), QTimeZone(8 * 3600));
    };
    c = Workflow::apply(c, CaseAction::DepartmentAccept, p, {env.cal, env.limits, at(23, 10, 0)});
    QCOMPARE(c.step.startedAt, kMonday9); // same step: the clock runs on
    c = Workflow::apply(c, CaseAction::RequestSuspension, p, {env.cal, env.limits, at(23, 11, 0)});
    c = Workflow::apply(c, CaseAction::ApproveSuspension, p, {env.cal, env.limits, at(23, 12, 0)});
    QCOMPARE(c.state, CaseState::Suspended);
    QCOMPARE(c.step.consumedSeconds, qint64(3 * 3600));
    QCOMPARE(c.step.light(env.cal, at(30, 9, 0)), DeadlineLight::Green); // a week later: still 3 h
    QCOMPARE(c.step.elapsedSeconds(env.cal, at(30, 9, 0)), qint64(3 * 3600));
    c = Workflow::apply(c, CaseAction::Restore, p, {env.cal, env.limits, at(30, 9, 0)});
    QCOMPARE(c.state, CaseState::Handling);
    QCOMPARE(c.suspendedSeconds, qint64(at(23, 12, 0).secsTo(at(30, 9, 0))));
    // 11 working hours left from Mon 30 Nov 09:00: Mon 6.5 h, then Tue 08:30-12:00 (3.5 h) and
    // one more hour after lunch: Tue 15:00.
    QCOMPARE(c.step.deadline, QDateTime(QDate(2026, 12, 1), QTime(15, 0), QTimeZone(8 * 3600)));
    QCOMPARE(c.step.light(env.cal, at(30, 9, 0)), DeadlineLight::Green);
    QCOMPARE(c.step.light(env.cal, QDateTime(QDate(2026, 12, 1), QTime(11, 0), QTimeZone(8 * 3600))),
             DeadlineLight::Yellow); // 3 + 6.5 + 2.5 = 12 of 14 h = 86 %
    QCOMPARE(c.step.light(env.cal, QDateTime(QDate(2026, 12, 1), QTime(15, 1), QTimeZone(8 * 3600))),
             DeadlineLight::Red);
}

void TestWorkflow::extensionMovesTheDeadline()
{
    Env env;
    CaseRecord c;
    c.classCode = QStringLiteral("08001");
    c.state = CaseState::Handling;
    c.ownerDepartmentId = 12;
    Workflow::Context ctx{env.cal, env.limits, kMonday9};
    Workflow::startClock(c, ctx);
    const QDateTime before = c.step.deadline;
    ActionParams p = fullParams();
    p.extensionSeconds = 7 * 3600; // one working day
    c = Workflow::apply(c, CaseAction::RequestExtension, p, ctx);
    QCOMPARE(c.step.deadline, before); // a request changes nothing yet
    c = Workflow::apply(c, CaseAction::ApproveExtension, p, ctx);
    QCOMPARE(c.state, CaseState::Handling);
    QCOMPARE(c.extensionSeconds, qint64(7 * 3600));
    QCOMPARE(c.step.limitSeconds, qint64(21 * 3600));
    QCOMPARE(c.step.deadline, QDateTime(QDate(2026, 11, 26), QTime(9, 0), QTimeZone(8 * 3600)));
}

void TestWorkflow::reworkRestartsTheClockAndCounts()
{
    Env env;
    CaseRecord c;
    c.classCode = QStringLiteral("06010");
    c.state = CaseState::Checking;
    c.ownerDepartmentId = 12;
    const User insp = actorWith(Role::FieldInspector);
    const QDateTime t = kMonday9.addSecs(3600);
    c = Workflow::apply(c, CaseAction::CheckFail, fullParams(), {env.cal, env.limits, t});
    QCOMPARE(c.state, CaseState::Handling);
    QCOMPARE(c.reworkCount, 1);
    QCOMPARE(c.ownerDepartmentId, qint64(12)); // rework goes back to the same department
    QCOMPARE(c.step.step, Step::Handle);
    QCOMPARE(c.step.startedAt, t);
    QCOMPARE(c.step.limitSeconds, qint64(4 * 3600)); // 暴露垃圾: 4 working hours
    Q_UNUSED(insp);
}

void TestWorkflow::refusedRequestsResume()
{
    Env env;
    Workflow::Context ctx{env.cal, env.limits, kMonday9};
    CaseRecord c;
    c.state = CaseState::Dispatched;
    c.ownerDepartmentId = 12;
    Workflow::startClock(c, ctx);
    const QDateTime started = c.step.startedAt;
    c = Workflow::apply(c, CaseAction::RequestReturn, fullParams(), {env.cal, env.limits, kMonday9.addSecs(600)});
    QCOMPARE(c.state, CaseState::ReturnPending);
    c = Workflow::apply(c, CaseAction::RejectReturn, fullParams(), {env.cal, env.limits, kMonday9.addSecs(900)});
    QCOMPARE(c.state, CaseState::Dispatched); // back where it was, not to Handling
    QCOMPARE(c.step.startedAt, started);      // and the handling clock never stopped

    c.state = CaseState::PendingFiling;
    c = Workflow::apply(c, CaseAction::RequestVoid, fullParams(), ctx);
    QCOMPARE(c.state, CaseState::VoidPending);
    c = Workflow::apply(c, CaseAction::RejectVoid, fullParams(), ctx);
    QCOMPARE(c.state, CaseState::PendingFiling);
    QCOMPARE(c.step.step, Step::File);

    c.state = CaseState::ReturnPending;
    c.ownerDepartmentId = 12;
    c = Workflow::apply(c, CaseAction::ApproveReturn, fullParams(), ctx);
    QCOMPARE(c.state, CaseState::Filed);
    QCOMPARE(c.ownerDepartmentId, qint64(0));
    QCOMPARE(c.returnCount, 1);
}

void TestWorkflow::availableActionsFollowTheTable()
{
    User u = actorWith(Role::DepartmentHandler);
    CaseRecord c = satisfiedCase(CaseState::Handling, Role::DepartmentHandler, u);
    const QList<CaseAction> mine = Workflow::availableActions(u, c);
    QCOMPARE(QSet<CaseAction>(mine.begin(), mine.end()),
             (QSet<CaseAction>{CaseAction::Feedback, CaseAction::RequestExtension,
                               CaseAction::RequestReturn, CaseAction::RequestSuspension}));
    c.ownerDepartmentId = 99; // another department's case: nothing to offer
    QVERIFY(Workflow::availableActions(u, c).isEmpty());
}

void TestWorkflow::fullFlowReachesClosed()
{
    Env env;
    CaseRecord c;
    c.source = SourceChannel::Hotline12345;
    c.classCode = QStringLiteral("06010");
    c.districtCode = QStringLiteral("430102");
    QDateTime now = kMonday9;
    Workflow::startClock(c, {env.cal, env.limits, now});
    User intake = actorWith(Role::IntakeOperator);
    User insp = actorWith(Role::FieldInspector);
    insp.id = 31;
    User leader = actorWith(Role::ShiftLeader);
    User disp = actorWith(Role::Dispatcher);
    User dept = actorWith(Role::DepartmentHandler);
    ActionParams p = fullParams();
    p.inspectorUserId = insp.id;
    const QList<QPair<User, CaseAction>> steps = {
        {intake, CaseAction::SendVerify}, {insp, CaseAction::VerifyConfirm},
        {leader, CaseAction::File},       {disp, CaseAction::Dispatch},
        {dept, CaseAction::DepartmentAccept}, {dept, CaseAction::Feedback},
        {intake, CaseAction::SendCheck},  {insp, CaseAction::CheckPass},
        {leader, CaseAction::Close}};
    QCOMPARE(int(Workflow::check(intake, c, CaseAction::Accept, p).error().code),
             int(Error::Code::GuardFailed)); // a hotline report goes through verification
    for (const auto &[who, action] : steps) {
        now = now.addSecs(600);
        const Status st = Workflow::check(who, c, action, p);
        QVERIFY2(st, qPrintable(enumKey(action) + QStringLiteral(": ") + st.error().message));
        c = Workflow::apply(c, action, p, {env.cal, env.limits, now});
    }
    QCOMPARE(c.state, CaseState::Closed);
    QCOMPARE(c.closedAt, now);
    QCOMPARE(c.step.step, Step::None);
    QCOMPARE(c.ownerDepartmentId, qint64(12));
    QVERIFY(c.filedAt.isValid() && c.dispatchedAt.isValid() && c.handledAt.isValid());
}

QTEST_GUILESS_MAIN(TestWorkflow)
#include "tst_workflow.moc"
