#pragma once

#include "modulecontext.h"
#include "navigator.h"
#include "session.h"

#include <memory>

namespace yw::shell {

// The services modules plug into, built from one database location: the database (migrated,
// with the city's reference areas), the rules (taxonomy, calendar, time limits, areas), the case
// and auth services, the change feed, the session and the clock.
class Platform
{
public:
    struct Options
    {
        QString city = QStringLiteral("changsha");
        QString workstation; // default: the host name
        bool migrate = true; // bring an older schema up to date
        // The workstation's settings (INI): a wall, a training room or a test keeps its own;
        // empty: the user's settings of the application.
        QString settingsFile;
        // A training client (yiwang --training): it works only on a training database and marks
        // a new, empty one as such; a production client refuses a training database.
        bool training = false;
    };

    static yw::core::Result<std::unique_ptr<Platform>>
    create(const yw::store::DatabaseLocation &location, const yw::core::Clock &clock,
           const Options &options);
    static yw::core::Result<std::unique_ptr<Platform>>
    create(const yw::store::DatabaseLocation &location, const yw::core::Clock &clock)
    {
        return create(location, clock, Options());
    }
    ~Platform();

    ModuleContext &context() { return m_context; }
    yw::store::Database &database() { return *m_db; }
    Session &session() { return *m_session; }
    Navigator &navigator() { return m_navigator; }
    yw::store::ChangeFeed &changeFeed() { return *m_feed; }
    const yw::core::Clock &clock() const { return m_clock; }
    bool isTraining() const { return m_training; }

    // Whether db may be opened by a training client (training) or a production one.
    static yw::core::Status checkPurpose(yw::store::Database &db, bool training);

private:
    explicit Platform(const yw::core::Clock &clock)
        : m_clock(clock)
    {}

    const yw::core::Clock &m_clock;
    bool m_training = false;
    std::unique_ptr<yw::store::Database> m_db;
    yw::core::Taxonomy m_taxonomy;
    yw::core::WorkCalendar m_calendar;
    yw::core::TimeLimitTable m_limits;
    yw::core::AreaHierarchy m_areas;
    std::unique_ptr<yw::store::CaseService> m_cases;
    std::unique_ptr<yw::store::AuthService> m_auth;
    std::unique_ptr<yw::store::ChangeFeed> m_feed;
    std::unique_ptr<Session> m_session;
    Navigator m_navigator;
    std::unique_ptr<QSettings> m_settings;
    ModuleContext m_context;
};

} // namespace yw::shell
