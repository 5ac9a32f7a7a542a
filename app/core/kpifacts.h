#pragma once

#include "coreenums.h"

#include <QString>

#include <vector>

namespace yw::core {

// What the evaluation (综合评价) reads of a case: facts derived from its event log by replaying
// it through the workflow (KpiFactsBuilder), never counters kept by hand, so that any period can
// be recomputed from history. Times are UTC milliseconds since the epoch; 0 means "not (yet)".

// One step of a case's flow, from the moment its clock started to the action that ended it:
// verifying (inspector), filing (shift leader), dispatching (dispatcher), handling (department),
// checking (inspector), closing. A rework starts a new handling step; a return ends one.
struct TaskFact
{
    Step step = Step::None;
    qint64 departmentId = 0; // handling: the owner; checking: the owner whose work is checked
    qint64 userId = 0;       // who did it (verify/check: the inspector asked, or who acted)
    qint64 startedAt = 0;
    qint64 deadline = 0;     // the step's deadline after extensions and suspensions; 0: no limit
    qint64 finishedAt = 0;   // 0: still open
    QString outcome;         // the CaseAction key that ended the step
    bool onTime = false;     // finished by the deadline (or no deadline)
    qint64 extensionSeconds = 0;
    qint64 suspendedFrom = 0; // the last suspension (挂账) of a handling step
    qint64 suspendedTo = 0;   // 0 while still suspended
    bool accurate = true;     // dispatching: the department did not return the case
    qint64 rejectedAt = 0;    // handling: when the check of its result failed (返工); 0: not
};

struct CaseFact
{
    qint64 caseId = 0;
    int caseVersion = 0;
    qint64 reportedAt = 0;
    SourceChannel source = SourceChannel::Patrol;
    TaxonomyKind kind = TaxonomyKind::Matter;
    QString classCode;
    QString gridCode, communityCode, streetCode, districtCode;
    qint64 reporterUserId = 0;
    qint64 departmentId = 0; // the last owner
    qint64 filedAt = 0;      // 立案
    qint64 voidedAt = 0;     // 作废 (approved)
    qint64 notFiledAt = 0;   // 不予立案
    qint64 mergedAt = 0;     // merged into another case
    qint64 closedAt = 0;     // 结案
    bool closedOnTime = false; // closed with its last handling step done by the deadline
    int reworkCount = 0;
    bool publicVerified = false; // a public report (not patrol) confirmed on site: 监督举报核实
};

struct CaseFacts
{
    CaseFact fact;
    std::vector<TaskFact> tasks;
};

} // namespace yw::core
