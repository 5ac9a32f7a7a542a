#pragma once

#include "areahierarchy.h"
#include "authservice.h"
#include "caseservice.h"
#include "changefeed.h"
#include "clock.h"
#include "database.h"
#include "taxonomy.h"
#include "timelimittable.h"
#include "workcalendar.h"

#include <QSettings>

namespace yw::shell {

class Navigator;
class Session;

// What the host gives every module: the database and its services, the change feed, the clock,
// the signed-in user (through the session), settings, the city's rules and the navigator.
// Nothing else.
class ModuleContext
{
public:
    yw::store::Database *database = nullptr;
    yw::store::CaseService *cases = nullptr;
    yw::store::AuthService *auth = nullptr;
    yw::store::ChangeFeed *changeFeed = nullptr;
    const yw::core::Clock *clock = nullptr;
    Session *session = nullptr;
    QSettings *settings = nullptr;
    const yw::core::Taxonomy *taxonomy = nullptr;
    const yw::core::WorkCalendar *calendar = nullptr;
    const yw::core::TimeLimitTable *timeLimits = nullptr;
    const yw::core::AreaHierarchy *areas = nullptr;
    Navigator *navigator = nullptr; // hand work to another module
    // A training database (yiwang --training): screens and exports carry the training mark.
    bool training = false;

    // The sentence a user reads for an error, in the interface language.
    QString describe(const yw::core::Error &e) const;
};

} // namespace yw::shell
