// Benchmarks of the scenario builder's sources (tests/bench/run scenario) on the full demo city
// (SQLite, built once into $YW_BENCH_DIR like the others; PostgreSQL with
// YW_BENCH_SCENARIO_PG_DB=postgresql://… holding the same city, else n/a): the sources a wall
// would show, read as a running scenario reads them (compiled by DatasetReader, the user a
// leader), at 18:00 on 19 November 2026; each the median of five, in milliseconds:
//   scenario_today_by_district_ms   today's reports by district
//   scenario_month_top_classes_ms   this month's ten largest classes
//   scenario_30_days_by_day_ms      reports per day over the last 30 days
//   scenario_overdue_table_ms       the 50 open cases longest past their step's deadline
//   scenario_events_today_ms        today's case events by action
//   scenario_kpi_month_ms           this month's evaluation figures by district (KpiFigureReader,
//                                   the facts already up to date)
#include "arearepository.h"
#include "datasetreader.h"
#include "kpifigurereader.h"
#include "migrator.h"
#include "taxonomy.h"
#include "timelimittable.h"

#include "benchcity.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace yw::core;

namespace {
QTextStream out(stdout);
QTextStream err(stderr);

template<typename F>
double medianMs(F &&f)
{
    QList<double> t;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        f();
        t << timer.nsecsElapsed() / 1e6;
    }
    std::sort(t.begin(), t.end());
    return t[2];
}

DatasetQuery grouped(const char *dataset, const char *field, DatasetGroup::Bucket bucket,
                     DatasetTimeWindow::Relative window, const char *timeField)
{
    DatasetQuery q;
    q.dataset = QString::fromLatin1(dataset);
    q.groupBy = {{QString::fromLatin1(field), bucket}};
    q.aggregates = {{DatasetAggregate::Fn::Count, {}, QStringLiteral("n")}};
    q.window = {window, QString::fromLatin1(timeField), {}, {}, {}, 0};
    return q;
}

bool measure(yw::store::Database &db, const QString &suffix)
{
    const QTimeZone zone(QByteArrayLiteral("Asia/Shanghai"));
    ManualClock clock(QDateTime(QDate(2026, 11, 19), QTime(18, 0), zone));
    User leader;
    leader.login = QStringLiteral("leader1");
    leader.roles = Role::Leader;
    yw::store::DatasetReader reader(db, clock, zone);
    struct Case
    {
        const char *name;
        DatasetQuery query;
    };
    DatasetQuery top = grouped("cases", "class_code", DatasetGroup::Bucket::None, DatasetTimeWindow::Relative::ThisMonth,
                               "reported_at");
    top.orderBy = QStringLiteral("n");
    top.descending = true;
    top.limit = 10;
    DatasetQuery overdue;
    overdue.dataset = QStringLiteral("cases");
    overdue.fields = {QStringLiteral("case_number"), QStringLiteral("class_code"), QStringLiteral("district"),
                      QStringLiteral("step"), QStringLiteral("deadline")};
    // A step deadline is set only while a case is open.
    overdue.filters = {{QStringLiteral("deadline"), DatasetFilter::Op::Less, {clock.now()}, {}}};
    overdue.orderBy = QStringLiteral("deadline");
    overdue.limit = 50;
    const QList<Case> cases = {
        {"scenario_today_by_district_ms", grouped("cases", "district", DatasetGroup::Bucket::None,
                                                  DatasetTimeWindow::Relative::Today, "reported_at")},
        {"scenario_month_top_classes_ms", top},
        {"scenario_30_days_by_day_ms", grouped("cases", "reported_at", DatasetGroup::Bucket::Day,
                                               DatasetTimeWindow::Relative::Last30Days, "reported_at")},
        {"scenario_overdue_table_ms", overdue},
        {"scenario_events_today_ms", grouped("case_events", "action", DatasetGroup::Bucket::None,
                                             DatasetTimeWindow::Relative::Today, "at")},
    };
    for (const Case &c : cases) {
        auto first = reader.run(c.query, {}, leader);
        if (!first) {
            err << c.name << ": " << first.error().message << Qt::endl;
            return false;
        }
        const double ms = medianMs([&] { reader.run(c.query, {}, leader); });
        out << c.name << suffix << ": " << QString::number(ms, 'f', 1) << " (" << first.value().rows.size()
            << " rows)" << Qt::endl;
    }
    Taxonomy taxonomy = Taxonomy::load(TaxonomyStandard::Id::Gbt47678_2026).value();
    WorkCalendar calendar = WorkCalendar::chinaMainland();
    TimeLimitTable limits = TimeLimitTable::builtIn(calendar).value();
    AreaHierarchy areas = yw::store::AreaRepository(db).load().value();
    yw::scenario::KpiFigureReader kpi(db, clock, {calendar, limits, taxonomy, areas});
    yw::scenario::KpiFigureQuery q;
    q.by = yw::evaluation::Dimension::District;
    auto first = kpi.run(q, leader); // brings the facts up to date once
    if (!first) {
        err << "scenario_kpi_month_ms: " << first.error().message << Qt::endl;
        return false;
    }
    out << "scenario_kpi_month_ms" << suffix << ": "
        << QString::number(medianMs([&] { kpi.run(q, leader); }), 'f', 1) << " (" << first.value().rows.size()
        << " rows)" << Qt::endl;
    return true;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString dbPath = yw::bench::fullDemoCity(QStringLiteral(YIWANG_ADMIN_BIN));
    if (dbPath.isEmpty()) {
        err << "yiwang-admin demo failed" << Qt::endl;
        return 1;
    }
    {
        auto db = yw::store::Database::open(yw::store::DatabaseLocation::sqliteFile(dbPath),
                                            yw::store::Database::OpenMode::Existing);
        if (!db || !yw::store::Migrator::migrate(*db.value()) || !measure(*db.value(), QString()))
            return 1;
    }
    const QString spec = qEnvironmentVariable("YW_BENCH_SCENARIO_PG_DB");
    if (spec.isEmpty()) {
        out << "scenario_today_by_district_ms_pg: n/a (YW_BENCH_SCENARIO_PG_DB=postgresql://… names a database "
               "holding the full city, e.g. one tests/bench/run kpi built)"
            << Qt::endl;
        return 0;
    }
    auto db = yw::bench::openDatabase(spec, yw::store::Database::OpenMode::Existing);
    if (!db || !yw::store::Migrator::migrate(*db.value())) {
        err << "cannot open " << spec << Qt::endl;
        return 1;
    }
    return measure(*db.value(), QStringLiteral("_pg")) ? 0 : 1;
}
