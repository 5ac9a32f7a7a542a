#include "coreenums.h"

#include <QCoreApplication>

namespace yw::core {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("yw::core", s);
}
} // namespace

QString displayName(Role r)
{
    switch (r) {
    case Role::IntakeOperator: return tr(QT_TRANSLATE_NOOP("yw::core", "Intake operator"));
    case Role::Dispatcher: return tr(QT_TRANSLATE_NOOP("yw::core", "Dispatcher"));
    case Role::ShiftLeader: return tr(QT_TRANSLATE_NOOP("yw::core", "Shift leader"));
    case Role::DepartmentHandler: return tr(QT_TRANSLATE_NOOP("yw::core", "Department handler"));
    case Role::FieldInspector: return tr(QT_TRANSLATE_NOOP("yw::core", "Field inspector"));
    case Role::Leader: return tr(QT_TRANSLATE_NOOP("yw::core", "Leader"));
    case Role::Trainer: return tr(QT_TRANSLATE_NOOP("yw::core", "Trainer"));
    case Role::Admin: return tr(QT_TRANSLATE_NOOP("yw::core", "Administrator"));
    }
    return {};
}

QString displayName(CaseState s)
{
    switch (s) {
    case CaseState::Reported: return tr(QT_TRANSLATE_NOOP("yw::core", "Reported"));
    case CaseState::Verifying: return tr(QT_TRANSLATE_NOOP("yw::core", "Verifying"));
    case CaseState::PendingFiling: return tr(QT_TRANSLATE_NOOP("yw::core", "Pending filing"));
    case CaseState::Filed: return tr(QT_TRANSLATE_NOOP("yw::core", "Filed"));
    case CaseState::Dispatched: return tr(QT_TRANSLATE_NOOP("yw::core", "Dispatched"));
    case CaseState::Handling: return tr(QT_TRANSLATE_NOOP("yw::core", "Handling"));
    case CaseState::ExtensionPending: return tr(QT_TRANSLATE_NOOP("yw::core", "Extension requested"));
    case CaseState::ReturnPending: return tr(QT_TRANSLATE_NOOP("yw::core", "Return requested"));
    case CaseState::SuspensionPending: return tr(QT_TRANSLATE_NOOP("yw::core", "Suspension requested"));
    case CaseState::Suspended: return tr(QT_TRANSLATE_NOOP("yw::core", "Suspended"));
    case CaseState::Handled: return tr(QT_TRANSLATE_NOOP("yw::core", "Handled"));
    case CaseState::Checking: return tr(QT_TRANSLATE_NOOP("yw::core", "Checking"));
    case CaseState::CheckPassed: return tr(QT_TRANSLATE_NOOP("yw::core", "Check passed"));
    case CaseState::SelfHandled: return tr(QT_TRANSLATE_NOOP("yw::core", "Self-handled"));
    case CaseState::VoidPending: return tr(QT_TRANSLATE_NOOP("yw::core", "Void requested"));
    case CaseState::Closed: return tr(QT_TRANSLATE_NOOP("yw::core", "Closed"));
    case CaseState::NotFiled: return tr(QT_TRANSLATE_NOOP("yw::core", "Not filed"));
    case CaseState::Voided: return tr(QT_TRANSLATE_NOOP("yw::core", "Voided"));
    case CaseState::Merged: return tr(QT_TRANSLATE_NOOP("yw::core", "Merged"));
    }
    return {};
}

QString displayName(CaseAction a)
{
    switch (a) {
    case CaseAction::Accept: return tr(QT_TRANSLATE_NOOP("yw::core", "Accept"));
    case CaseAction::SendVerify: return tr(QT_TRANSLATE_NOOP("yw::core", "Send for verification"));
    case CaseAction::VerifyConfirm: return tr(QT_TRANSLATE_NOOP("yw::core", "Confirm on site"));
    case CaseAction::VerifyDeny: return tr(QT_TRANSLATE_NOOP("yw::core", "Not found on site"));
    case CaseAction::Merge: return tr(QT_TRANSLATE_NOOP("yw::core", "Merge as duplicate"));
    case CaseAction::File: return tr(QT_TRANSLATE_NOOP("yw::core", "File"));
    case CaseAction::RejectFiling: return tr(QT_TRANSLATE_NOOP("yw::core", "Do not file"));
    case CaseAction::Dispatch: return tr(QT_TRANSLATE_NOOP("yw::core", "Dispatch"));
    case CaseAction::DepartmentAccept: return tr(QT_TRANSLATE_NOOP("yw::core", "Take on"));
    case CaseAction::Feedback: return tr(QT_TRANSLATE_NOOP("yw::core", "Report handling result"));
    case CaseAction::RequestExtension: return tr(QT_TRANSLATE_NOOP("yw::core", "Request extension"));
    case CaseAction::ApproveExtension: return tr(QT_TRANSLATE_NOOP("yw::core", "Approve extension"));
    case CaseAction::RejectExtension: return tr(QT_TRANSLATE_NOOP("yw::core", "Refuse extension"));
    case CaseAction::RequestReturn: return tr(QT_TRANSLATE_NOOP("yw::core", "Request return"));
    case CaseAction::ApproveReturn: return tr(QT_TRANSLATE_NOOP("yw::core", "Approve return"));
    case CaseAction::RejectReturn: return tr(QT_TRANSLATE_NOOP("yw::core", "Refuse return"));
    case CaseAction::RequestSuspension: return tr(QT_TRANSLATE_NOOP("yw::core", "Request suspension"));
    case CaseAction::ApproveSuspension: return tr(QT_TRANSLATE_NOOP("yw::core", "Approve suspension"));
    case CaseAction::RejectSuspension: return tr(QT_TRANSLATE_NOOP("yw::core", "Refuse suspension"));
    case CaseAction::Restore: return tr(QT_TRANSLATE_NOOP("yw::core", "Restore from suspension"));
    case CaseAction::SendCheck: return tr(QT_TRANSLATE_NOOP("yw::core", "Send for check"));
    case CaseAction::CheckPass: return tr(QT_TRANSLATE_NOOP("yw::core", "Check passed"));
    case CaseAction::CheckFail: return tr(QT_TRANSLATE_NOOP("yw::core", "Check failed: rework"));
    case CaseAction::Close: return tr(QT_TRANSLATE_NOOP("yw::core", "Close"));
    case CaseAction::SelfHandle: return tr(QT_TRANSLATE_NOOP("yw::core", "Handled on the spot"));
    case CaseAction::ApproveSelfHandled: return tr(QT_TRANSLATE_NOOP("yw::core", "Approve self-handling"));
    case CaseAction::RejectSelfHandled: return tr(QT_TRANSLATE_NOOP("yw::core", "Refuse self-handling"));
    case CaseAction::RequestVoid: return tr(QT_TRANSLATE_NOOP("yw::core", "Request void"));
    case CaseAction::ApproveVoid: return tr(QT_TRANSLATE_NOOP("yw::core", "Approve void"));
    case CaseAction::RejectVoid: return tr(QT_TRANSLATE_NOOP("yw::core", "Refuse void"));
    case CaseAction::Supervise: return tr(QT_TRANSLATE_NOOP("yw::core", "Supervise"));
    }
    return {};
}

QString displayName(SourceChannel c)
{
    switch (c) {
    case SourceChannel::Patrol: return tr(QT_TRANSLATE_NOOP("yw::core", "Inspector patrol"));
    case SourceChannel::Hotline12345: return tr(QT_TRANSLATE_NOOP("yw::core", "12345 hotline"));
    case SourceChannel::Hotline12319: return tr(QT_TRANSLATE_NOOP("yw::core", "12319 hotline"));
    case SourceChannel::PublicApp: return tr(QT_TRANSLATE_NOOP("yw::core", "Public app"));
    case SourceChannel::VideoAi: return tr(QT_TRANSLATE_NOOP("yw::core", "Video AI"));
    case SourceChannel::Iot: return tr(QT_TRANSLATE_NOOP("yw::core", "IoT alarm"));
    case SourceChannel::LeaderAssignment: return tr(QT_TRANSLATE_NOOP("yw::core", "Leader assignment"));
    case SourceChannel::Inspection: return tr(QT_TRANSLATE_NOOP("yw::core", "Inspection"));
    case SourceChannel::Media: return tr(QT_TRANSLATE_NOOP("yw::core", "Media"));
    case SourceChannel::Petition: return tr(QT_TRANSLATE_NOOP("yw::core", "Petition"));
    case SourceChannel::Open311: return tr(QT_TRANSLATE_NOOP("yw::core", "Open311"));
    }
    return {};
}

QString displayName(Urgency u)
{
    switch (u) {
    case Urgency::Normal: return tr(QT_TRANSLATE_NOOP("yw::core", "Normal"));
    case Urgency::Urgent: return tr(QT_TRANSLATE_NOOP("yw::core", "Urgent"));
    case Urgency::Critical: return tr(QT_TRANSLATE_NOOP("yw::core", "Critical"));
    }
    return {};
}

QString displayName(DeadlineLight l)
{
    switch (l) {
    case DeadlineLight::None: return {};
    case DeadlineLight::Green: return tr(QT_TRANSLATE_NOOP("yw::core", "In time"));
    case DeadlineLight::Yellow: return tr(QT_TRANSLATE_NOOP("yw::core", "Due soon"));
    case DeadlineLight::Red: return tr(QT_TRANSLATE_NOOP("yw::core", "Overdue"));
    }
    return {};
}

bool isFinal(CaseState s)
{
    return s == CaseState::Closed || s == CaseState::NotFiled || s == CaseState::Voided
           || s == CaseState::Merged;
}

} // namespace yw::core
