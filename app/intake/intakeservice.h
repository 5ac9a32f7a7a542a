#pragma once

#include <QCoreApplication>

#include "caseservice.h"
#include "duplicaterules.h"
#include "locator.h"
#include "routingtable.h"

namespace yw::intake {

// What intake knows about a report before and after it is filed.
struct IntakeOutcome
{
    yw::core::CaseRecord record; // the draft completed (preview) or the reported case (submit)
    yw::core::RoutingDecision routing;      // the proposed owner department
    QList<yw::core::CaseRecord> duplicates; // open cases of the same class near by, nearest first
    QList<double> duplicateDistancesM;
    bool filedAsDuplicate = false; // submit with SkipDuplicates found one: record is that case
};

// The intake pipeline every channel goes through (the intake desk, the hotline feed, Open311,
// IoT and video-AI detections): complete the location (the point's unit grid, community, street
// and district, or the surveyed component's position), propose the owner by the routing rules,
// find duplicate candidates by the class's radius and time window, and report the case in one
// transaction with its first event.
class IntakeService
{
    Q_DECLARE_TR_FUNCTIONS(yw::intake::IntakeService)
public:
    struct Rules
    {
        const yw::gis::Locator &locator;
        const yw::core::RoutingTable &routing;
        const yw::core::DuplicateRules &duplicates;
    };

    // People file a report even when it looks like a repeat (and merge it at the desk); machine
    // channels that repeat an alarm every minute skip it while an open case covers it.
    enum class DuplicatePolicy { Report, SkipDuplicates };

    IntakeService(yw::store::CaseService &cases, const Rules &rules);

    // Completes and checks the draft, proposes the owner, finds duplicates. Writes nothing.
    yw::core::Result<IntakeOutcome> preview(const yw::core::User &actor,
                                            yw::core::CaseRecord draft) const;
    // preview(), then reports the case (or, skipping duplicates, returns the nearest open one).
    yw::core::Result<IntakeOutcome> submit(const yw::core::User &actor, yw::core::CaseRecord draft,
                                           DuplicatePolicy policy = DuplicatePolicy::Report);

private:
    yw::store::CaseService &m_cases;
    Rules m_rules;
};

} // namespace yw::intake
