#pragma once

// A tiny city for the unit tests of a module's pieces: a fresh database on the test's backend
// with the Changsha areas, two departments, routing rules that send exposed garbage (06010) to
// the district's sanitation centre and everything else to the water company, and one account of
// each working role (password Yiwang2026); a Platform (services, change feed, session) on it.
// Its geography is one square unit grid at 识字里 (430102001001001, also its community's
// outline) inside a square 芙蓉区, with one street lamp in the grid. No demo city: it is ready
// in about a second.
#include "authservice.h"
#include "caseservice.h"
#include "cityreferencedata.h"
#include "migrator.h"
#include "departmentrepository.h"
#include "geodatarepository.h"
#include "platform.h"
#include "routingrepository.h"
#include "testbackend.h"

#include <QTemporaryDir>

namespace yw::test {

struct ModuleTestCity
{
    std::unique_ptr<yw::shell::Platform> platform;
    qint64 sanitation = 0; // 芙蓉区环境卫生服务中心
    qint64 water = 0;      // 长沙水业集团
    QTemporaryDir settingsDir;

    static QString password() { return QStringLiteral("Yiwang2026"); }
    // The unit grid's corners (lon/lat) and the street lamp in it.
    static QRectF grid() { return QRectF(QPointF(113.009, 28.188), QPointF(113.012, 28.191)); }
    static QRectF district() { return QRectF(QPointF(112.99, 28.17), QPointF(113.03, 28.21)); }
    static QString gridCode() { return QStringLiteral("430102001001001"); }
    static QString lampId() { return QStringLiteral("43010201037000001"); }

    // Logins: intake, dispatcher, shift, inspector, handler (sanitation), water (a handler of the
    // water company), leader.
    QString open(TestBackend &backend, const yw::core::Clock &clock)
    {
        const yw::store::DatabaseLocation where = backend.fresh();
        {
            // The geography first: the platform loads the area hierarchy (unit grids included)
            // when it starts.
            auto db = yw::store::Database::open(where, yw::store::Database::OpenMode::CreateIfMissing);
            if (!db)
                return db.error().message;
            if (auto s = yw::store::Migrator::migrate(*db.value()); !s)
                return s.error().message;
            if (auto s = yw::store::CityReferenceData::seed(*db.value(), QStringLiteral("changsha")); !s)
                return s.error().message;
            if (QString err = addGeography(*db.value()); !err.isEmpty())
                return err;
        }
        yw::shell::Platform::Options o;
        o.workstation = QStringLiteral("unit-ws");
        o.settingsFile = settingsDir.filePath(QStringLiteral("settings.ini"));
        auto p = yw::shell::Platform::create(where, clock, o);
        if (!p)
            return p.error().message;
        platform = std::move(p.value());
        yw::store::Database &db = platform->database();
        yw::store::DepartmentRepository depts(db);
        auto s = depts.add({0, QStringLiteral("D-HJ-430102"), QStringLiteral("芙蓉区环境卫生服务中心"),
                            yw::core::DepartmentLevel::District, QStringLiteral("430102"), 0, true});
        auto w = depts.add({0, QStringLiteral("C-WATER"), QStringLiteral("长沙水业集团"),
                            yw::core::DepartmentLevel::City, QString(), 0, true});
        if (!s || !w)
            return QStringLiteral("departments");
        sanitation = s.value();
        water = w.value();
        yw::store::RoutingRepository rules(db);
        if (!rules.add({0, QString(), QString(), water, false})
            || !rules.add({0, QStringLiteral("06010"), QStringLiteral("430102"), sanitation, false}))
            return QStringLiteral("routing rules");
        using yw::core::Role;
        const QList<std::tuple<QString, yw::core::Roles, qint64>> people = {
            {QStringLiteral("intake"), Role::IntakeOperator, 0},
            {QStringLiteral("dispatcher"), Role::Dispatcher, 0},
            {QStringLiteral("shift"), yw::core::Roles(Role::ShiftLeader) | Role::Dispatcher, 0},
            {QStringLiteral("inspector"), Role::FieldInspector, 0},
            {QStringLiteral("handler"), Role::DepartmentHandler, sanitation},
            {QStringLiteral("water"), Role::DepartmentHandler, water},
            {QStringLiteral("leader"), Role::Leader, 0}};
        for (const auto &[login, roles, dept] : people) {
            yw::core::User u;
            u.login = login;
            u.displayName = login;
            u.roles = roles;
            u.departmentId = dept;
            if (auto id = platform->context().auth->createUser(nullptr, u, password()); !id)
                return id.error().message;
        }
        return {};
    }

    static QString addGeography(yw::store::Database &db)
    {
        auto square = [](const QString &code, const QRectF &r) {
            yw::store::GeodataRepository::AreaShape a;
            a.code = code;
            a.name = code;
            a.minLon = r.left();
            a.minLat = r.top();
            a.maxLon = r.right();
            a.maxLat = r.bottom();
            a.areaM2 = r.width() * 98000 * r.height() * 111000;
            a.wkt = QStringLiteral("MULTIPOLYGON(((%1 %2, %3 %2, %3 %4, %1 %4, %1 %2)))")
                        .arg(r.left(), 0, 'f', 6)
                        .arg(r.top(), 0, 'f', 6)
                        .arg(r.right(), 0, 'f', 6)
                        .arg(r.bottom(), 0, 'f', 6);
            return a;
        };
        yw::store::GeodataRepository geo(db);
        yw::store::GeodataRepository::Component lamp;
        lamp.id = lampId();
        lamp.classCode = QStringLiteral("01037");
        lamp.name = QStringLiteral("路灯");
        lamp.lon = 113.0105;
        lamp.lat = 28.1895;
        lamp.gridCode = gridCode();
        lamp.state = QStringLiteral("完好");
        const auto s = db.transaction([&]() -> yw::core::Status {
            if (auto r = geo.addUnitGrids({square(gridCode(), grid())}); !r)
                return r;
            if (auto r = geo.addShapes({square(QStringLiteral("430102"), district()),
                                        square(QStringLiteral("430102001001"), grid())});
                !r)
                return r;
            return geo.addComponents({lamp});
        });
        return s ? QString() : s.error().message;
    }

    QString as(const QString &login)
    {
        auto s = platform->session().signIn(login, password());
        return s ? QString() : s.error().message;
    }

    // A report of exposed garbage (06010) at 识字里, 芙蓉区, by the signed-in user (or, when
    // nobody is, by the intake operator). An inspector's patrol report by default (accepted
    // directly); a citizen's (hotline) is verified first.
    yw::core::Result<yw::core::CaseRecord>
    reportGarbage(const QString &description,
                  yw::core::SourceChannel source = yw::core::SourceChannel::Patrol)
    {
        if (!platform->session().isSignedIn())
            as(QStringLiteral("intake"));
        yw::core::CaseRecord d;
        d.source = source;
        d.kind = yw::core::TaxonomyKind::Matter;
        d.classCode = QStringLiteral("06010");
        d.description = description;
        d.hasLocation = true;
        d.longitude = 113.0107;
        d.latitude = 28.1893;
        d.communityCode = QStringLiteral("430102001001");
        d.gridCode = gridCode();
        return platform->context().cases->report(platform->session().user(), d);
    }
};

} // namespace yw::test
