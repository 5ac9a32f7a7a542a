#include "workflow.h"

#include <QJsonArray>

namespace yw::core {

namespace {
using S = CaseState;
using A = CaseAction;
using R = Role;
using T = Workflow::Target;
using G = Workflow::Guard;

Roles roles(std::initializer_list<Role> list)
{
    Roles out;
    for (Role r : list)
        out |= r;
    return out;
}

QList<Workflow::Transition> buildTable()
{
    const Roles centreApprovers = roles({R::Dispatcher, R::ShiftLeader});
    QList<Workflow::Transition> t = {
        // Intake (受理) and verification (核实) before filing.
        {A::Accept, S::Reported, T::State, S::PendingFiling, roles({R::IntakeOperator}), G::TrustedOrVerified},
        {A::SendVerify, S::Reported, T::State, S::Verifying, roles({R::IntakeOperator}), G::NoGuard},
        {A::VerifyConfirm, S::Verifying, T::State, S::PendingFiling, roles({R::FieldInspector}), G::AssignedInspector},
        {A::VerifyDeny, S::Verifying, T::State, S::PendingFiling, roles({R::FieldInspector}), G::AssignedInspector | G::NeedsNote},
        {A::Merge, S::Reported, T::State, S::Merged, roles({R::IntakeOperator, R::ShiftLeader}), G::NeedsMergeTarget},
        {A::Merge, S::PendingFiling, T::State, S::Merged, roles({R::IntakeOperator, R::ShiftLeader}), G::NeedsMergeTarget},
        // Filing (立案) by the shift leader.
        {A::File, S::PendingFiling, T::State, S::Filed, roles({R::ShiftLeader}), G::NotDenied},
        {A::RejectFiling, S::PendingFiling, T::State, S::NotFiled, roles({R::ShiftLeader}), G::NeedsNote},
        // Dispatch (派遣) and handling (处置).
        {A::Dispatch, S::Filed, T::State, S::Dispatched, roles({R::Dispatcher}), G::NeedsDepartment},
        {A::DepartmentAccept, S::Dispatched, T::State, S::Handling, roles({R::DepartmentHandler}), G::OwnDepartment},
        {A::Feedback, S::Handling, T::State, S::Handled, roles({R::DepartmentHandler}), G::OwnDepartment | G::NeedsNote},
        // Extension (延期), return (回退) and suspension (挂账) requests with their approvals.
        {A::RequestExtension, S::Handling, T::State, S::ExtensionPending, roles({R::DepartmentHandler}), G::OwnDepartment | G::NeedsNote | G::NeedsExtension},
        {A::ApproveExtension, S::ExtensionPending, T::State, S::Handling, centreApprovers, G::NeedsExtension},
        {A::RejectExtension, S::ExtensionPending, T::State, S::Handling, centreApprovers, G::NeedsNote},
        {A::RequestReturn, S::Dispatched, T::State, S::ReturnPending, roles({R::DepartmentHandler}), G::OwnDepartment | G::NeedsNote},
        {A::RequestReturn, S::Handling, T::State, S::ReturnPending, roles({R::DepartmentHandler}), G::OwnDepartment | G::NeedsNote},
        {A::ApproveReturn, S::ReturnPending, T::State, S::Filed, centreApprovers, G::NoGuard},
        {A::RejectReturn, S::ReturnPending, T::Resume, S::Handling, centreApprovers, G::NeedsNote},
        {A::RequestSuspension, S::Handling, T::State, S::SuspensionPending, roles({R::DepartmentHandler}), G::OwnDepartment | G::NeedsNote},
        {A::ApproveSuspension, S::SuspensionPending, T::State, S::Suspended, centreApprovers, G::NoGuard},
        {A::RejectSuspension, S::SuspensionPending, T::State, S::Handling, centreApprovers, G::NeedsNote},
        {A::Restore, S::Suspended, T::State, S::Handling, centreApprovers, G::NoGuard},
        // Check (核查) after handling, then closure (结案); a failed check is rework (返工).
        {A::SendCheck, S::Handled, T::State, S::Checking, roles({R::IntakeOperator}), G::NoGuard},
        {A::CheckPass, S::Checking, T::State, S::CheckPassed, roles({R::FieldInspector}), G::AssignedInspector},
        {A::CheckFail, S::Checking, T::State, S::Handling, roles({R::FieldInspector}), G::AssignedInspector | G::NeedsNote},
        {A::Close, S::CheckPassed, T::State, S::Closed, roles({R::ShiftLeader}), G::NoGuard},
        // An inspector's own fix on the spot (自处置), reviewed by the shift leader.
        {A::SelfHandle, S::Reported, T::State, S::SelfHandled, roles({R::FieldInspector}), G::OwnReport | G::NeedsNote},
        {A::ApproveSelfHandled, S::SelfHandled, T::State, S::Closed, roles({R::ShiftLeader}), G::NoGuard},
        {A::RejectSelfHandled, S::SelfHandled, T::State, S::PendingFiling, roles({R::ShiftLeader}), G::NeedsNote},
        // Void (作废), approved by the shift leader.
        {A::RequestVoid, S::Reported, T::State, S::VoidPending, roles({R::IntakeOperator}), G::NeedsNote},
        {A::RequestVoid, S::PendingFiling, T::State, S::VoidPending, roles({R::IntakeOperator}), G::NeedsNote},
        {A::RequestVoid, S::Filed, T::State, S::VoidPending, roles({R::Dispatcher}), G::NeedsNote},
        {A::ApproveVoid, S::VoidPending, T::State, S::Voided, roles({R::ShiftLeader}), G::NoGuard},
        {A::RejectVoid, S::VoidPending, T::Resume, S::Reported, roles({R::ShiftLeader}), G::NeedsNote},
    };
    // Supervision (督办) raises the level on a case that is under way; the state stays.
    for (S s : {S::Filed, S::Dispatched, S::Handling, S::ExtensionPending, S::ReturnPending,
                S::SuspensionPending, S::Suspended})
        t.append({A::Supervise, s, T::Same, s, roles({R::ShiftLeader, R::Leader}), G::NeedsNote});
    return t;
}

Status guardError(const QString &msg)
{
    return Error::make(Error::Code::GuardFailed, msg);
}

Status checkGuards(quint32 guards, const User &actor, const CaseRecord &c, const ActionParams &p)
{
    if ((guards & G::NeedsNote) && p.note.trimmed().isEmpty())
        return guardError(Workflow::tr("Give a reason or an opinion."));
    if ((guards & G::NeedsDepartment) && p.departmentId <= 0)
        return guardError(Workflow::tr("Name the department that owns the case."));
    if ((guards & G::OwnDepartment) && (actor.departmentId == 0 || actor.departmentId != c.ownerDepartmentId))
        return Error::make(Error::Code::Forbidden,
                           Workflow::tr("The case belongs to another department."));
    if ((guards & G::TrustedOrVerified) && !Workflow::trustedSource(c.source)
        && c.verification != Verification::Confirmed)
        return guardError(Workflow::tr("A report from this channel must be verified on site first."));
    if ((guards & G::NotDenied) && c.verification == Verification::Denied)
        return guardError(Workflow::tr("The inspector found no such problem on site."));
    if ((guards & G::AssignedInspector) && c.inspectorUserId != 0 && c.inspectorUserId != actor.id)
        return Error::make(Error::Code::Forbidden, Workflow::tr("Another inspector was asked to do this."));
    if ((guards & G::OwnReport) && (c.reporterUserId == 0 || c.reporterUserId != actor.id))
        return Error::make(Error::Code::Forbidden,
                           Workflow::tr("Only the inspector who reported it may handle it on the spot."));
    if ((guards & G::NeedsExtension) && p.extensionSeconds <= 0)
        return guardError(Workflow::tr("Say how much more time is needed."));
    if ((guards & G::NeedsMergeTarget) && (p.mergeIntoCaseId <= 0 || p.mergeIntoCaseId == c.id))
        return guardError(Workflow::tr("Name the case this one repeats."));
    return success();
}
} // namespace

const QList<Workflow::Transition> &Workflow::transitions()
{
    static const QList<Transition> table = buildTable();
    return table;
}

const Workflow::Transition *Workflow::find(CaseAction action, CaseState from)
{
    for (const Transition &t : transitions())
        if (t.action == action && t.from == from)
            return &t;
    return nullptr;
}

Roles Workflow::reportingRoles()
{
    return roles({R::IntakeOperator, R::FieldInspector, R::ShiftLeader, R::Leader});
}

bool Workflow::trustedSource(SourceChannel s)
{
    return s == SourceChannel::Patrol || s == SourceChannel::LeaderAssignment
           || s == SourceChannel::Inspection;
}

Status Workflow::check(const User &actor, const CaseRecord &c, CaseAction action,
                       const ActionParams &params)
{
    if (!actor.active)
        return Error::make(Error::Code::Forbidden, tr("This account is disabled."));
    const Transition *t = find(action, c.state);
    if (!t)
        return guardError(tr("%1 is not possible while the case is %2.")
                              .arg(displayName(action), displayName(c.state)));
    if (!(t->roles & actor.roles))
        return Error::make(Error::Code::Forbidden,
                           tr("%1 needs the role of %2.")
                               .arg(displayName(action),
                                    [&] {
                                        QStringList names;
                                        for (Role r : enumValues<Role>())
                                            if (t->roles.testFlag(r))
                                                names << displayName(r);
                                        return names.join(tr(" or "));
                                    }()));
    // Centre roles act within their areas; department handlers are bound by OwnDepartment.
    const bool departmentOnly = (t->roles & actor.roles) == Roles(Role::DepartmentHandler);
    if (!departmentOnly && !actor.coversArea(c.areaCode()))
        return Error::make(Error::Code::Forbidden,
                           tr("The case lies outside the areas you act for."));
    return checkGuards(t->guards, actor, c, params);
}

QList<CaseAction> Workflow::availableActions(const User &actor, const CaseRecord &c)
{
    QList<CaseAction> out;
    for (const Transition &t : transitions()) {
        if (t.from != c.state || !(t.roles & actor.roles))
            continue;
        // Offer actions whose only missing piece is input the user will give in the dialog.
        ActionParams satisfied;
        satisfied.note = QStringLiteral("-");
        satisfied.departmentId = 1;
        satisfied.extensionSeconds = 1;
        satisfied.mergeIntoCaseId = c.id + 1;
        if (check(actor, c, t.action, satisfied))
            out << t.action;
    }
    return out;
}

Step Workflow::stepOf(CaseState s)
{
    switch (s) {
    case S::Reported: return Step::Accept;
    case S::Verifying: return Step::Verify;
    case S::PendingFiling: return Step::File;
    case S::Filed: return Step::Dispatch;
    case S::Dispatched:
    case S::Handling:
    case S::ExtensionPending:
    case S::ReturnPending:
    case S::SuspensionPending: return Step::Handle;
    case S::Suspended: return Step::Handle; // paused, see apply()
    case S::Handled: return Step::SendCheck;
    case S::Checking: return Step::Check;
    case S::CheckPassed:
    case S::SelfHandled: return Step::Close;
    case S::VoidPending:
    case S::Closed:
    case S::NotFiled:
    case S::Voided:
    case S::Merged: return Step::None;
    }
    return Step::None;
}

namespace {
void startStep(CaseRecord &c, Step step, const Workflow::Context &ctx)
{
    c.step = StepTiming();
    c.step.step = step;
    if (step == Step::None)
        return;
    const TimeLimit lim = ctx.limits.limit(step, c.classCode, c.urgency);
    c.step.startedAt = ctx.now;
    c.step.limitSeconds = lim.seconds;
    c.step.basis = lim.basis;
    c.step.recomputeDeadline(ctx.calendar);
}
} // namespace

void Workflow::startClock(CaseRecord &c, const Context &ctx)
{
    startStep(c, stepOf(c.state), ctx);
}

CaseRecord Workflow::apply(const CaseRecord &in, CaseAction action, const ActionParams &p,
                           const Context &ctx)
{
    CaseRecord c = in;
    const Transition *t = find(action, in.state);
    if (!t)
        return c;
    CaseState to = t->to;
    if (t->target == Target::Same)
        to = in.state;
    else if (t->target == Target::Resume)
        to = in.resumeState;

    if (!p.note.trimmed().isEmpty())
        c.lastNote = p.note.trimmed();

    switch (action) {
    case A::SendVerify:
        c.verification = Verification::Pending;
        c.inspectorUserId = p.inspectorUserId;
        break;
    case A::VerifyConfirm: c.verification = Verification::Confirmed; break;
    case A::VerifyDeny: c.verification = Verification::Denied; break;
    case A::Merge: c.mergedInto = p.mergeIntoCaseId; break;
    case A::File: c.filedAt = ctx.now; break;
    case A::Dispatch:
        c.ownerDepartmentId = p.departmentId;
        c.dispatchedAt = ctx.now;
        break;
    case A::Feedback:
        c.handledAt = ctx.now;
        c.attachments += p.attachments;
        break;
    case A::ApproveExtension: c.extensionSeconds += p.extensionSeconds; break;
    case A::ApproveReturn:
        c.ownerDepartmentId = 0;
        ++c.returnCount;
        break;
    case A::ApproveSuspension: c.suspendedAt = ctx.now; break;
    case A::Restore:
        if (c.suspendedAt.isValid())
            c.suspendedSeconds += c.suspendedAt.secsTo(ctx.now);
        c.suspendedAt = QDateTime();
        break;
    case A::SendCheck: c.inspectorUserId = p.inspectorUserId; break;
    case A::CheckFail: ++c.reworkCount; break;
    case A::Close:
    case A::ApproveSelfHandled: c.closedAt = ctx.now; break;
    case A::Supervise: c.supervisionLevel = std::min(3, c.supervisionLevel + 1); break;
    default: break;
    }

    // Requests remember where a refusal returns to.
    if (to == S::VoidPending || to == S::ReturnPending)
        c.resumeState = in.state;
    c.state = to;

    // The step clock: a new step starts a fresh clock; within the handling step the clock runs on
    // through requests, stops while suspended, and restarts from zero on rework.
    const Step newStep = stepOf(to);
    if (action == A::ApproveSuspension) {
        c.step.consumedSeconds = c.step.elapsedSeconds(ctx.calendar, ctx.now);
        c.step.startedAt = QDateTime();
        c.step.deadline = QDateTime();
    } else if (action == A::Restore) {
        c.step.startedAt = ctx.now;
        c.step.recomputeDeadline(ctx.calendar);
    } else if (action == A::ApproveExtension) {
        c.step.limitSeconds += p.extensionSeconds;
        c.step.recomputeDeadline(ctx.calendar);
    } else if (action == A::CheckFail || newStep != in.step.step || t->target == Target::Resume) {
        if (!(t->target == Target::Resume && newStep == in.step.step))
            startStep(c, newStep, ctx);
    }
    return c;
}

QJsonObject Workflow::eventPayload(const ActionParams &p)
{
    QJsonObject o;
    if (p.departmentId > 0)
        o.insert(QStringLiteral("departmentId"), p.departmentId);
    if (p.inspectorUserId > 0)
        o.insert(QStringLiteral("inspectorUserId"), p.inspectorUserId);
    if (p.extensionSeconds > 0)
        o.insert(QStringLiteral("extensionSeconds"), p.extensionSeconds);
    if (p.mergeIntoCaseId > 0)
        o.insert(QStringLiteral("mergeIntoCaseId"), p.mergeIntoCaseId);
    if (!p.attachments.isEmpty())
        o.insert(QStringLiteral("attachments"), QJsonArray::fromStringList(p.attachments));
    return o;
}

ActionParams Workflow::paramsFromEvent(const QJsonObject &payload, const QString &note)
{
    ActionParams p;
    p.note = note;
    p.departmentId = payload.value(QStringLiteral("departmentId")).toInteger();
    p.inspectorUserId = payload.value(QStringLiteral("inspectorUserId")).toInteger();
    p.extensionSeconds = payload.value(QStringLiteral("extensionSeconds")).toInteger();
    p.mergeIntoCaseId = payload.value(QStringLiteral("mergeIntoCaseId")).toInteger();
    for (const QJsonValue &v : payload.value(QStringLiteral("attachments")).toArray())
        p.attachments << v.toString();
    return p;
}

} // namespace yw::core
