#include "democitybuilder.h"

#include "arearepository.h"
#include "kpifactsupdater.h"

#include "areasynthesizer.h"
#include "bulkinserter.h"
#include "caseeventrepository.h"
#include "casehistorysynthesizer.h"
#include "caserepository.h"
#include "cityreferencedata.h"
#include "componentsynthesizer.h"
#include "devicesynthesizer.h"
#include "geodatarepository.h"
#include "migrator.h"
#include "organizationsynthesizer.h"
#include "passwordhasher.h"
#include "sqlvalues.h"
#include "userrepository.h"

#include <QFile>
#include <QJsonDocument>

#include <deque>
#include <random>

namespace yw::demo {

using namespace yw::core;
using namespace yw::store;

namespace {

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

GeodataRepository::AreaShape areaShape(const QString &code, const QString &name,
                                       const yw::gis::MultiPolygon &shape, double areaM2)
{
    yw::gis::Box b;
    yw::gis::bg::envelope(shape, b);
    return {code,
            name,
            b.min_corner().x(),
            b.min_corner().y(),
            b.max_corner().x(),
            b.max_corner().y(),
            areaM2,
            yw::gis::toWkt(shape)};
}

} // namespace

Result<DemoCityBuilder::Summary> DemoCityBuilder::build(Database &db, const Options &options,
                                                        const Progress &progress)
{
    auto report = [&](const QString &stage, qint64 done, qint64 total) {
        if (progress)
            progress(stage, done, total);
    };
    report(QStringLiteral("schema"), 0, 0);
    if (auto s = Migrator::migrate(db); !s)
        return s.error();
    if (auto s = CityReferenceData::seed(db, QStringLiteral("changsha")); !s)
        return s.error();
    for (const char *table : {"cases", "components", "departments", "users"}) {
        auto q = db.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
        if (!q)
            return q.error();
        q.value().next();
        if (q.value().value(0).toLongLong() > 0)
            return Error::make(
                Error::Code::InvalidInput,
                QStringLiteral("%1 already holds %2; the demo city goes into a new, empty database")
                    .arg(db.location().displayName(), QLatin1String(table)));
    }

    // The rules of the city.
    auto taxonomy = Taxonomy::forCity(QStringLiteral("changsha"));
    if (!taxonomy)
        return taxonomy.error();
    const WorkCalendar calendar = WorkCalendar::chinaMainland();
    auto limits = TimeLimitTable::builtIn(calendar);
    if (!limits)
        return limits.error();
    auto reference = CityReferenceData::areas(QStringLiteral("changsha"));
    if (!reference)
        return reference.error();
    QFile outlines(QStringLiteral(":/yiwang/city/changsha/districts.geojson"));
    if (!outlines.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::Internal,
                           QStringLiteral("the district outlines are missing from this build"));

    std::mt19937_64 rng(options.seed);
    const QDateTime end = options.end.isValid() ? options.end : QDateTime::currentDateTimeUtc();
    SyntheticCity city;
    report(QStringLiteral("areas"), 0, 0);
    if (auto s =
            AreaSynthesizer(options.scale, rng).run(reference.value(), outlines.readAll(), city);
        !s)
        return s.error();
    std::map<QString, QString> districtNames;
    for (const Area &a : reference.value())
        if (a.level == AreaLevel::District)
            districtNames[a.code] = a.name;
    report(QStringLiteral("organisation"), 0, 0);
    if (auto s = OrganizationSynthesizer(rng).run(taxonomy.value(), districtNames, city); !s)
        return s.error();
    report(QStringLiteral("components"), 0, 0);
    ComponentSynthesizer componentSynth(options.scale, taxonomy.value(), rng);
    std::vector<SyntheticComponent> components;
    if (auto s = componentSynth.run(city, components); !s)
        return s.error();
    auto hash = PasswordHasher().hash(options.password);
    if (!hash)
        return hash.error();

    // Rows go in key order, and on SQLite a large page cache keeps the indexes in memory while
    // millions of rows arrive (the default 2 MB cache makes the load I/O-bound).
    std::sort(components.begin(), components.end(),
              [&](const SyntheticComponent &a, const SyntheticComponent &b) {
                  const QStringView da = QStringView(city.grids[a.grid].code).left(6),
                                    db = QStringView(city.grids[b.grid].code).left(6);
                  if (da != db)
                      return da < db;
                  const QString &ca = componentSynth.classes()[a.cls].code,
                                &cb = componentSynth.classes()[b.cls].code;
                  return ca != cb ? ca < cb : a.sequence < b.sequence;
              });
    if (!db.isPostgres()) {
        db.exec(QStringLiteral(
            "PRAGMA cache_size = -1048576")); // 1 GiB, released when the connection closes
        db.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
    }

    Summary sum;
    const Status written = db.transaction([&]() -> Status {
        std::map<QString, QString> communityNames;
        for (const Area &a : reference.value())
            if (a.level == AreaLevel::Community)
                communityNames[a.code] = a.name;
        report(QStringLiteral("writing areas"), 0, qint64(city.grids.size()));
        GeodataRepository geodata(db);
        std::vector<GeodataRepository::AreaShape> grids;
        const double gridArea = options.scale.gridSideM * options.scale.gridSideM;
        for (const SyntheticGrid &g : city.grids) {
            yw::gis::MultiPolygon m;
            m.resize(1);
            yw::gis::bg::convert(g.lonLat, m[0]);
            yw::gis::bg::correct(m);
            grids.push_back(areaShape(g.code,
                                      QStringLiteral("%1第%2单元网格")
                                          .arg(communityNames[g.communityCode], g.code.right(3)),
                                      m, gridArea));
        }
        if (auto s = geodata.addUnitGrids(grids); !s)
            return s;
        std::vector<GeodataRepository::AreaShape> shapes;
        for (const SyntheticArea &a : city.shapes)
            shapes.push_back(areaShape(a.area.code, a.area.name, a.shape, a.areaM2));
        if (auto s = geodata.addShapes(shapes); !s)
            return s;
        sum.grids = qint64(city.grids.size());

        BulkInserter resp(db, QStringLiteral("responsibility_grids"),
                          {"code", "name", "district_code", "wkt"});
        BulkInserter respCells(db, QStringLiteral("responsibility_grid_cells"),
                               {"resp_code", "grid_code"});
        for (const SyntheticResponsibilityGrid &r : city.responsibilityGrids)
            if (auto s = resp.add(
                    {r.grid.code, r.grid.name, r.grid.districtCode, yw::gis::toWkt(r.shape)});
                !s)
                return s;
        if (auto s = resp.flush(); !s) // before the cells that refer to them
            return s;
        for (const SyntheticResponsibilityGrid &r : city.responsibilityGrids)
            for (const QString &g : r.grid.unitGridCodes)
                if (auto s = respCells.add({r.grid.code, g}); !s)
                    return s;
        if (auto s = respCells.flush(); !s)
            return s;
        sum.responsibilityGrids = qint64(city.responsibilityGrids.size());

        report(QStringLiteral("writing organisation"), 0, 0);
        BulkInserter depts(db, QStringLiteral("departments"),
                           {"id", "code", "name", "level", "district_code", "parent_id", "active"});
        for (const Department &d : city.departments)
            if (auto s = depts.add({d.id, d.code, d.name, enumKey(d.level), d.districtCode,
                                    nullableId(d.parentId), 1});
                !s)
                return s;
        if (auto s = depts.flush(); !s)
            return s;
        BulkInserter rules(
            db, QStringLiteral("routing_rules"),
            {"class_prefix", "area_prefix", "department_id", "by_component_owner", "note"});
        for (const SyntheticRoutingRule &r : city.routing)
            if (auto s = rules.add({r.classPrefix, r.areaPrefix, r.departmentId,
                                    r.byComponentOwner ? 1 : 0, QString()});
                !s)
                return s;
        if (auto s = rules.flush(); !s)
            return s;
        BulkInserter users(db, QStringLiteral("users"),
                           {"id", "login", "display_name", "password_hash", "roles",
                            "department_id", "scope", "active", "created_at"});
        const QVariant createdAt = sqlvalues::fromTime(end.addMonths(-options.scale.months));
        for (const User &u : city.users)
            if (auto s = users.add({u.id, u.login, u.displayName, hash.value(),
                                    UserRepository::rolesToText(u.roles),
                                    nullableId(u.departmentId), QString(), 1, createdAt});
                !s)
                return s;
        if (auto s = users.flush(); !s)
            return s;
        BulkInserter patrol(db, QStringLiteral("patrol_areas"), {"user_id", "resp_code"});
        for (const auto &[user, area] : city.patrolAreas)
            if (auto s = patrol.add({user, area}); !s)
                return s;
        if (auto s = patrol.flush(); !s)
            return s;
        sum.departments = qint64(city.departments.size());
        sum.routingRules = qint64(city.routing.size());
        sum.users = qint64(city.users.size());

        // Components: the routed department is both authority and maintainer.
        std::map<QString, qint64> routing;
        for (const SyntheticRoutingRule &r : city.routing)
            routing[r.classPrefix + QLatin1Char('|') + r.areaPrefix] = r.departmentId;
        BulkInserter comps(db, QStringLiteral("components"),
                           {"id", "class_code", "name", "lon", "lat", "grid_code",
                            "authority_department_id", "owner_name", "maintainer_department_id",
                            "state", "initial_date", "change_date", "data_source", "note"});
        std::uniform_real_distribution<double> unit(0, 1);
        const QStringList states = {QStringLiteral("完好"), QStringLiteral("破损"),
                                    QStringLiteral("丢失"), QStringLiteral("废弃")};
        std::vector<qint64> ownerOfClassInDistrict;
        const qint64 n = qint64(components.size());
        for (qint64 i = 0; i < n; ++i) {
            const SyntheticComponent &c = components[size_t(i)];
            const SyntheticGrid &g = city.grids[c.grid];
            const TaxonomyClass &cls = componentSynth.classes()[c.cls];
            const auto it = routing.find(cls.code + QLatin1Char('|') + g.code.left(6));
            const qint64 owner = it == routing.end() ? 0 : it->second;
            const double u = unit(rng);
            const QString &state = u < 0.95   ? states[0]
                                   : u < 0.98 ? states[1]
                                   : u < 0.99 ? states[2]
                                              : states[3];
            const QDate initial = QDate(2008, 1, 1).addDays(qint64(unit(rng) * 6200));
            if (auto s = comps.add({componentSynth.idOf(city, c), cls.code, cls.nameZh, c.lon,
                                    c.lat, g.code, nullableId(owner), QString(), nullableId(owner),
                                    state, initial.toString(QStringLiteral("yyyyMMdd")), QString(),
                                    QStringLiteral("实测"), QString()});
                !s)
                return s;
            if (i % 50000 == 0)
                report(QStringLiteral("writing components"), i, n);
        }
        if (auto s = comps.flush(); !s)
            return s;
        report(QStringLiteral("writing components"), n, n);
        sum.components = n;

        // Case history, straight from the workflow into the tables.
        QStringList caseColumns = CaseRepository::columns();
        caseColumns.prepend(QStringLiteral("id"));
        BulkInserter cases(db, QStringLiteral("cases"), caseColumns);
        BulkInserter events(db, QStringLiteral("case_events"), CaseEventRepository::columns());
        CaseHistorySynthesizer history(options.scale, {taxonomy.value(), calendar, limits.value()},
                                       rng);
        // Events wait until their case's batch is in the table (foreign key); cases come in id
        // order, so the cases written so far are ids 1..rowsWritten().
        std::deque<std::pair<qint64, QVariantList>> waiting;
        auto release = [&](qint64 upToCase) -> Status {
            while (!waiting.empty() && waiting.front().first <= upToCase) {
                if (auto f = events.add(waiting.front().second); !f)
                    return f;
                waiting.pop_front();
            }
            return success();
        };
        auto s = history.run(
            city, componentSynth, components, end,
            [&](const CaseRecord &c) -> Status {
                QVariantList row = CaseRepository::rowValues(c);
                row.prepend(c.id);
                ++sum.cases;
                if (!isFinal(c.state))
                    ++sum.openCases;
                if (auto f = cases.add(row); !f)
                    return f;
                return release(cases.rowsWritten());
            },
            [&](const CaseEvent &e) -> Status {
                ++sum.caseEvents;
                waiting.emplace_back(e.caseId, CaseEventRepository::rowValues(e));
                return success();
            },
            [&](qint64 done, qint64 total) {
                report(QStringLiteral("case history"), done, total);
            });
        if (!s)
            return s;
        if (auto f = cases.flush(); !f)
            return f;
        if (auto f = release(sum.cases); !f)
            return f;
        if (auto f = events.flush(); !f)
            return f;
        BulkInserter counters(db, QStringLiteral("case_counters"), {"day", "last_seq"});
        for (const auto &[day, seq] : history.dailySequences())
            if (auto f = counters.add({day, seq}); !f)
                return f;
        if (auto f = counters.flush(); !f)
            return f;

        report(QStringLiteral("devices"), 0, 0);
        BulkInserter devices(db, QStringLiteral("devices"),
                             {"id", "kind", "name", "lon", "lat", "grid_code", "component_id",
                              "department_id", "properties"});
        BulkInserter readings(db, QStringLiteral("sensor_readings"),
                              {"device_id", "at", "value", "alarm"});
        BulkInserter positions(db, QStringLiteral("vehicle_positions"),
                               {"device_id", "at", "lon", "lat", "speed_kmh"});
        s = DeviceSynthesizer(options.scale, rng, calendar.timeZone())
                .run(
                    city, componentSynth, components, end,
                    [&](const SyntheticDevice &d) -> Status {
                        ++sum.devices;
                        return devices.add(
                            {d.id, d.kind, d.name, d.lon, d.lat, d.gridCode, d.componentId,
                             nullableId(d.departmentId),
                             QString::fromUtf8(
                                 QJsonDocument(d.properties).toJson(QJsonDocument::Compact))});
                    },
                    [&](const QString &device, qint64 at, double value, bool alarm) -> Status {
                        ++sum.readings;
                        if (auto f = devices.flush(); !f) // the device row first (foreign key)
                            return f;
                        return readings.add({device, at, value, alarm ? 1 : 0});
                    },
                    [&](const QString &device, qint64 at, double lon, double lat,
                        double speed) -> Status {
                        ++sum.positions;
                        if (auto f = devices.flush(); !f)
                            return f;
                        return positions.add({device, at, lon, lat, speed});
                    });
        if (!s)
            return s;
        for (BulkInserter *b : {&devices, &readings, &positions})
            if (auto f = b->flush(); !f)
                return f;
        // Marks the database as a demo city: the sign-in page shows the demo accounts.
        auto mark =
            db.exec(QStringLiteral("INSERT INTO yw_meta (key, value) VALUES ('demo_city', ?)"),
                    {QStringLiteral("changsha %1 seed %2; password %3")
                         .arg(options.scale.name)
                         .arg(options.seed)
                         .arg(options.password)});
        return mark ? success() : Status(mark.error());
    });
    if (!written)
        return written.error();
    if (db.isPostgres()) {
        // Rows were written with their ids: move the identity sequences past them.
        for (const char *table : {"departments", "users", "cases"})
            if (auto q = db.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                                "(SELECT COALESCE(MAX(id), 1) FROM %1))")
                                     .arg(QLatin1String(table)));
                !q)
                return q.error();
    }
    // The evaluation's facts, so that the demo city can be evaluated at once.
    auto areas = AreaRepository(db).load();
    if (!areas)
        return areas.error();
    yw::evaluation::KpiFactsUpdater facts(db, {calendar, limits.value(), taxonomy.value(), areas.value()});
    auto rebuilt = facts.refresh([&](qint64 done, qint64 total) {
        report(QStringLiteral("evaluation facts"), done, total);
        return true;
    });
    if (!rebuilt)
        return rebuilt.error();
    db.exec(QStringLiteral("ANALYZE"));
    report(QStringLiteral("done"), 1, 1);
    return sum;
}

} // namespace yw::demo
