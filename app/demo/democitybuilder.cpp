#include "democitybuilder.h"

#include "arearepository.h"
#include "kpifactsbuilder.h"
#include "kpifactsrepository.h"
#include "kpifactsupdater.h"

#include "areasynthesizer.h"
#include "casehistorysynthesizer.h"
#include "casehistorywriter.h"
#include "cityreferencedata.h"
#include "componentsynthesizer.h"
#include "componentwriter.h"
#include "departmentrepository.h"
#include "devicedatawriter.h"
#include "devicesynthesizer.h"
#include "geodatarepository.h"
#include "migrator.h"
#include "organizationsynthesizer.h"
#include "passwordhasher.h"
#include "routingrepository.h"
#include "userrepository.h"

#include <QFile>
#include <QJsonDocument>

#include <random>

namespace yw::demo {

using namespace yw::core;
using namespace yw::store;

namespace {

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

// One build: the city's rules, what the synthesizers made of them, and the steps that write it
// through the store's bulk APIs, each on its own.
class DemoCityRun
{
public:
    DemoCityRun(Database &db, const DemoCityBuilder::Options &options,
                const DemoCityBuilder::Progress &progress)
        : m_db(db)
        , m_options(options)
        , m_progress(progress)
        , m_rng(options.seed)
        , m_end(options.end.isValid() ? options.end : QDateTime::currentDateTimeUtc())
    {}

    Result<DemoCityBuilder::Summary> run();

private:
    void report(const QString &stage, qint64 done, qint64 total) const
    {
        if (m_progress)
            m_progress(stage, done, total);
    }
    Status prepareDatabase();
    Status loadRules();
    Status synthesize();
    Status writeAreas();
    Status writeOrganisation();
    Status writeComponents();
    Status writeCaseHistory();
    Status writeDevices();
    Status buildEvaluationFacts();

    Database &m_db;
    const DemoCityBuilder::Options &m_options;
    const DemoCityBuilder::Progress &m_progress;
    std::mt19937_64 m_rng;
    QDateTime m_end;
    Taxonomy m_taxonomy;
    WorkCalendar m_calendar = WorkCalendar::chinaMainland();
    TimeLimitTable m_limits;
    QList<Area> m_reference;
    SyntheticCity m_city;
    std::unique_ptr<ComponentSynthesizer> m_componentSynth;
    std::vector<SyntheticComponent> m_components;
    QString m_passwordHash;
    DemoCityBuilder::Summary m_sum;
};

Result<DemoCityBuilder::Summary> DemoCityRun::run()
{
    if (auto s = prepareDatabase(); !s)
        return s.error();
    if (auto s = loadRules(); !s)
        return s.error();
    if (auto s = synthesize(); !s)
        return s.error();
    // Everything in one transaction: a failure leaves the database as it was.
    m_db.prepareForBulkLoad();
    const Status written = m_db.transaction([&]() -> Status {
        for (auto step : {&DemoCityRun::writeAreas, &DemoCityRun::writeOrganisation,
                          &DemoCityRun::writeComponents, &DemoCityRun::writeCaseHistory,
                          &DemoCityRun::writeDevices}) {
            // Millions of events: their indexes are built once afterwards.
            const bool history = step == &DemoCityRun::writeCaseHistory;
            if (auto s = history ? m_db.withoutSecondaryIndexes({QStringLiteral("case_events")},
                                                                [&] { return (this->*step)(); })
                                 : (this->*step)();
                !s)
                return s;
        }
        // Marks the database as a demo city: the sign-in page shows the demo accounts.
        return m_db.setMetaValue(QStringLiteral("demo_city"),
                                 QStringLiteral("changsha %1 seed %2; password %3")
                                     .arg(m_options.scale.name)
                                     .arg(m_options.seed)
                                     .arg(m_options.password));
    });
    if (!written)
        return written.error();
    if (auto s = buildEvaluationFacts(); !s)
        return s.error();
    m_db.analyze();
    report(QStringLiteral("done"), 1, 1);
    return m_sum;
}

Status DemoCityRun::prepareDatabase()
{
    report(QStringLiteral("schema"), 0, 0);
    if (auto s = Migrator::migrate(m_db); !s)
        return s;
    if (auto s = CityReferenceData::seed(m_db, QStringLiteral("changsha")); !s)
        return s;
    auto work = m_db.storedWork();
    if (!work)
        return work.error();
    if (!work->isEmpty())
        return Error::make(
            Error::Code::InvalidInput,
            QStringLiteral("%1 already holds %2; the demo city goes into a new, empty database")
                .arg(m_db.location().displayName(), work.value()));
    return success();
}

Status DemoCityRun::loadRules()
{
    auto taxonomy = Taxonomy::forCity(QStringLiteral("changsha"));
    if (!taxonomy)
        return taxonomy.error();
    m_taxonomy = taxonomy.value();
    auto limits = TimeLimitTable::builtIn(m_calendar);
    if (!limits)
        return limits.error();
    m_limits = limits.value();
    auto reference = CityReferenceData::areas(QStringLiteral("changsha"));
    if (!reference)
        return reference.error();
    m_reference = reference.value();
    auto hash = PasswordHasher().hash(m_options.password);
    if (!hash)
        return hash.error();
    m_passwordHash = hash.value();
    return success();
}

Status DemoCityRun::synthesize()
{
    QFile outlines(QStringLiteral(":/yiwang/city/changsha/districts.geojson"));
    if (!outlines.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::Internal,
                           QStringLiteral("the district outlines are missing from this build"));
    QFile cores(QStringLiteral(":/yiwang/city/changsha/urban_cores.csv"));
    if (!cores.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::Internal,
                           QStringLiteral("the districts' urban cores are missing from this build"));
    report(QStringLiteral("areas"), 0, 0);
    if (auto s = AreaSynthesizer(m_options.scale, m_rng)
                     .run(m_reference, outlines.readAll(), cores.readAll(), m_city);
        !s)
        return s;
    std::map<QString, QString> districtNames;
    for (const Area &a : m_reference)
        if (a.level == AreaLevel::District)
            districtNames[a.code] = a.name;
    report(QStringLiteral("organisation"), 0, 0);
    if (auto s = OrganizationSynthesizer(m_rng).run(m_taxonomy, districtNames, m_city); !s)
        return s;
    report(QStringLiteral("components"), 0, 0);
    m_componentSynth = std::make_unique<ComponentSynthesizer>(m_options.scale, m_taxonomy, m_rng);
    if (auto s = m_componentSynth->run(m_city, m_components); !s)
        return s;
    // Rows go in key order: the indexes fill sequentially while millions of rows arrive.
    const ComponentSynthesizer &synth = *m_componentSynth;
    std::sort(m_components.begin(), m_components.end(),
              [&](const SyntheticComponent &a, const SyntheticComponent &b) {
                  const QStringView da = QStringView(m_city.grids[a.grid].code).left(6),
                                    db = QStringView(m_city.grids[b.grid].code).left(6);
                  if (da != db)
                      return da < db;
                  const QString &ca = synth.classes()[a.cls].code, &cb = synth.classes()[b.cls].code;
                  return ca != cb ? ca < cb : a.sequence < b.sequence;
              });
    return success();
}

Status DemoCityRun::writeAreas()
{
    std::map<QString, QString> communityNames;
    for (const Area &a : m_reference)
        if (a.level == AreaLevel::Community)
            communityNames[a.code] = a.name;
    report(QStringLiteral("writing areas"), 0, qint64(m_city.grids.size()));
    GeodataRepository geodata(m_db);
    std::vector<GeodataRepository::AreaShape> grids;
    const double gridArea = m_options.scale.gridSideM * m_options.scale.gridSideM;
    for (const SyntheticGrid &g : m_city.grids) {
        yw::gis::MultiPolygon m;
        m.resize(1);
        yw::gis::bg::convert(g.lonLat, m[0]);
        yw::gis::bg::correct(m);
        grids.push_back(areaShape(
            g.code,
            QStringLiteral("%1第%2单元网格").arg(communityNames[g.communityCode], g.code.right(3)),
            m, gridArea));
    }
    if (auto s = geodata.addUnitGrids(grids); !s)
        return s;
    std::vector<GeodataRepository::AreaShape> shapes;
    for (const SyntheticArea &a : m_city.shapes)
        shapes.push_back(areaShape(a.area.code, a.area.name, a.shape, a.areaM2));
    if (auto s = geodata.addShapes(shapes); !s)
        return s;
    m_sum.grids = qint64(m_city.grids.size());
    std::vector<GeodataRepository::ResponsibilityGrid> responsibility;
    for (const SyntheticResponsibilityGrid &r : m_city.responsibilityGrids)
        responsibility.push_back({r.grid.code, r.grid.name, r.grid.districtCode,
                                  yw::gis::toWkt(r.shape), r.grid.unitGridCodes});
    if (auto s = geodata.addResponsibilityGrids(responsibility); !s)
        return s;
    m_sum.responsibilityGrids = qint64(m_city.responsibilityGrids.size());
    return success();
}

Status DemoCityRun::writeOrganisation()
{
    report(QStringLiteral("writing organisation"), 0, 0);
    if (auto s = DepartmentRepository(m_db).addAll(
            QList<Department>(m_city.departments.begin(), m_city.departments.end()));
        !s)
        return s;
    QList<RoutingRule> rules;
    for (const SyntheticRoutingRule &r : m_city.routing)
        rules << RoutingRule{0, r.classPrefix, r.areaPrefix, r.departmentId, r.byComponentOwner};
    if (auto s = RoutingRepository(m_db).addAll(rules); !s)
        return s;
    UserRepository users(m_db);
    if (auto s = users.addAll(QList<User>(m_city.users.begin(), m_city.users.end()), m_passwordHash,
                              m_end.addMonths(-m_options.scale.months));
        !s)
        return s;
    QList<std::pair<qint64, QString>> patrol(m_city.patrolAreas.begin(), m_city.patrolAreas.end());
    if (auto s = users.addPatrolAreas(patrol); !s)
        return s;
    m_sum.departments = qint64(m_city.departments.size());
    m_sum.routingRules = qint64(m_city.routing.size());
    m_sum.users = qint64(m_city.users.size());
    return success();
}

Status DemoCityRun::writeComponents()
{
    // The routed department is both authority and maintainer.
    std::map<QString, qint64> routing;
    for (const SyntheticRoutingRule &r : m_city.routing)
        routing[r.classPrefix + QLatin1Char('|') + r.areaPrefix] = r.departmentId;
    ComponentWriter writer(m_db);
    std::uniform_real_distribution<double> unit(0, 1);
    const QStringList states = {QStringLiteral("完好"), QStringLiteral("破损"),
                                QStringLiteral("丢失"), QStringLiteral("废弃")};
    const qint64 n = qint64(m_components.size());
    for (qint64 i = 0; i < n; ++i) {
        const SyntheticComponent &c = m_components[size_t(i)];
        const SyntheticGrid &g = m_city.grids[c.grid];
        const TaxonomyClass &cls = m_componentSynth->classes()[c.cls];
        const auto it = routing.find(cls.code + QLatin1Char('|') + g.code.left(6));
        const qint64 owner = it == routing.end() ? 0 : it->second;
        const double u = unit(m_rng);
        GeodataRepository::Component row;
        row.id = m_componentSynth->idOf(m_city, c);
        row.classCode = cls.code;
        row.name = cls.nameZh;
        row.lon = c.lon;
        row.lat = c.lat;
        row.gridCode = g.code;
        row.state = u < 0.95 ? states[0] : u < 0.98 ? states[1] : u < 0.99 ? states[2] : states[3];
        row.initialDate = QDate(2008, 1, 1)
                              .addDays(qint64(unit(m_rng) * 6200))
                              .toString(QStringLiteral("yyyyMMdd"));
        row.maintainerDepartmentId = owner;
        row.authorityDepartmentId = owner;
        row.dataSource = QStringLiteral("实测");
        if (auto s = writer.add(row); !s)
            return s;
        if (i % 50000 == 0)
            report(QStringLiteral("writing components"), i, n);
    }
    if (auto s = writer.flush(); !s)
        return s;
    report(QStringLiteral("writing components"), n, n);
    m_sum.components = n;
    return success();
}

Status DemoCityRun::writeCaseHistory()
{
    // Straight from the workflow into the tables, and the evaluation's facts from the same
    // events while they are at hand (reading them back would cost as much as writing them).
    CaseHistoryWriter writer(m_db);
    KpiFactsRepository factsRepo(m_db);
    const KpiFactsBuilder factsBuilder(m_calendar, m_limits);
    const QSet<qint64> noOldFacts;
    std::vector<CaseFacts> facts;
    CaseRecord current;
    QList<CaseEvent> currentEvents;
    auto deriveFacts = [&]() {
        if (current.id != 0)
            facts.push_back(factsBuilder.build(current, current.version, currentEvents));
        currentEvents.clear();
    };
    // Facts are written for the cases already in the table (their foreign key).
    auto writeFacts = [&](bool all) -> Status {
        if (!all && facts.size() < 20000)
            return success();
        const auto ready = all ? facts.end()
                               : std::partition_point(facts.begin(), facts.end(),
                                                      [&](const CaseFacts &f) {
                                                          return f.fact.caseId <= writer.casesWritten();
                                                      });
        if (ready == facts.begin())
            return success();
        const Status written = factsRepo.replace(std::vector<CaseFacts>(facts.begin(), ready),
                                                 KpiFactsBuilder::kRulesVersion, &noOldFacts);
        facts.erase(facts.begin(), ready);
        return written;
    };
    CaseHistorySynthesizer history(m_options.scale, {m_taxonomy, m_calendar, m_limits}, m_rng);
    auto s = history.run(
        m_city, *m_componentSynth, m_components, m_end,
        [&](const CaseRecord &c) -> Status {
            ++m_sum.cases;
            if (!isFinal(c.state))
                ++m_sum.openCases;
            deriveFacts();
            if (auto d = writeFacts(false); !d)
                return d;
            current = c;
            return writer.addCase(c);
        },
        [&](const CaseEvent &e) -> Status {
            ++m_sum.caseEvents;
            currentEvents << e;
            return writer.addEvent(e);
        },
        [&](qint64 done, qint64 total) { report(QStringLiteral("case history"), done, total); });
    if (!s)
        return s;
    deriveFacts();
    if (auto w = writer.finish(history.dailySequences()); !w)
        return w;
    return writeFacts(true);
}

Status DemoCityRun::writeDevices()
{
    report(QStringLiteral("devices"), 0, 0);
    DeviceDataWriter writer(m_db);
    auto s = DeviceSynthesizer(m_options.scale, m_rng, m_calendar.timeZone())
                 .run(
                     m_city, *m_componentSynth, m_components, m_end,
                     [&](const SyntheticDevice &d) -> Status {
                         ++m_sum.devices;
                         GeodataRepository::Device row;
                         row.id = d.id;
                         row.kind = d.kind;
                         row.name = d.name;
                         row.lon = d.lon;
                         row.lat = d.lat;
                         row.gridCode = d.gridCode;
                         row.componentId = d.componentId;
                         row.departmentId = d.departmentId;
                         row.properties = QString::fromUtf8(
                             QJsonDocument(d.properties).toJson(QJsonDocument::Compact));
                         return writer.addDevice(row);
                     },
                     [&](const QString &device, qint64 at, double value, bool alarm) -> Status {
                         ++m_sum.readings;
                         return writer.addReading(device, at, value, alarm);
                     },
                     [&](const QString &device, qint64 at, double lon, double lat,
                         double speed) -> Status {
                         ++m_sum.positions;
                         return writer.addPosition(device, at, lon, lat, speed);
                     });
    if (!s)
        return s;
    return writer.flush();
}

Status DemoCityRun::buildEvaluationFacts()
{
    // The evaluation's facts, so that the demo city can be evaluated at once.
    auto areas = AreaRepository(m_db).load();
    if (!areas)
        return areas.error();
    yw::evaluation::KpiFactsUpdater facts(m_db, {m_calendar, m_limits, m_taxonomy, areas.value()});
    auto rebuilt = facts.refresh([&](qint64 done, qint64 total) {
        report(QStringLiteral("evaluation facts"), done, total);
        return true;
    });
    return rebuilt ? success() : Status(rebuilt.error());
}

} // namespace

Result<DemoCityBuilder::Summary> DemoCityBuilder::build(Database &db, const Options &options,
                                                        const Progress &progress)
{
    return DemoCityRun(db, options, progress).run();
}

} // namespace yw::demo
