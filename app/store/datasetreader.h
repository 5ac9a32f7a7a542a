#pragma once

#include "clock.h"
#include "database.h"
#include "datasetcatalog.h"
#include "datasetquery.h"
#include "user.h"

#include <QTimeZone>
#include <QVariantMap>

namespace yw::store {

// Answers a scenario's data source: a DatasetQuery on one of DatasetCatalog's datasets, compiled
// here into parameterized SQL for the backend (every value a bind, every name from the catalog),
// limited to what the user's scope allows (area codes, the department of a department handler),
// with relative time windows taken from the clock in city time when it runs.
class DatasetReader
{
public:
    struct Compiled
    {
        QString sql;
        QVariantList binds;
        QStringList columns;
    };
    struct Table
    {
        QStringList columns;
        QList<QVariantList> rows;
    };

    DatasetReader(const Database &db, const yw::core::Clock &clock, QTimeZone cityZone)
        : m_db(db)
        , m_clock(clock)
        , m_zone(std::move(cityZone))
    {}

    // parameters: the scenario's controls by name (a filter's `parameter`).
    yw::core::Result<Table> run(const yw::core::DatasetQuery &query, const QVariantMap &parameters,
                                const yw::core::User &actor) const;

    static yw::core::Result<Compiled> compile(const yw::core::DatasetQuery &query, const QVariantMap &parameters,
                                              const QDateTime &now, const QTimeZone &zone,
                                              const yw::core::User &actor, bool postgres);
    // [from, to) of a relative window at `now` in `zone`.
    // `back` periods earlier: 1 is the period before (yesterday, last week, last month, the seven
    // or thirty days before; a fixed window's own length before it).
    static std::pair<QDateTime, QDateTime> windowAt(yw::core::DatasetTimeWindow::Relative relative,
                                                     const QDateTime &now, const QTimeZone &zone, int back = 0);
    static std::pair<QDateTime, QDateTime> windowOf(const yw::core::DatasetTimeWindow &window,
                                                     const QVariantMap &parameters, const QDateTime &now,
                                                     const QTimeZone &zone);

private:
    const Database &m_db;
    const yw::core::Clock &m_clock;
    QTimeZone m_zone;
};

} // namespace yw::store
