// Benchmarks of the evaluation (tests/bench/run kpi), on the full demo city on SQLite (built
// once into $YW_BENCH_DIR like the map's) and on PostgreSQL (a throwaway cluster, the city built
// into it: several minutes):
//   kpi_facts_s        the evaluation facts of every case rebuilt from the event log (replay)
//   kpi_load_ms        the facts of a month (October 2026: the cases alive in it) read into the
//                      engine with the names of the city
//   kpi_load_with_previous_ms  the same for the month and the one before (the comparison)
//   kpi_month_ms       all KPIs of all departments for one month (October 2026), facts in memory
//   kpi_year_ms        the same for the twelve months to October 2026
//   kpi_vs_sql         the same department counts by a straightforward SQL GROUP BY over the
//                      stored facts (KpiSqlAggregator) divided by kpi_month_ms; the two are
//                      checked to agree before anything is timed
// Each is the median of five runs. The _pg figures are the same on PostgreSQL
// (YW_BENCH_KPI_PG=0: SQLite only; YW_BENCH_KPI_SQLITE=0: PostgreSQL only; YW_BENCH_KPI_PG_DB=postgresql://…: a database that already
// holds the city, measured as it is).
#include "arearepository.h"
#include "democitybuilder.h"
#include "kpifactsbuilder.h"
#include "kpifactsrepository.h"
#include "kpifactsupdater.h"
#include "kpisqlaggregator.h"
#include "migrator.h"
#include "testbackend.h"

#include "benchcity.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QTextStream>

using namespace yw::core;
using namespace yw::evaluation;

namespace {
QTextStream out(stdout);
// The city's zone, from its work calendar (read when first asked: resources are registered by then).
QTimeZone cityZone()
{
    static const QTimeZone zone = WorkCalendar::chinaMainland().timeZone();
    return zone;
}
QTextStream err(stderr);

void figure(const QString &name, double value, int decimals = 1)
{
    out << name << ": " << QString::number(value, 'f', decimals) << Qt::endl;
}

template<typename F>
double medianMs(F &&f, int runs = 5)
{
    QList<double> t;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        f();
        t << timer.nsecsElapsed() / 1e6;
    }
    std::sort(t.begin(), t.end());
    return t[t.size() / 2];
}

struct Rules
{
    Taxonomy taxonomy = Taxonomy::load(TaxonomyStandard::Id::Gbt47678_2026).value();
    WorkCalendar calendar = WorkCalendar::chinaMainland();
    TimeLimitTable limits = TimeLimitTable::builtIn(calendar).value();
};

// Runs the figures on one database; suffix "" for SQLite, "_pg" for PostgreSQL.
bool measure(yw::store::Database &db, const QString &suffix, bool rebuildFacts)
{
    Rules rules;
    auto areas = yw::store::AreaRepository(db).load();
    if (!areas) {
        err << areas.error().message << Qt::endl;
        return false;
    }
    KpiFactsUpdater updater(db, {rules.calendar, rules.limits, rules.taxonomy, areas.value()});
    if (rebuildFacts) {
        for (const char *table : {"kpi_tasks", "kpi_case_facts"})
            db.exec(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table)));
    }
    QElapsedTimer t;
    t.start();
    auto rebuilt = updater.refresh();
    if (!rebuilt) {
        err << rebuilt.error().message << Qt::endl;
        return false;
    }
    if (rebuildFacts)
        figure("kpi_facts_s" + suffix, t.nsecsElapsed() / 1e9, 1);
    out << "kpi_facts_cases" << suffix << ": " << rebuilt.value() << Qt::endl;

    const KpiPeriod month = KpiPeriod::month(2026, 10);
    const KpiPeriod year = KpiPeriod::range(QDate(2025, 11, 1), QDate(2026, 10, 31));
    std::unique_ptr<KpiEngine> engine;
    // The figure: a month's facts (the cases alive in it) into the engine, with names.
    figure("kpi_load_ms" + suffix, medianMs([&] {
               updater.engine(month.fromMs(cityZone()), month.toMs(cityZone()));
           }));
    // What the page reads for a month and its comparison with the month before.
    QString loadError;
    figure("kpi_load_with_previous_ms" + suffix, medianMs([&] {
               auto loaded = updater.engine(month.previous().fromMs(cityZone()), month.toMs(cityZone()));
               if (loaded)
                   engine = std::move(loaded.value());
               else
                   loadError = loaded.error().message;
           }));
    if (!engine || !loadError.isEmpty()) {
        err << "reading the facts failed: " << loadError << Qt::endl;
        return false;
    }
    out << "kpi_month_cases" << suffix << ": " << engine->caseCount() << Qt::endl;
    // Where the load's time goes: the facts alone, the directory (names) alone.
    out << "kpi_load_facts_ms" << suffix << ": "
        << QString::number(medianMs([&] {
                               yw::store::KpiFactsRepository(db).load(
                                   month.previous().fromMs(cityZone()), month.toMs(cityZone()));
                           }, 3), 'f', 1)
        << Qt::endl;
    out << "kpi_load_directory_ms" << suffix << ": "
        << QString::number(medianMs([&] { updater.directory(); }, 3), 'f', 1) << Qt::endl;

    // The engine and its SQL peer must agree before either is timed.
    yw::store::KpiSqlAggregator sql(db);
    const KpiResult ours = engine->compute(month, Dimension::Department);
    auto peer = sql.byDepartment(month.fromMs(cityZone()), month.toMs(cityZone()));
    if (!peer) {
        err << peer.error().message << Qt::endl;
        return false;
    }
    int mismatches = 0;
    for (const KpiRow &row : ours.rows)
        for (int c = 0; c < kCounterCount; ++c) {
            const QString id = QString::fromLatin1(definition(Counter(c)).id);
            if (id != QLatin1String("filed_in_area") && id != QLatin1String("missed") &&
                peer->value(row.key.toLongLong()).value(id) != row.n[size_t(c)])
                ++mismatches;
        }
    if (mismatches > 0 || qsizetype(ours.rows.size()) != peer->size()) {
        err << "the engine and the SQL peer disagree on " << mismatches << " counts" << Qt::endl;
        return false;
    }
    out << "kpi_month_departments" << suffix << ": " << ours.rows.size() << " (handled "
        << ours.total.count(Counter::Handled) << ", closed " << ours.total.count(Counter::Closed)
        << ")" << Qt::endl;
    const double monthMs = medianMs([&] { engine->compute(month, Dimension::Department); });
    figure("kpi_month_ms" + suffix, monthMs, 2);
    const double sqlMs = medianMs([&] { sql.byDepartment(month.fromMs(cityZone()), month.toMs(cityZone())); });
    out << "kpi_sql_month_ms" << suffix << ": " << QString::number(sqlMs, 'f', 1) << Qt::endl;
    figure("kpi_vs_sql" + suffix, sqlMs / monthMs, 1);
    out << "kpi_vs_sql_with_load" << suffix << ": "
        << QString::number(sqlMs / (monthMs + medianMs([&] {
                                        updater.engine(month.fromMs(cityZone()), month.toMs(cityZone()));
                                    }, 3)),
                           'f', 2)
        << " (ours reading the month's facts from the database each time)" << Qt::endl;

    std::unique_ptr<KpiEngine> yearEngine;
    out << "kpi_year_load_ms" << suffix << ": "
        << QString::number(medianMs([&] {
                               yearEngine = std::move(updater.engine(year.fromMs(cityZone()), year.toMs(cityZone())).value());
                           }, 3),
                           'f', 0)
        << Qt::endl;
    figure("kpi_year_ms" + suffix, medianMs([&] { yearEngine->compute(year, Dimension::Department); }), 1);
    out << "kpi_sql_year_ms" << suffix << ": "
        << QString::number(medianMs([&] { sql.byDepartment(year.fromMs(cityZone()), year.toMs(cityZone())); }, 3), 'f', 0)
        << Qt::endl;
    return true;
}
} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QString dir = yw::bench::benchDir();
    const QString dbPath = yw::bench::fullDemoCity(QStringLiteral(YIWANG_ADMIN_BIN));
    if (dbPath.isEmpty()) {
        err << "yiwang-admin demo failed" << Qt::endl;
        return 1;
    }
    if (qEnvironmentVariable("YW_BENCH_KPI_SQLITE", QStringLiteral("1")) != QLatin1String("0")) {
        auto db = yw::store::Database::open(yw::store::DatabaseLocation::sqliteFile(dbPath),
                                            yw::store::Database::OpenMode::Existing);
        if (!db || !yw::store::Migrator::migrate(*db.value())) {
            err << "cannot open " << dbPath << Qt::endl;
            return 1;
        }
        // Rebuilding every case's facts on SQLite is measured on a copy, not to disturb the
        // city the other benchmarks share.
        if (!measure(*db.value(), QString(), false))
            return 1;
        const QString copy = dir + QStringLiteral("/kpi-facts.sqlite");
        QFile::remove(copy);
        QFile::copy(dbPath, copy);
        auto c = yw::store::Database::open(yw::store::DatabaseLocation::sqliteFile(copy),
                                           yw::store::Database::OpenMode::Existing);
        if (c) {
            Rules rules;
            auto areas = yw::store::AreaRepository(*c.value()).load();
            for (const char *table : {"kpi_tasks", "kpi_case_facts"})
                c.value()->exec(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table)));
            KpiFactsUpdater updater(*c.value(), {rules.calendar, rules.limits, rules.taxonomy, areas.value()});
            QElapsedTimer t;
            t.start();
            if (updater.refresh())
                figure("kpi_facts_s", t.nsecsElapsed() / 1e9, 1);
        }
        QFile::remove(copy);
    }
    if (qEnvironmentVariable("YW_BENCH_KPI_PG", QStringLiteral("1")) == QLatin1String("0")) {
        out << "kpi_month_ms_pg: n/a (YW_BENCH_KPI_PG=0)" << Qt::endl;
        return 0;
    }
    // A PostgreSQL database that already holds the same city (YW_BENCH_KPI_PG_DB=postgresql://…),
    // to measure again without building it (it is not changed: the facts are not rebuilt).
    if (const QString spec = qEnvironmentVariable("YW_BENCH_KPI_PG_DB"); !spec.isEmpty()) {
        auto db = yw::bench::openDatabase(spec, yw::store::Database::OpenMode::Existing);
        if (!db) {
            err << db.error().message << Qt::endl;
            return 1;
        }
        return measure(*db.value(), QStringLiteral("_pg"), false) ? 0 : 1;
    }
    // PostgreSQL: a throwaway cluster with the same city (the same seed and end).
    qputenv("YW_TEST_BACKEND", "postgresql");
    yw::test::TestBackend pg;
    if (const QString e = pg.setUp(); !e.isEmpty()) {
        out << "kpi_month_ms_pg: n/a (" << e << ")" << Qt::endl;
        return 0;
    }
    auto db = yw::store::Database::open(pg.fresh(), yw::store::Database::OpenMode::CreateIfMissing);
    if (!db) {
        err << db.error().message << Qt::endl;
        return 1;
    }
    auto built = yw::bench::buildFullDemoCityInto(*db.value());
    if (!built) {
        err << built.error().message << Qt::endl;
        return 1;
    }
    out << "kpi_pg_city_built_s: " << QString::number(built.value(), 'f', 0) << Qt::endl;
    const bool ok = measure(*db.value(), QStringLiteral("_pg"), true);
    db.value().reset();
    pg.tearDown();
    return ok ? 0 : 1;
}
