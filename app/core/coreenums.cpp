#include "coreenums.h"

#include <QCoreApplication>

namespace yw::core {

namespace {
QString translated(const char *s)
{
    return QCoreApplication::translate("yw::core", s);
}
} // namespace

QString displayName(Role r)
{
    switch (r) {
    case Role::IntakeOperator: return translated(QT_TRANSLATE_NOOP("yw::core", "Intake operator"));
    case Role::Dispatcher: return translated(QT_TRANSLATE_NOOP("yw::core", "Dispatcher"));
    case Role::ShiftLeader: return translated(QT_TRANSLATE_NOOP("yw::core", "Shift leader"));
    case Role::DepartmentHandler: return translated(QT_TRANSLATE_NOOP("yw::core", "Department handler"));
    case Role::FieldInspector: return translated(QT_TRANSLATE_NOOP("yw::core", "Field inspector"));
    case Role::Leader: return translated(QT_TRANSLATE_NOOP("yw::core", "Leader"));
    case Role::Trainer: return translated(QT_TRANSLATE_NOOP("yw::core", "Trainer"));
    case Role::Admin: return translated(QT_TRANSLATE_NOOP("yw::core", "Administrator"));
    }
    return {};
}

QString displayName(CaseState s)
{
    switch (s) {
    case CaseState::Reported: return translated(QT_TRANSLATE_NOOP("yw::core", "Reported"));
    case CaseState::Verifying: return translated(QT_TRANSLATE_NOOP("yw::core", "Verifying"));
    case CaseState::PendingFiling: return translated(QT_TRANSLATE_NOOP("yw::core", "Pending filing"));
    case CaseState::Filed: return translated(QT_TRANSLATE_NOOP("yw::core", "Filed"));
    case CaseState::Dispatched: return translated(QT_TRANSLATE_NOOP("yw::core", "Dispatched"));
    case CaseState::Handling: return translated(QT_TRANSLATE_NOOP("yw::core", "Handling"));
    case CaseState::ExtensionPending: return translated(QT_TRANSLATE_NOOP("yw::core", "Extension requested"));
    case CaseState::ReturnPending: return translated(QT_TRANSLATE_NOOP("yw::core", "Return requested"));
    case CaseState::SuspensionPending: return translated(QT_TRANSLATE_NOOP("yw::core", "Suspension requested"));
    case CaseState::Suspended: return translated(QT_TRANSLATE_NOOP("yw::core", "Suspended"));
    case CaseState::Handled: return translated(QT_TRANSLATE_NOOP("yw::core", "Handled"));
    case CaseState::Checking: return translated(QT_TRANSLATE_NOOP("yw::core", "Checking"));
    case CaseState::CheckPassed: return translated(QT_TRANSLATE_NOOP("yw::core", "Check passed"));
    case CaseState::SelfHandled: return translated(QT_TRANSLATE_NOOP("yw::core", "Self-handled"));
    case CaseState::VoidPending: return translated(QT_TRANSLATE_NOOP("yw::core", "Void requested"));
    case CaseState::Closed: return translated(QT_TRANSLATE_NOOP("yw::core", "Closed"));
    case CaseState::NotFiled: return translated(QT_TRANSLATE_NOOP("yw::core", "Not filed"));
    case CaseState::Voided: return translated(QT_TRANSLATE_NOOP("yw::core", "Voided"));
    case CaseState::Merged: return translated(QT_TRANSLATE_NOOP("yw::core", "Merged"));
    }
    return {};
}

QString displayName(CaseAction a)
{
    switch (a) {
    case CaseAction::Accept: return translated(QT_TRANSLATE_NOOP("yw::core", "Accept"));
    case CaseAction::SendVerify: return translated(QT_TRANSLATE_NOOP("yw::core", "Send for verification"));
    case CaseAction::VerifyConfirm: return translated(QT_TRANSLATE_NOOP("yw::core", "Confirm on site"));
    case CaseAction::VerifyDeny: return translated(QT_TRANSLATE_NOOP("yw::core", "Not found on site"));
    case CaseAction::Merge: return translated(QT_TRANSLATE_NOOP("yw::core", "Merge as duplicate"));
    case CaseAction::File: return translated(QT_TRANSLATE_NOOP("yw::core", "File"));
    case CaseAction::RejectFiling: return translated(QT_TRANSLATE_NOOP("yw::core", "Do not file"));
    case CaseAction::Dispatch: return translated(QT_TRANSLATE_NOOP("yw::core", "Dispatch"));
    case CaseAction::DepartmentAccept: return translated(QT_TRANSLATE_NOOP("yw::core", "Take on"));
    case CaseAction::Feedback: return translated(QT_TRANSLATE_NOOP("yw::core", "Report handling result"));
    case CaseAction::RequestExtension: return translated(QT_TRANSLATE_NOOP("yw::core", "Request extension"));
    case CaseAction::ApproveExtension: return translated(QT_TRANSLATE_NOOP("yw::core", "Approve extension"));
    case CaseAction::RejectExtension: return translated(QT_TRANSLATE_NOOP("yw::core", "Refuse extension"));
    case CaseAction::RequestReturn: return translated(QT_TRANSLATE_NOOP("yw::core", "Request return"));
    case CaseAction::ApproveReturn: return translated(QT_TRANSLATE_NOOP("yw::core", "Approve return"));
    case CaseAction::RejectReturn: return translated(QT_TRANSLATE_NOOP("yw::core", "Refuse return"));
    case CaseAction::RequestSuspension: return translated(QT_TRANSLATE_NOOP("yw::core", "Request suspension"));
    case CaseAction::ApproveSuspension: return translated(QT_TRANSLATE_NOOP("yw::core", "Approve suspension"));
    case CaseAction::RejectSuspension: return translated(QT_TRANSLATE_NOOP("yw::core", "Refuse suspension"));
    case CaseAction::Restore: return translated(QT_TRANSLATE_NOOP("yw::core", "Restore from suspension"));
    case CaseAction::SendCheck: return translated(QT_TRANSLATE_NOOP("yw::core", "Send for check"));
    case CaseAction::CheckPass: return translated(QT_TRANSLATE_NOOP("yw::core", "Check passed"));
    case CaseAction::CheckFail: return translated(QT_TRANSLATE_NOOP("yw::core", "Check failed: rework"));
    case CaseAction::Close: return translated(QT_TRANSLATE_NOOP("yw::core", "Close"));
    case CaseAction::SelfHandle: return translated(QT_TRANSLATE_NOOP("yw::core", "Handled on the spot"));
    case CaseAction::ApproveSelfHandled: return translated(QT_TRANSLATE_NOOP("yw::core", "Approve self-handling"));
    case CaseAction::RejectSelfHandled: return translated(QT_TRANSLATE_NOOP("yw::core", "Refuse self-handling"));
    case CaseAction::RequestVoid: return translated(QT_TRANSLATE_NOOP("yw::core", "Request void"));
    case CaseAction::ApproveVoid: return translated(QT_TRANSLATE_NOOP("yw::core", "Approve void"));
    case CaseAction::RejectVoid: return translated(QT_TRANSLATE_NOOP("yw::core", "Refuse void"));
    case CaseAction::Supervise: return translated(QT_TRANSLATE_NOOP("yw::core", "Supervise"));
    }
    return {};
}

QString displayName(SourceChannel c)
{
    switch (c) {
    case SourceChannel::Patrol: return translated(QT_TRANSLATE_NOOP("yw::core", "Inspector patrol"));
    case SourceChannel::Hotline12345: return translated(QT_TRANSLATE_NOOP("yw::core", "12345 hotline"));
    case SourceChannel::Hotline12319: return translated(QT_TRANSLATE_NOOP("yw::core", "12319 hotline"));
    case SourceChannel::PublicApp: return translated(QT_TRANSLATE_NOOP("yw::core", "Public app"));
    case SourceChannel::VideoAi: return translated(QT_TRANSLATE_NOOP("yw::core", "Video AI"));
    case SourceChannel::Iot: return translated(QT_TRANSLATE_NOOP("yw::core", "IoT alarm"));
    case SourceChannel::LeaderAssignment: return translated(QT_TRANSLATE_NOOP("yw::core", "Leader assignment"));
    case SourceChannel::Inspection: return translated(QT_TRANSLATE_NOOP("yw::core", "Inspection"));
    case SourceChannel::Media: return translated(QT_TRANSLATE_NOOP("yw::core", "Media"));
    case SourceChannel::Petition: return translated(QT_TRANSLATE_NOOP("yw::core", "Petition"));
    case SourceChannel::Open311: return translated(QT_TRANSLATE_NOOP("yw::core", "Open311"));
    }
    return {};
}

QString displayName(Urgency u)
{
    switch (u) {
    case Urgency::Normal: return translated(QT_TRANSLATE_NOOP("yw::core", "Normal"));
    case Urgency::Urgent: return translated(QT_TRANSLATE_NOOP("yw::core", "Urgent"));
    case Urgency::Critical: return translated(QT_TRANSLATE_NOOP("yw::core", "Critical"));
    }
    return {};
}

QString displayName(DeadlineLight l)
{
    switch (l) {
    case DeadlineLight::None: return {};
    case DeadlineLight::Green: return translated(QT_TRANSLATE_NOOP("yw::core", "In time"));
    case DeadlineLight::Yellow: return translated(QT_TRANSLATE_NOOP("yw::core", "Due soon"));
    case DeadlineLight::Red: return translated(QT_TRANSLATE_NOOP("yw::core", "Overdue"));
    }
    return {};
}

const QList<CaseState> &finalStates()
{
    static const QList<CaseState> states = {CaseState::Closed, CaseState::NotFiled,
                                            CaseState::Voided, CaseState::Merged};
    return states;
}

bool isFinal(CaseState s)
{
    return finalStates().contains(s);
}

} // namespace yw::core
