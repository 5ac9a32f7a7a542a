#pragma once

#include "caserecord.h"
#include "error.h"
#include "timelimittable.h"
#include "user.h"
#include "workcalendar.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace yw::core {

// What an actor supplies with an action.
struct ActionParams
{
    QString note;              // reason or opinion; several actions require one
    qint64 departmentId = 0;   // Dispatch: the owner
    qint64 inspectorUserId = 0;// SendVerify / SendCheck: the inspector asked (optional)
    qint64 extensionSeconds = 0; // RequestExtension / ApproveExtension, on the step's basis
    qint64 mergeIntoCaseId = 0;  // Merge: the case this one duplicates
    QStringList attachments;   // Feedback photos and the like
};

// The standard case flow (DOMAIN.md §5) as one explicit transition table: for each action the
// states it leaves, the state it reaches, the roles allowed and the guards. This is the single
// source of truth; the store enforces it and the UI offers only what it allows.
class Workflow
{
    Q_DECLARE_TR_FUNCTIONS(yw::core::Workflow)
public:
    enum class Target { State, Resume, Same };
    enum Guard : quint32 {
        NoGuard = 0,
        NeedsNote = 0x001,         // a reason or opinion is required
        NeedsDepartment = 0x002,   // an owner department is named
        OwnDepartment = 0x004,     // the actor belongs to the owner department
        TrustedOrVerified = 0x008, // a trusted source (patrol, leader, inspection) or verified on site
        NotDenied = 0x010,         // not denied on site
        AssignedInspector = 0x020, // the inspector asked, if one was named
        OwnReport = 0x040,         // the actor reported the case
        NeedsExtension = 0x080,    // a positive extension
        NeedsMergeTarget = 0x100,  // another case to merge into
    };

    struct Transition
    {
        CaseAction action;
        CaseState from;
        Target target;
        CaseState to;
        Roles roles;
        quint32 guards;
    };

    struct Context
    {
        const WorkCalendar &calendar;
        const TimeLimitTable &limits;
        QDateTime now;
    };

    static const QList<Transition> &transitions();
    static const Transition *find(CaseAction action, CaseState from);

    // Roles that may create a case (report), and the state a new case starts in.
    static Roles reportingRoles();

    // Whether the actor may take the action on the case now, with the reason when not:
    // Forbidden (role or area scope) or GuardFailed (the case or input is not ready).
    static Status check(const User &actor, const CaseRecord &c, CaseAction action,
                        const ActionParams &params);
    // The actions the actor may take on the case now (for menus and shortcuts).
    static QList<CaseAction> availableActions(const User &actor, const CaseRecord &c);

    // The case after the action: state, timestamps, owner, counters and the step clock.
    // Call check() first; apply() assumes the action is allowed.
    static CaseRecord apply(const CaseRecord &c, CaseAction action, const ActionParams &params,
                            const Context &ctx);
    // Starts the clock of a newly reported case.
    static void startClock(CaseRecord &c, const Context &ctx);

    // What a case event records of the action's parameters (besides the note), and back: the
    // history can be replayed through apply() (the evaluation does so).
    static QJsonObject eventPayload(const ActionParams &params);
    static ActionParams paramsFromEvent(const QJsonObject &payload, const QString &note);

    static Step stepOf(CaseState state);
    static bool trustedSource(SourceChannel s);
};

} // namespace yw::core
