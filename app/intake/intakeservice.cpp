#include "intakeservice.h"

#include "caserepository.h"
#include "geodatarepository.h"
#include "localprojection.h"

#include <algorithm>

namespace yw::intake {

using namespace yw::core;

IntakeService::IntakeService(yw::store::CaseService &cases, const Rules &rules)
    : m_cases(cases)
    , m_rules(rules)
{}

Result<IntakeOutcome> IntakeService::preview(const User &actor, CaseRecord draft) const
{
    yw::store::Database &db = m_cases.database();
    IntakeOutcome out;
    qint64 maintainer = 0;
    // A surveyed component gives the place, the class and the maintainer.
    if (!draft.componentId.isEmpty()) {
        auto component = yw::store::GeodataRepository(db).component(draft.componentId);
        if (!component)
            return component.error().code == Error::Code::NotFound
                       ? Error::make(
                             Error::Code::InvalidInput,
                             IntakeService::tr("No surveyed component %1.").arg(draft.componentId))
                       : component.error();
        if (!draft.hasLocation) {
            draft.longitude = component->lon;
            draft.latitude = component->lat;
            draft.hasLocation = true;
        }
        draft.kind = TaxonomyKind::Component;
        if (draft.classCode.isEmpty())
            draft.classCode = component->classCode;
        maintainer = component->maintainerDepartmentId;
    }
    if (draft.hasLocation) {
        const yw::gis::Location l = m_rules.locator.locate(draft.longitude, draft.latitude);
        if (!l.isValid())
            return Error::make(Error::Code::InvalidInput,
                               IntakeService::tr("(%1, %2) lies outside the city's unit grids.")
                                   .arg(draft.longitude, 0, 'f', 6)
                                   .arg(draft.latitude, 0, 'f', 6));
        draft.gridCode = l.gridCode;
        draft.communityCode = l.communityCode;
        draft.streetCode = l.streetCode;
        draft.districtCode = l.districtCode;
    } else if (draft.areaCode().isEmpty()) {
        return Error::make(
            Error::Code::InvalidInput,
            IntakeService::tr("A report needs a place: a point, a component or an area."));
    }
    out.routing = m_rules.routing.route(draft.classCode, draft.areaCode(), maintainer);

    // Duplicates: the same class, near by, recent, still open.
    if (draft.hasLocation) {
        const DuplicateRules::Rule rule = m_rules.duplicates.ruleFor(draft.classCode);
        const yw::gis::LocalProjection local(draft.longitude, draft.latitude);
        const double dLon = rule.radiusM / local.metresPerDegreeLon();
        const double dLat = rule.radiusM / yw::gis::LocalProjection::kMetresPerDegree;
        const QDateTime since = m_cases.clock().now().addSecs(-rule.windowSeconds);
        auto near = yw::store::CaseRepository(db).findNear(
            draft.classCode, draft.longitude - dLon, draft.latitude - dLat, draft.longitude + dLon,
            draft.latitude + dLat, since);
        if (!near)
            return near.error();
        QList<std::pair<double, CaseRecord>> found;
        for (const CaseRecord &c : near.value()) {
            const double d = local.distanceM(yw::gis::Point(draft.longitude, draft.latitude),
                                             yw::gis::Point(c.longitude, c.latitude));
            if (d <= rule.radiusM)
                found.append({d, c});
        }
        std::stable_sort(found.begin(), found.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        for (const auto &[d, c] : found) {
            out.duplicates << c;
            out.duplicateDistancesM << d;
        }
    }
    Q_UNUSED(actor);
    out.record = draft;
    return out;
}

Result<IntakeOutcome> IntakeService::submit(const User &actor, CaseRecord draft,
                                            DuplicatePolicy policy)
{
    auto out = preview(actor, std::move(draft));
    if (!out)
        return out.error();
    if (policy == DuplicatePolicy::SkipDuplicates && !out->duplicates.isEmpty()) {
        IntakeOutcome skipped = out.value();
        skipped.record = out->duplicates.first();
        skipped.filedAsDuplicate = true;
        return skipped;
    }
    auto reported = m_cases.report(actor, out->record);
    if (!reported)
        return reported.error();
    IntakeOutcome done = out.value();
    done.record = reported.value();
    return done;
}

} // namespace yw::intake
