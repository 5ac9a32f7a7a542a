#include "seatservices.h"

#include "arearepository.h"
#include "departmentrepository.h"
#include "geodatarepository.h"
#include "locatorloader.h"
#include "routingrepository.h"
#include "trainingseatrepository.h"

namespace yw::training {

using namespace yw::core;
using namespace yw::store;

SeatServices::~SeatServices() = default;

Result<std::unique_ptr<SeatServices>> SeatServices::open(const DatabaseLocation &location,
                                                         const Clock &clock, const QString &city)
{
    std::unique_ptr<SeatServices> s(new SeatServices(clock));
    auto db = Database::open(location, Database::OpenMode::Existing, QStringLiteral("exercise"));
    if (!db)
        return db.error();
    s->m_db = std::move(db.value());
    if (auto training = TrainingSeatRepository(*s->m_db).checkTraining(); !training)
        return training.error();
    auto tax = Taxonomy::forCity(city);
    if (!tax)
        return tax.error();
    s->m_taxonomy = tax.value();
    s->m_calendar = WorkCalendar::chinaMainland();
    auto limits = TimeLimitTable::builtIn(s->m_calendar);
    if (!limits)
        return limits.error();
    s->m_limits = limits.value();
    auto areas = AreaRepository(*s->m_db).load();
    if (!areas)
        return areas.error();
    s->m_areas = areas.value();
    auto rules = RoutingRepository(*s->m_db).load();
    if (!rules)
        return rules.error();
    s->m_routing.setRules(rules.value());
    auto duplicates = DuplicateRules::builtIn();
    if (!duplicates)
        return duplicates.error();
    s->m_duplicates = duplicates.value();
    auto locator = yw::intake::loadLocator(*s->m_db);
    if (!locator)
        return locator.error();
    s->m_locator = std::move(locator).value();
    auto departments = DepartmentRepository(*s->m_db).list();
    if (!departments)
        return departments.error();
    for (const Department &d : departments.value()) {
        s->m_departmentIds.insert(d.code, d.id);
        s->m_departmentNames.insert(d.id, d.name);
    }
    s->m_cases = std::make_unique<CaseService>(
        *s->m_db, clock, CaseService::Rules{s->m_taxonomy, s->m_calendar, s->m_limits, s->m_areas});
    s->m_intake = std::make_unique<yw::intake::IntakeService>(
        *s->m_cases, yw::intake::IntakeService::Rules{s->m_locator, s->m_routing, s->m_duplicates});
    return s;
}

bool SeatServices::knowsMatterClass(const QString &code) const
{
    return m_taxonomy.find(TaxonomyKind::Matter, code) != nullptr;
}

QString SeatServices::gridAt(double lon, double lat) const
{
    return m_locator.locate(lon, lat).gridCode;
}

bool SeatServices::hasComponent(const QString &id) const
{
    return bool(GeodataRepository(*m_db).component(id));
}

} // namespace yw::training
