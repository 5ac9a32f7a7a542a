#include "platform.h"

#include <QCoreApplication>
#include <QThread>
#include <QThreadPool>

#include "arearepository.h"
#include "cityreferencedata.h"
#include "migrator.h"

#include <QFile>

namespace yw::shell {

using namespace yw::core;
using namespace yw::store;

Platform::~Platform()
{
    if (m_feed)
        m_feed->stop();
}

Status Platform::checkPurpose(Database &db, bool training)
{
    const bool marked = db.isTraining();
    if (marked == training)
        return success();
    const QString where = db.location().displayName();
    if (marked)
        return Error::make(
            Error::Code::WrongPurpose,
            QCoreApplication::translate("yw::shell::Platform",
                                        "%1 is a training database (实训库). Its cases are exercises, "
                                        "not the city's: open it with yiwang --training. Nothing was "
                                        "changed.")
                .arg(where));
    // A training client may start a new, empty database as a training one.
    auto work = db.storedWork();
    if (!work)
        return work.error();
    if (work.value().isEmpty())
        return db.markAsTraining(QStringLiteral("{\"from\":\"new\"}"));
    return Error::make(
        Error::Code::WrongPurpose,
        QCoreApplication::translate("yw::shell::Platform",
                                    "%1 is a production database. A training client works only on a "
                                    "training database, made from it with yiwang-admin training "
                                    "create. Nothing was changed.")
            .arg(where));
}

Result<std::unique_ptr<Platform>> Platform::create(const DatabaseLocation &location,
                                                   const Clock &clock, const Options &options)
{
    // The modules' background reads mostly wait on the database: on a two-core workstation the
    // global pool's two threads would make the map's outlines wait behind the components and
    // the evaluation's history. More threads than cores, so that short reads are not queued.
    QThreadPool *pool = QThreadPool::globalInstance();
    pool->setMaxThreadCount(std::max(8, QThread::idealThreadCount()));
    std::unique_ptr<Platform> p(new Platform(clock));
    auto db = Database::open(location, Database::OpenMode::CreateIfMissing, options.workstation);
    if (!db)
        return db.error();
    p->m_db = std::move(db.value());
    // Checked before migrating: a client of the wrong kind changes nothing.
    const bool fresh = p->m_db->schemaVersion() == 0;
    if (!fresh)
        if (auto s = checkPurpose(*p->m_db, options.training); !s)
            return s.error();
    if (p->m_db->schemaVersion() < Migrator::latestVersion()) {
        if (!options.migrate)
            return Error::make(Error::Code::SchemaTooNew,
                               QStringLiteral("%1 has schema version %2; run yiwang-admin migrate")
                                   .arg(location.displayName())
                                   .arg(p->m_db->schemaVersion()));
        if (auto s = Migrator::migrate(*p->m_db); !s)
            return s.error();
    }
    if (fresh && options.training)
        if (auto s = p->m_db->markAsTraining(QStringLiteral("{\"from\":\"new\"}")); !s)
            return s.error();
    p->m_training = options.training;
    if (auto s = CityReferenceData::seed(*p->m_db, options.city); !s)
        return s.error();

    auto tax = Taxonomy::forCity(options.city);
    if (!tax)
        return tax.error();
    p->m_taxonomy = tax.value();
    p->m_calendar = WorkCalendar::chinaMainland();
    auto limits = TimeLimitTable::builtIn(p->m_calendar);
    if (!limits)
        return limits.error();
    p->m_limits = limits.value();
    auto areas = AreaRepository(*p->m_db).load();
    if (!areas)
        return areas.error();
    p->m_areas = areas.value();

    p->m_cases = std::make_unique<CaseService>(
        *p->m_db, clock, CaseService::Rules{p->m_taxonomy, p->m_calendar, p->m_limits, p->m_areas});
    p->m_auth = std::make_unique<AuthService>(*p->m_db, clock);
    auto feedDb = p->m_db->openAnother();
    if (!feedDb)
        return feedDb.error();
    p->m_feed = std::make_unique<ChangeFeed>(std::move(feedDb.value()));
    if (auto s = p->m_feed->start(); !s)
        return s.error();
    p->m_session = std::make_unique<Session>(*p->m_auth);

    ModuleContext &c = p->m_context;
    c.database = p->m_db.get();
    c.cases = p->m_cases.get();
    c.auth = p->m_auth.get();
    c.changeFeed = p->m_feed.get();
    c.clock = &clock;
    c.session = p->m_session.get();
    c.navigator = &p->m_navigator;
    c.training = options.training;
    p->m_settings = options.settingsFile.isEmpty()
                        ? std::make_unique<QSettings>()
                        : std::make_unique<QSettings>(options.settingsFile, QSettings::IniFormat);
    c.settings = p->m_settings.get();
    c.taxonomy = &p->m_taxonomy;
    c.calendar = &p->m_calendar;
    c.timeLimits = &p->m_limits;
    c.areas = &p->m_areas;
    return p;
}

} // namespace yw::shell
