#pragma once

#include "coreenums.h"
#include "steptiming.h"

#include <QDateTime>
#include <QStringList>

namespace yw::core {

// A case (案卷) with every field the standard flow needs (DOMAIN.md §3.3, §9).
struct CaseRecord
{
    qint64 id = 0;
    QString caseNumber;          // human-facing number, unique
    SourceChannel source = SourceChannel::Patrol;
    QString externalRef;         // the source's own id (hotline ticket, Open311 request...)
    TaxonomyKind kind = TaxonomyKind::Matter;
    QString standard;            // taxonomy edition of classCode
    QString classCode;
    QString componentId;         // for component cases: the surveyed component
    QString description;
    QString address;             // 事发位置
    double longitude = 0;
    double latitude = 0;
    bool hasLocation = false;
    QString gridCode;            // unit grid (15 digits)
    QString communityCode;
    QString streetCode;
    QString districtCode;
    QStringList attachments;     // references (file names or URIs), the bytes live elsewhere
    Urgency urgency = Urgency::Normal;
    QString reporterName;
    QString reporterPhone;
    qint64 reporterUserId = 0;

    CaseState state = CaseState::Reported;
    CaseState resumeState = CaseState::Reported; // where a refused request returns to
    qint64 ownerDepartmentId = 0;
    qint64 inspectorUserId = 0;  // the inspector asked to verify or check
    Verification verification = Verification::NotRequired;
    StepTiming step;

    QDateTime reportedAt;
    QDateTime filedAt;
    QDateTime dispatchedAt;
    QDateTime handledAt;
    QDateTime closedAt;
    QDateTime suspendedAt;
    qint64 suspendedSeconds = 0;
    qint64 extensionSeconds = 0;
    int reworkCount = 0;
    int returnCount = 0;
    int supervisionLevel = 0;
    qint64 mergedInto = 0;
    QString lastNote;            // latest opinion (处理意见), for lists and Open311 status_notes

    // The most precise area code known (grid, community, street or district).
    QString areaCode() const
    {
        for (const QString *c : {&gridCode, &communityCode, &streetCode, &districtCode})
            if (!c->isEmpty())
                return *c;
        return {};
    }

    int version = 0;             // optimistic concurrency: bumped by every committed change
    QDateTime updatedAt;
};

} // namespace yw::core
