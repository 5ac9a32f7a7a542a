#pragma once

// A small demo city with the intake pipeline over it: locator, routing rules, duplicate rules and
// the case service, on the backend the test runs on. The clock stands after the demo history.
#include "arearepository.h"
#include "democitybuilder.h"
#include "geodatarepository.h"
#include "intakeservice.h"
#include "locatorloader.h"
#include "routingrepository.h"
#include "testbackend.h"
#include "userrepository.h"

#include <QFile>
#include <QTimeZone>

namespace yw::test {

struct IntakeFixture
{
    std::unique_ptr<yw::store::Database> db;
    yw::core::ManualClock clock{QDateTime(QDate(2026, 12, 15), QTime(10, 0), QTimeZone(8 * 3600))};
    yw::core::Taxonomy taxonomy;
    yw::core::WorkCalendar calendar = yw::core::WorkCalendar::chinaMainland();
    yw::core::TimeLimitTable limits = yw::core::TimeLimitTable::builtIn(calendar).value();
    yw::core::AreaHierarchy areas;
    yw::core::RoutingTable routing;
    yw::core::DuplicateRules duplicates = yw::core::DuplicateRules::builtIn().value();
    std::unique_ptr<yw::gis::Locator> locator;
    std::unique_ptr<yw::store::CaseService> cases;
    std::unique_ptr<yw::intake::IntakeService> intake;

    QString open(TestBackend &backend, const QString &workstation = QStringLiteral("intake-desk-1"))
    {
        auto opened = yw::store::Database::open(
            backend.fresh(), yw::store::Database::OpenMode::CreateIfMissing, workstation);
        if (!opened)
            return opened.error().message;
        db = std::move(opened.value());
        yw::demo::DemoCityBuilder::Options o;
        o.scale = yw::demo::DemoScale::small();
        o.seed = 5;
        o.end = QDateTime(QDate(2026, 11, 21), QTime(0, 0), QTimeZone(8 * 3600));
        if (auto s = yw::demo::DemoCityBuilder::build(*db, o, {}); !s)
            return s.error().message;
        return attach(*db);
    }

    // Builds the services over an open database (also a second workstation's connection).
    QString attach(yw::store::Database &on)
    {
        taxonomy = yw::core::Taxonomy::load(yw::core::TaxonomyStandard::Id::Gbt47678_2026).value();
        QFile local(QStringLiteral(":/yiwang/taxonomy/local_changsha.csv"));
        if (local.open(QIODevice::ReadOnly))
            taxonomy.addLocalClasses(local.readAll(), local.fileName());
        areas = yw::store::AreaRepository(on).load().value();
        auto rules = yw::store::RoutingRepository(on).load();
        if (!rules)
            return rules.error().message;
        routing.setRules(rules.value());
        auto loaded = yw::intake::loadLocator(on);
        if (!loaded)
            return loaded.error().message;
        locator = std::make_unique<yw::gis::Locator>(std::move(loaded).value());
        cases = std::make_unique<yw::store::CaseService>(
            on, clock, yw::store::CaseService::Rules{taxonomy, calendar, limits, areas});
        intake = std::make_unique<yw::intake::IntakeService>(
            *cases, yw::intake::IntakeService::Rules{*locator, routing, duplicates});
        return {};
    }

    yw::core::User user(const QString &login) const
    {
        auto u = yw::store::UserRepository(*db).byLogin(login);
        return u ? u->user : yw::core::User();
    }

    static yw::core::CaseRecord draft(const QString &classCode, double lon, double lat)
    {
        yw::core::CaseRecord d;
        d.source = yw::core::SourceChannel::Hotline12345;
        d.kind = yw::core::TaxonomyKind::Matter;
        d.classCode = classCode;
        d.description = QStringLiteral("市民来电反映");
        d.hasLocation = true;
        d.longitude = lon;
        d.latitude = lat;
        return d;
    }
};

} // namespace yw::test
