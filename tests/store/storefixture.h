#pragma once

// A migrated database with the Changsha areas, a few departments and one user of each role,
// and the case service over it, for the store suites.
#include "arearepository.h"
#include "authservice.h"
#include "caseservice.h"
#include "cityreferencedata.h"
#include "departmentrepository.h"
#include "migrator.h"
#include "testbackend.h"
#include "userrepository.h"

#include <QTest>

namespace yw::test {

struct StoreFixture
{
    std::unique_ptr<yw::store::Database> db;
    yw::core::ManualClock clock{QDateTime(QDate(2026, 11, 23), QTime(9, 0), QTimeZone(8 * 3600))};
    yw::core::Taxonomy taxonomy = yw::core::Taxonomy::load(yw::core::TaxonomyStandard::Id::Gbt47678_2026).value();
    yw::core::WorkCalendar calendar = yw::core::WorkCalendar::chinaMainland();
    yw::core::TimeLimitTable limits = yw::core::TimeLimitTable::builtIn(calendar).value();
    yw::core::AreaHierarchy areas;
    std::unique_ptr<yw::store::CaseService> cases;
    QHash<yw::core::Role, yw::core::User> users;
    qint64 sanitation = 0; // a department
    qint64 water = 0;

    QString open(TestBackend &backend, const QString &workstation = QStringLiteral("ws-1"))
    {
        auto opened = yw::store::Database::open(backend.fresh(), yw::store::Database::OpenMode::CreateIfMissing, workstation);
        if (!opened)
            return opened.error().message;
        db = std::move(opened.value());
        if (auto s = yw::store::Migrator::migrate(*db); !s)
            return s.error().message;
        if (auto s = yw::store::CityReferenceData::seed(*db, QStringLiteral("changsha")); !s)
            return s.error().message;
        areas = yw::store::AreaRepository(*db).load().value();
        yw::store::DepartmentRepository depts(*db);
        sanitation = depts.add({0, QStringLiteral("D-HJ-430102"), QStringLiteral("芙蓉区环境卫生服务中心"),
                                yw::core::DepartmentLevel::District, QStringLiteral("430102"), 0, true}).value();
        water = depts.add({0, QStringLiteral("D-GS"), QStringLiteral("长沙水业集团"),
                           yw::core::DepartmentLevel::City, QString(), 0, true}).value();
        yw::store::UserRepository repo(*db);
        qint64 n = 0;
        for (yw::core::Role r : yw::core::enumValues<yw::core::Role>()) {
            yw::core::User u;
            u.login = yw::core::enumKey(r).toLower();
            u.displayName = u.login;
            u.roles = r;
            if (r == yw::core::Role::DepartmentHandler)
                u.departmentId = sanitation;
            u.id = repo.add(u, QStringLiteral("not-a-real-hash"), clock.now()).value();
            users.insert(r, u);
            ++n;
        }
        cases = std::make_unique<yw::store::CaseService>(*db, clock,
                                                         yw::store::CaseService::Rules{taxonomy, calendar, limits, areas});
        return {};
    }

    const yw::core::User &user(yw::core::Role r) const { return users.find(r).value(); }

    // A patrol report of exposed garbage (06010) in 识字里社区, 芙蓉区.
    static yw::core::CaseRecord garbageDraft()
    {
        yw::core::CaseRecord d;
        d.source = yw::core::SourceChannel::Patrol;
        d.kind = yw::core::TaxonomyKind::Matter;
        d.classCode = QStringLiteral("06010");
        d.description = QStringLiteral("识字里路口暴露垃圾");
        d.address = QStringLiteral("芙蓉区识字里路口");
        d.hasLocation = true;
        d.longitude = 113.0107;
        d.latitude = 28.1893;
        d.communityCode = QStringLiteral("430102001001");
        return d;
    }
};

} // namespace yw::test
