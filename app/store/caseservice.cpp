#include "caseservice.h"

#include "areacode.h"

#include <QJsonArray>

namespace yw::store {

using namespace yw::core;

namespace {
Error invalid(const QString &msg)
{
    return Error::make(Error::Code::InvalidInput, msg);
}

// Mainland China with a margin: coordinates outside are in another CRS or swapped.
bool plausibleLonLat(double lon, double lat)
{
    return lon >= 73.0 && lon <= 136.0 && lat >= 3.0 && lat <= 54.0;
}
} // namespace

CaseService::CaseService(Database &db, const Clock &clock, const Rules &rules)
    : m_db(db)
    , m_clock(clock)
    , m_rules(rules)
    , m_cases(db)
    , m_events(db)
    , m_departments(db)
{}

Status CaseService::validateDraft(const User &actor, CaseRecord &c) const
{
    c.description = c.description.trimmed();
    if (c.description.isEmpty())
        return invalid(CaseService::tr("Please describe the problem."));
    if (c.description.size() > 2000)
        return invalid(CaseService::tr("The description is longer than 2000 characters."));
    const Taxonomy &tax = m_rules.taxonomy;
    c.standard = tax.standard().name;
    if (auto s = tax.validateClassCode(c.kind, c.classCode); !s)
        return s;
    if (!c.componentId.isEmpty()) {
        if (c.kind != TaxonomyKind::Component)
            return invalid(CaseService::tr("A component id belongs to a component case."));
        if (auto s = tax.validateComponentId(c.componentId); !s)
            return s;
        if (tax.classOfComponentId(c.componentId) != c.classCode)
            return invalid(CaseService::tr("Component %1 is not of class %2.").arg(c.componentId, c.classCode));
    }
    if (c.hasLocation && (!qIsFinite(c.longitude) || !qIsFinite(c.latitude) ||
                          !plausibleLonLat(c.longitude, c.latitude)))
        return invalid(
            CaseService::tr("The location %1, %2 is not in China as longitude, latitude "
                            "(CGCS2000/WGS84 degrees): wrong coordinate system, or swapped?")
                .arg(c.longitude)
                .arg(c.latitude));
    // The most precise code given fills in the levels above it.
    if (!c.gridCode.isEmpty()) {
        if (auto s = AreaCode::validate(AreaLevel::UnitGrid, c.gridCode); !s)
            return s;
        c.communityCode = AreaCode::ancestorAt(c.gridCode, AreaLevel::Community);
    }
    if (!c.communityCode.isEmpty()) {
        if (auto s = AreaCode::validate(AreaLevel::Community, c.communityCode); !s)
            return s;
        c.streetCode = AreaCode::ancestorAt(c.communityCode, AreaLevel::Street);
    }
    if (!c.streetCode.isEmpty()) {
        if (auto s = AreaCode::validate(AreaLevel::Street, c.streetCode); !s)
            return s;
        c.districtCode = AreaCode::ancestorAt(c.streetCode, AreaLevel::District);
    }
    if (c.districtCode.isEmpty())
        return invalid(CaseService::tr("Say where the problem is: at least the district."));
    if (auto s = AreaCode::validate(AreaLevel::District, c.districtCode); !s)
        return s;
    if (m_rules.areas.size() > 0) {
        const QString code = c.areaCode();
        // Unit grids come with the demo city or an import; below the community, form is enough
        // until they are loaded.
        const QString known = m_rules.areas.find(code)    ? code
                              : c.communityCode.isEmpty() ? c.districtCode
                                                          : c.communityCode;
        if (!m_rules.areas.find(known))
            return invalid(CaseService::tr("Area %1 is not part of this city.").arg(known));
    }
    if (!actor.coversArea(c.areaCode()))
        return Error::make(Error::Code::Forbidden,
                           CaseService::tr("The place lies outside the areas you act for."));
    return success();
}

Result<CaseRecord> CaseService::report(const User &actor, CaseRecord c)
{
    if (!actor.active || !(actor.roles & Workflow::reportingRoles()))
        return Error::make(Error::Code::Forbidden, tr("Your roles may not report cases."));
    if (auto s = validateDraft(actor, c); !s)
        return s.error();
    const QDateTime now = m_clock.now();
    c.id = 0;
    c.caseNumber.clear();
    c.state = CaseState::Reported;
    c.resumeState = CaseState::Reported;
    c.ownerDepartmentId = 0;
    c.reportedAt = now;
    c.updatedAt = now;
    if (c.source == SourceChannel::Patrol && actor.hasRole(Role::FieldInspector))
        c.reporterUserId = actor.id;
    c.verification =
        Workflow::trustedSource(c.source) ? Verification::NotRequired : Verification::Pending;
    Workflow::startClock(c, {m_rules.calendar, m_rules.limits, now});
    CaseEvent e;
    e.caseVersion = 1;
    e.at = now;
    e.actorUserId = actor.id;
    e.actorLogin = actor.login;
    e.workstation = m_db.workstation();
    e.action = QStringLiteral("Report");
    e.fromState = CaseState::Reported;
    e.toState = CaseState::Reported;
    e.payload = {{QStringLiteral("source"), enumKey(c.source)},
                 {QStringLiteral("class"), c.classCode}};
    // On PostgreSQL one statement numbers the case, inserts it and its first event (atomic by
    // itself, and a round trip instead of five); SQLite runs the same steps in a transaction.
    Status s = m_db.isPostgres() && !m_db.inTransaction()
                   ? m_cases.insertWithFirstEvent(c, e, m_rules.calendar.timeZone())
                   : m_db.transaction([&]() -> Status {
                         if (auto st = m_cases.insert(c, m_rules.calendar.timeZone()); !st)
                             return st;
                         e.caseId = c.id;
                         e.caseVersion = c.version;
                         auto id = m_events.append(e);
                         return id ? success() : Status(id.error());
                     });
    if (!s)
        return s.error();
    return c;
}

Result<CaseRecord> CaseService::act(const User &actor, qint64 caseId, int expectedVersion,
                                    CaseAction action, const ActionParams &params)
{
    CaseRecord result;
    Status s = m_db.transaction([&]() -> Status {
        auto loaded = m_cases.get(caseId);
        if (!loaded)
            return loaded.error();
        const CaseRecord before = loaded.value();
        if (before.version != expectedVersion)
            return Error::make(
                Error::Code::Conflict,
                tr("Case %1 was changed elsewhere (now version %2, you saw version %3): reload it "
                   "and try again.")
                    .arg(before.caseNumber)
                    .arg(before.version)
                    .arg(expectedVersion));
        if (auto st = Workflow::check(actor, before, action, params); !st)
            return st;
        if (action == CaseAction::Dispatch) {
            auto dept = m_departments.get(params.departmentId);
            if (!dept)
                return invalid(tr("No department with id %1.").arg(params.departmentId));
            if (!dept->active)
                return invalid(tr("Department %1 is no longer active.").arg(dept->name));
        }
        if (action == CaseAction::Merge) {
            auto target = m_cases.get(params.mergeIntoCaseId);
            if (!target)
                return invalid(tr("No case with id %1 to merge into.").arg(params.mergeIntoCaseId));
            if (target->state == CaseState::Merged)
                return invalid(tr("Case %1 is itself merged into another.").arg(target->caseNumber));
        }
        const QDateTime now = m_clock.now();
        CaseRecord after =
            Workflow::apply(before, action, params, {m_rules.calendar, m_rules.limits, now});
        after.updatedAt = now;
        if (auto st = m_cases.update(after, expectedVersion); !st)
            return st;
        CaseEvent e;
        e.caseId = after.id;
        e.caseVersion = after.version;
        e.at = now;
        e.actorUserId = actor.id;
        e.actorLogin = actor.login;
        e.workstation = m_db.workstation();
        e.action = enumKey(action);
        e.fromState = before.state;
        e.toState = after.state;
        e.note = params.note.trimmed();
        e.payload = Workflow::eventPayload(params);
        auto id = m_events.append(e);
        if (!id)
            return id.error();
        result = after;
        return success();
    });
    if (!s)
        return s.error();
    return result;
}

} // namespace yw::store
