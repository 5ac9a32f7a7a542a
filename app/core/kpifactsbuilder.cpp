#include "kpifactsbuilder.h"

#include "workflow.h"

#include <algorithm>

namespace yw::core {

namespace {
qint64 ms(const QDateTime &t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

// The inspector does the verifying and checking; the others are done by whoever acts.
bool inspectorStep(Step s)
{
    return s == Step::Verify || s == Step::Check;
}
} // namespace

CaseFacts KpiFactsBuilder::build(const CaseRecord &reported, int caseVersion,
                                 const QList<CaseEvent> &events) const
{
    CaseFacts out;
    CaseFact &f = out.fact;
    f.caseId = reported.id;
    f.caseVersion = caseVersion;
    f.reportedAt = ms(reported.reportedAt);
    f.source = reported.source;
    f.kind = reported.kind;
    f.classCode = reported.classCode;
    f.gridCode = reported.gridCode;
    f.communityCode = reported.communityCode;
    f.streetCode = reported.streetCode;
    f.districtCode = reported.districtCode;
    f.reporterUserId = reported.reporterUserId;

    // Only what the case was reported with: a record that has lived (counters, owner, step)
    // would otherwise carry its end into the replay.
    CaseRecord c;
    c.id = reported.id;
    c.source = reported.source;
    c.kind = reported.kind;
    c.classCode = reported.classCode;
    c.urgency = reported.urgency;
    c.gridCode = reported.gridCode;
    c.communityCode = reported.communityCode;
    c.streetCode = reported.streetCode;
    c.districtCode = reported.districtCode;
    c.reporterUserId = reported.reporterUserId;
    c.reportedAt = reported.reportedAt;
    c.state = CaseState::Reported;
    c.resumeState = CaseState::Reported;
    c.verification =
        Workflow::trustedSource(c.source) ? Verification::NotRequired : Verification::Pending;
    Workflow::Context ctx{m_calendar, m_limits, reported.reportedAt};
    Workflow::startClock(c, ctx);

    std::vector<TaskFact> &tasks = out.tasks;
    int open = -1;          // the task whose clock runs
    int lastDispatch = -1;  // the dispatching step that gave the case to its current owner
    int lastHandling = -1;  // the handling step whose result is being checked
    auto startTask = [&](const CaseRecord &now, qint64 at) {
        open = -1;
        if (now.step.step == Step::None)
            return;
        TaskFact t;
        t.step = now.step.step;
        t.startedAt = at;
        t.deadline = now.step.limitSeconds > 0 ? ms(now.step.deadline) : 0;
        if (t.step == Step::Handle || t.step == Step::Check || t.step == Step::SendCheck)
            t.departmentId = now.ownerDepartmentId;
        if (inspectorStep(t.step))
            t.userId = now.inspectorUserId;
        tasks.push_back(t);
        open = int(tasks.size()) - 1;
    };
    startTask(c, f.reportedAt);

    for (const CaseEvent &e : events) {
        bool known = false;
        const CaseAction action = enumFromKey<CaseAction>(e.action, &known);
        if (!known)
            continue; // the report itself, marks, attachments
        const ActionParams p = Workflow::paramsFromEvent(e.payload, e.note);
        const CaseRecord before = c;
        ctx.now = e.at;
        c = Workflow::apply(before, action, p, ctx);
        const qint64 at = ms(e.at);

        switch (action) {
        case CaseAction::File: f.filedAt = at; break;
        case CaseAction::RejectFiling: f.notFiledAt = at; break;
        case CaseAction::ApproveVoid: f.voidedAt = at; break;
        case CaseAction::Merge: f.mergedAt = at; break;
        case CaseAction::VerifyConfirm:
            f.publicVerified = reported.source != SourceChannel::Patrol;
            break;
        case CaseAction::Close:
        case CaseAction::ApproveSelfHandled: f.closedAt = at; break;
        default: break;
        }

        // The same step goes on (requests, suspension, extension) or a new one starts.
        const bool restarted = c.step.step != before.step.step ||
                               (c.step.startedAt != before.step.startedAt &&
                                action != CaseAction::Restore &&
                                action != CaseAction::ApproveSuspension) ||
                               action == CaseAction::CheckFail;
        if (open >= 0) {
            TaskFact &t = tasks[size_t(open)];
            if (action == CaseAction::ApproveSuspension)
                t.suspendedFrom = at;
            if (action == CaseAction::Restore)
                t.suspendedTo = at;
            if (action == CaseAction::ApproveExtension)
                t.extensionSeconds += p.extensionSeconds;
            if (!restarted && c.step.deadline.isValid() && c.step.limitSeconds > 0)
                t.deadline = ms(c.step.deadline);
            if (restarted) {
                t.finishedAt = at;
                t.outcome = e.action;
                t.onTime = t.deadline == 0 || at <= t.deadline;
                if (!inspectorStep(t.step) || t.userId == 0)
                    t.userId = e.actorUserId;
                if (t.step == Step::Handle && action == CaseAction::ApproveReturn &&
                    lastDispatch >= 0)
                    tasks[size_t(lastDispatch)].accurate = false;
                if (t.step == Step::Dispatch && action == CaseAction::Dispatch) {
                    t.departmentId = c.ownerDepartmentId; // who it was given to
                    lastDispatch = open;
                }
                if (t.step == Step::Handle) {
                    f.closedOnTime = t.onTime; // the last handling step decides
                    lastHandling = open;
                }
                if (t.step == Step::Check && action == CaseAction::CheckFail && lastHandling >= 0)
                    tasks[size_t(lastHandling)].rejectedAt = at;
            }
        }
        if (restarted)
            startTask(c, at);
    }
    f.departmentId = c.ownerDepartmentId;
    f.reworkCount = c.reworkCount;
    const bool handled = std::any_of(tasks.begin(), tasks.end(),
                                     [](const TaskFact &t) { return t.step == Step::Handle; });
    if (f.closedAt == 0)
        f.closedOnTime = false;
    else if (!handled)
        f.closedOnTime = true; // fixed on the spot by the inspector (自处置): nothing was late
    return out;
}

} // namespace yw::core
