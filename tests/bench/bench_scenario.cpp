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
// and the typhoon template (防台风应急, 16 widgets, 13 sources) on a 1920×1080 offscreen window,
// as a leader sees it, each the median of five:
//   scenario_open_ms       opening it until every source has answered and the frame after is drawn
//   scenario_refresh_ms    every source read again (as after a change) until drawn
//   crossfilter_ms         a click on a district's bar until every widget is read and drawn again
//   scenario_rss_growth_kb the resident memory gained over the last 200 of 600 refreshes and
//                          cross-filters (an unattended wall must stay flat)
//   querybuilder_vs_sql_*  the query builder's SQL against a hand-written equivalent (same rows
//                          checked): the ratio of their times, builder / hand
#include "arearepository.h"
#include "datasetreader.h"
#include "kpifigurereader.h"
#include "migrator.h"
#include "taxonomy.h"
#include "timelimittable.h"

#include "backgroundread.h"
#include "modulehost.h"
#include "platform.h"
#include "registeredmodules.h"
#include "scenarioworkspace.h"
#include "session.h"

#include "benchcity.h"
#include "quickitems.h"

#include <QApplication>
#include <QQmlEngine>
#include <QQuickView>
#include <QtQml/qqmlextensionplugin.h>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QTextStream>

using namespace yw::core;

Q_IMPORT_QML_PLUGIN(Yiwang_UiPlugin)

namespace {
QTextStream out(stdout);

QString benchDirSettings()
{
    return yw::bench::benchDir() + QStringLiteral("/bench-wall.ini");
}
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

// Waits for the window's next frame after the run settled: what the screen shows is drawn.
bool drawn(QQuickView &view, yw::scenario::ScenarioRun *run)
{
    yw::shell::waitUntil([run] { return run->ready() && run->idle(); }, 120000);
    bool swapped = false;
    auto c = QObject::connect(&view, &QQuickWindow::frameSwapped, [&] { swapped = true; });
    view.update();
    yw::shell::waitUntil([&] { return swapped; }, 10000);
    QObject::disconnect(c);
    return run->ready() && run->idle() && swapped;
}

// The query builder's SQL against the same question written by hand, on one connection.
bool compareWithHandWritten(yw::store::Database &db, const QString &suffix)
{
    const QTimeZone zone(QByteArrayLiteral("Asia/Shanghai"));
    ManualClock clock(QDateTime(QDate(2026, 11, 19), QTime(18, 0), zone));
    User leader;
    leader.login = QStringLiteral("leader1");
    leader.roles = Role::Leader;
    leader.active = true;
    yw::store::DatasetReader reader(db, clock, zone);
    const QString open = QStringLiteral("'Reported','Verifying','PendingFiling','Filed','Dispatched','Handling',"
                                        "'ExtensionPending','ReturnPending','SuspensionPending','Suspended','Handled',"
                                        "'Checking','CheckPassed','SelfHandled','VoidPending'");
    const auto [monthFrom, monthTo] = yw::store::DatasetReader::windowAt(DatasetTimeWindow::Relative::ThisMonth,
                                                                        clock.now(), zone);
    struct Pair
    {
        const char *name;
        QJsonObject builder;
        QString sql;
        QVariantList binds;
    };
    QJsonArray openStates;
    for (const QString &s : open.split(QLatin1Char(',')))
        openStates << s.mid(1, s.size() - 2);
    const QList<Pair> pairs = {
        {"open_by_district",
         QJsonObject{{"dataset", "cases"}, {"filters", QJsonArray{QJsonObject{{"field", "state"}, {"op", "in"}, {"value", openStates}}}},
                     {"groupBy", QJsonArray{"district"}}, {"aggregates", QJsonArray{QJsonObject{{"fn", "count"}, {"as", "n"}}}},
                     {"orderBy", "n"}, {"descending", true}},
         QStringLiteral("SELECT district_code, COUNT(*) FROM cases WHERE state IN (%1) GROUP BY district_code "
                        "ORDER BY 2 DESC LIMIT 1000").arg(open),
         {}},
        {"month_top_classes",
         QJsonObject{{"dataset", "cases"}, {"groupBy", QJsonArray{"class_code"}},
                     {"aggregates", QJsonArray{QJsonObject{{"fn", "count"}, {"as", "n"}}}}, {"orderBy", "n"},
                     {"descending", true}, {"limit", 10},
                     {"window", QJsonObject{{"relative", "thisMonth"}, {"field", "reported_at"}}}},
         QStringLiteral("SELECT class_code, COUNT(*) FROM cases WHERE reported_at >= ? AND reported_at < ? "
                        "GROUP BY class_code ORDER BY 2 DESC LIMIT 10"),
         {monthFrom.toMSecsSinceEpoch(), monthTo.toMSecsSinceEpoch()}},
        {"month_closed_by_street",
         QJsonObject{{"dataset", "cases"}, {"filters", QJsonArray{QJsonObject{{"field", "state"}, {"value", "Closed"}}}},
                     {"groupBy", QJsonArray{"street"}}, {"aggregates", QJsonArray{QJsonObject{{"fn", "count"}, {"as", "n"}}}},
                     {"orderBy", "n"}, {"descending", true}, {"limit", 15},
                     {"window", QJsonObject{{"relative", "thisMonth"}, {"field", "reported_at"}}}},
         QStringLiteral("SELECT street_code, COUNT(*) FROM cases WHERE state = 'Closed' AND reported_at >= ? "
                        "AND reported_at < ? GROUP BY street_code ORDER BY 2 DESC LIMIT 15"),
         {monthFrom.toMSecsSinceEpoch(), monthTo.toMSecsSinceEpoch()}},
    };
    for (const Pair &p : pairs) {
        auto q = DatasetQuery::fromJson(p.builder);
        if (!q) {
            err << p.name << ": " << q.error().message << Qt::endl;
            return false;
        }
        auto built = reader.run(q.value(), {}, leader);
        if (!built) {
            err << p.name << ": " << built.error().message << Qt::endl;
            return false;
        }
        auto hand = [&] {
            QList<QVariantList> rows;
            auto r = db.exec(p.sql, p.binds);
            if (!r)
                return rows;
            while (r.value().next())
                rows << QVariantList{r.value().value(0).toString(), r.value().value(1).toLongLong()};
            return rows;
        };
        QList<QVariantList> builtRows;
        for (const QVariantList &row : built.value().rows)
            builtRows << QVariantList{row.value(0).toString(), row.value(1).toLongLong()};
        if (builtRows != hand()) {
            err << p.name << ": the builder's rows differ from the hand-written SQL's" << Qt::endl;
            return false;
        }
        const double b = medianMs([&] { reader.run(q.value(), {}, leader); });
        const double h = medianMs([&] { hand(); });
        out << "querybuilder_vs_sql_" << p.name << suffix << ": " << QString::number(b / h, 'g', 3) << " ("
            << QString::number(b, 'f', 1) << " ms builder, " << QString::number(h, 'f', 1) << " ms hand-written, "
            << builtRows.size() << " rows, the same)" << Qt::endl;
    }
    return true;
}

// The typhoon template on a window: open, refresh, cross-filter, as a leader.
bool measureScreen(const yw::store::DatabaseLocation &where, const QString &suffix)
{
    const QTimeZone zone(QByteArrayLiteral("Asia/Shanghai"));
    ManualClock clock(QDateTime(QDate(2026, 11, 19), QTime(18, 0), zone));
    yw::shell::Platform::Options options;
    options.workstation = QStringLiteral("bench-wall");
    options.settingsFile = benchDirSettings();
    auto platform = yw::shell::Platform::create(where, clock, options);
    if (!platform) {
        err << platform.error().message << Qt::endl;
        return false;
    }
    if (auto s = platform.value()->session().signIn(QStringLiteral("leader1"), QStringLiteral("Yiwang2026")); !s) {
        err << "leader1: " << s.error().message << Qt::endl;
        return false;
    }
    yw::shell::ModuleHost host;
    for (auto &m : yw::shell::createRegisteredModules())
        host.add(std::move(m));
    host.initialize(platform.value()->context());
    // Only the scenarios: the other modules' loads would share the two cores with what is measured.
    auto *ws = qobject_cast<yw::scenario::ScenarioWorkspace *>(host.find(QStringLiteral("scenario"))->workspaceBackend());
    if (!ws) {
        err << "no scenario module" << Qt::endl;
        return false;
    }
    QQuickView view;
    view.engine()->addImportPath(QStringLiteral("qrc:/"));
    view.setInitialProperties({{QStringLiteral("workspace"), QVariant::fromValue(static_cast<QObject *>(ws))}});
    view.setResizeMode(QQuickView::SizeRootObjectToView);
    view.resize(1920, 1080);
    view.setSource(QUrl(QStringLiteral("qrc:/Yiwang/Modules/Scenario/ScenarioPage.qml")));
    if (view.status() != QQuickView::Ready) {
        for (const auto &e : view.errors())
            err << e.toString() << Qt::endl;
        return false;
    }
    view.show();
    const QString typhoon = QStringLiteral("template:2-typhoon-emergency");
    auto *run = ws->run();
    // The first open warms the caches (the database's pages, the evaluation's facts, fonts).
    if (!ws->open(typhoon) || !drawn(view, run)) {
        err << "the typhoon template did not open: " << ws->message() << Qt::endl;
        return false;
    }
    for (const yw::scenario::ScenarioSource &s : run->document().sources())
        if (!run->table(s.id)->error().isEmpty()) {
            err << s.id << ": " << run->table(s.id)->error() << Qt::endl;
            return false;
        }
    auto timed = [&](const std::function<void()> &act) {
        QList<double> t;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer timer;
            timer.start();
            act();
            if (!drawn(view, run))
                return -1.0;
            t << timer.nsecsElapsed() / 1e6;
        }
        std::sort(t.begin(), t.end());
        return t[2];
    };
    const double open = timed([&] { ws->open(typhoon); });
    const double refresh = timed([&] { run->refreshAll(); });
    // What was measured was drawn: every widget with data has its table (a blank widget would
    // make every figure fast).
    for (const yw::scenario::ScenarioWidget &w : run->document().widgets()) {
        if (w.source.isEmpty())
            continue;
        QQuickItem *frame = yw::test::findItem(view.rootObject(), QStringLiteral("widget-") + w.id);
        if (!frame || !frame->property("table").value<QObject *>()) {
            err << "the widget " << w.id << " shows no data" << Qt::endl;
            return false;
        }
    }
    // A click on the first district's bar, from no filter: until every widget is read and drawn.
    QList<double> clicks;
    for (int i = 0; i < 5; ++i) {
        run->clearFilters();
        if (!drawn(view, run))
            return false;
        QElapsedTimer timer;
        timer.start();
        run->click(QStringLiteral("open_districts"), 0);
        if (!drawn(view, run) || run->activeFilters().size() != 1)
            return false;
        clicks << timer.nsecsElapsed() / 1e6;
    }
    std::sort(clicks.begin(), clicks.end());
    const double cross = clicks[2];
    // Days on a wall, compressed: refreshes and cross-filters, the memory before and after.
    auto rssKb = [] {
        QFile status(QStringLiteral("/proc/self/status"));
        if (!status.open(QIODevice::ReadOnly))
            return qint64(-1);
        for (const QByteArray &line : status.readAll().split('\n'))
            if (line.startsWith("VmRSS:"))
                return line.mid(6).trimmed().split(' ').first().toLongLong();
        return qint64(-1);
    };
    auto cycles = [&](int n) {
        for (int i = 0; i < n; ++i) {
            if (i % 10 == 0)
                run->click(QStringLiteral("open_districts"), i % 20 == 0 ? 0 : 1);
            else
                run->refreshAll();
            drawn(view, run);
        }
    };
    // Warmed up (the map's tile cache filled), then two stretches of 200: a leak grows in both.
    cycles(200);
    const qint64 rss0 = rssKb();
    cycles(200);
    const qint64 rss1 = rssKb();
    cycles(200);
    const qint64 rss2 = rssKb();
    out << "scenario_rss_growth_kb" << suffix << ": " << (rss2 - rss1) << " (the last 200 refreshes; "
        << (rss1 - rss0) << " the 200 before; " << rss2 / 1024 << " MB resident)" << Qt::endl;
    out << "scenario_widgets: " << run->document().widgets().size() << ", sources: " << run->document().sources().size()
        << Qt::endl;
    out << "scenario_open_ms" << suffix << ": " << QString::number(open, 'f', 1) << " (target 1000)" << Qt::endl;
    out << "scenario_refresh_ms" << suffix << ": " << QString::number(refresh, 'f', 1) << " (target 250)" << Qt::endl;
    out << "crossfilter_ms" << suffix << ": " << QString::number(cross, 'f', 1)
        << " (target 150)" << Qt::endl;
    return open > 0 && refresh > 0 && cross > 0;
}

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv); // Qt Charts draws through QGraphicsScene, which needs widgets
    const QString dbPath = yw::bench::fullDemoCity(QStringLiteral(YIWANG_ADMIN_BIN));
    if (dbPath.isEmpty()) {
        err << "yiwang-admin demo failed" << Qt::endl;
        return 1;
    }
    {
        auto db = yw::store::Database::open(yw::store::DatabaseLocation::sqliteFile(dbPath),
                                            yw::store::Database::OpenMode::Existing);
        if (!db || !yw::store::Migrator::migrate(*db.value()) || !measure(*db.value(), QString())
            || !compareWithHandWritten(*db.value(), QString()))
            return 1;
    }
    if (!measureScreen(yw::store::DatabaseLocation::sqliteFile(dbPath), QString()))
        return 1;
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
    if (!measure(*db.value(), QStringLiteral("_pg")) || !compareWithHandWritten(*db.value(), QStringLiteral("_pg")))
        return 1;
    return measureScreen(db.value()->location(), QStringLiteral("_pg")) ? 0 : 1;
}
