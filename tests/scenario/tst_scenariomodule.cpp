// The scenario module on the small demo city (both backends): every template runs with data and
// renders offscreen; a department handler's screen shows only their department; a click
// cross-filters the other widgets and Esc's clear takes it off; a figure drills to its cases,
// which open in dispatch; a control out of range is refused; an unknown widget, a broken and a
// forbidden source mark their own widgets while the rest runs; news on the change feed reaches
// the screen; the editor's changes show live and save with the store's conflict check.
#include "backgroundread.h"
#include "datasetreader.h"
#include "localization.h"
#include "moduleworkstation.h"
#include "navigator.h"
#include "quickitems.h"
#include "scenariorepository.h"
#include "scenarioworkspace.h"
#include "shellcontroller.h"

#include <QDir>
#include <QJsonDocument>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Yiwang_ShellPlugin)
Q_IMPORT_QML_PLUGIN(Yiwang_UiPlugin)

using namespace yw;
using namespace yw::scenario;

namespace {
// Waits until no source is being read and every one has answered.
bool settle(ScenarioRun *run, int timeoutMs = 60000)
{
    shell::waitUntil([run] { return run->ready() && run->idle(); }, timeoutMs);
    return run->ready() && run->idle();
}

qint64 scalar(store::Database &db, const QString &sql, const QVariantList &binds = {})
{
    auto q = db.exec(sql, binds);
    if (!q || !q.value().next())
        return -1;
    return q.value().value(0).toLongLong();
}

const QString kOpenStates = QStringLiteral(
    "'Reported','Verifying','PendingFiling','Filed','Dispatched','Handling','ExtensionPending','ReturnPending',"
    "'SuspensionPending','Suspended','Handled','Checking','CheckPassed','SelfHandled','VoidPending'");
} // namespace

class TestScenarioModule : public QObject
{
    Q_OBJECT
    test::TestBackend m_backend;
    store::DatabaseLocation m_location;
    core::SystemClock m_clock;
    shell::Localization m_localization;

private slots:
    void initTestCase()
    {
        QVERIFY2(m_backend.setUp().isEmpty(), "backend");
        QVERIFY(m_localization.install("zh_CN"));
        const QString err = test::buildSmallDemoCity(m_backend, m_location);
        QVERIFY2(err.isEmpty(), qPrintable(err));
    }
    void cleanupTestCase() { m_backend.tearDown(); }

    // Each template: every source answers without an error, most have rows, the KPI figures
    // agree with the database.
    void everyTemplateRunsWithData()
    {
        test::ModuleWorkstation w;
        QVERIFY2(w.open(m_location, m_clock).isEmpty(), "workstation");
        QVERIFY(w.as("shift1").isEmpty());
        auto *ws = w.backend<ScenarioWorkspace>("scenario");
        QVERIFY(ws);
        const auto templates = ScenarioCatalog::templates();
        QCOMPARE(templates.size(), 5);
        for (const auto &t : templates) {
            QVERIFY2(ws->open(t.key), qPrintable(ws->message()));
            QVERIFY2(settle(ws->run()), qPrintable(t.key));
            const ScenarioDocument &doc = ws->run()->document();
            QVERIFY2(doc.notices().isEmpty(), qPrintable(doc.notices().join("; ")));
            int withRows = 0;
            for (const ScenarioSource &s : doc.sources()) {
                SourceTable *table = ws->run()->table(s.id);
                QVERIFY(table);
                QVERIFY2(table->error().isEmpty(), qPrintable(t.key + " " + s.id + ": " + table->error()));
                withRows += table->count() > 0;
            }
            QVERIFY2(withRows >= doc.sources().size() * 2 / 3, qPrintable(QStringLiteral("%1: %2 of %3 sources with rows")
                                                                           .arg(t.key).arg(withRows).arg(doc.sources().size())));
            for (const ScenarioWidget &wd : doc.widgets())
                QVERIFY2(ws->run()->widgetProblem(wd.id).isEmpty(), qPrintable(wd.id));
        }
        // The typhoon screen's open cases: the database's count.
        QVERIFY(ws->open("template:2-typhoon-emergency"));
        QVERIFY(settle(ws->run()));
        SourceTable *open = ws->run()->table("open_total");
        QCOMPARE(qint64(open->number(0, 0)),
                 scalar(*w.platform->context().database,
                        QStringLiteral("SELECT COUNT(*) FROM cases WHERE state IN (%1)").arg(kOpenStates)));
        QVERIFY(ws->run()->tableBefore("reports")); // compared with yesterday
        QVERIFY(ws->run()->tableBefore("reports")->loaded());
    }

    // The query builder's SQL gives the same rows as the same questions written by hand, on the
    // small demo city (both backends): grouped, filtered, windowed, bucketed, ordered, limited.
    void builderAgreesWithHandWrittenSql()
    {
        test::ModuleWorkstation w;
        QVERIFY2(w.open(m_location, m_clock).isEmpty(), "workstation");
        QVERIFY(w.as("shift1").isEmpty());
        auto &db = *w.platform->context().database;
        const QTimeZone zone = w.platform->context().calendar->timeZone();
        store::DatasetReader reader(db, m_clock, zone);
        const auto [monthFrom, monthTo] =
            store::DatasetReader::windowAt(core::DatasetTimeWindow::Relative::ThisMonth, m_clock.now(), zone);
        const auto [weekFrom, weekTo] =
            store::DatasetReader::windowAt(core::DatasetTimeWindow::Relative::Last7Days, m_clock.now(), zone);
        struct Pair
        {
            const char *json;
            QString sql;
            QVariantList binds;
        };
        const QList<Pair> pairs = {
            {R"({"dataset": "cases", "filters": [{"field": "state", "op": "in", "value": ["Handling", "Dispatched", "Filed"]}],
                "groupBy": ["district"], "aggregates": [{"fn": "count", "as": "n"}], "orderBy": "n", "descending": true})",
             QStringLiteral("SELECT district_code, COUNT(*) FROM cases WHERE state IN ('Handling', 'Dispatched', 'Filed') "
                            "GROUP BY district_code ORDER BY 2 DESC, 1"),
             {}},
            {R"({"dataset": "cases", "groupBy": ["class_code"], "aggregates": [{"fn": "count", "as": "n"}],
                "orderBy": "n", "descending": true, "limit": 10, "window": {"relative": "thisMonth", "field": "reported_at"}})",
             // All of them: the builder's ten must be ten of these with their counts, the largest.
             QStringLiteral("SELECT class_code, COUNT(*) FROM cases WHERE reported_at >= ? AND reported_at < ? "
                            "GROUP BY class_code ORDER BY 2 DESC, 1"),
             {monthFrom.toMSecsSinceEpoch(), monthTo.toMSecsSinceEpoch()}},
            {R"({"dataset": "cases", "filters": [{"field": "state", "value": "Closed"}, {"field": "district", "op": "startsWith", "value": "4301"}],
                "groupBy": ["street"], "aggregates": [{"fn": "count", "as": "n"}], "orderBy": "street"})",
             QStringLiteral("SELECT street_code, COUNT(*) FROM cases WHERE state = 'Closed' AND district_code LIKE '4301%' "
                            "GROUP BY street_code ORDER BY 1"),
             {}},
            {R"({"dataset": "case_events", "groupBy": ["action"], "aggregates": [{"fn": "countDistinct", "field": "case_id", "as": "n"}],
                "orderBy": "action", "window": {"relative": "last7Days", "field": "at"}})",
             QStringLiteral("SELECT action, COUNT(DISTINCT case_id) FROM case_events WHERE at >= ? AND at < ? "
                            "GROUP BY action ORDER BY 1"),
             {weekFrom.toMSecsSinceEpoch(), weekTo.toMSecsSinceEpoch()}},
            {R"({"dataset": "readings", "filters": [{"field": "alarm", "value": 1}], "groupBy": ["kind"],
                "aggregates": [{"fn": "max", "field": "value", "as": "m"}], "orderBy": "kind"})",
             QStringLiteral("SELECT v.kind, MAX(r.value) FROM sensor_readings r JOIN devices v ON v.id = r.device_id "
                            "WHERE r.alarm = 1 GROUP BY v.kind ORDER BY 1"),
             {}},
        };
        for (const Pair &p : pairs) {
            auto q = core::DatasetQuery::fromJson(QJsonDocument::fromJson(p.json).object());
            QVERIFY2(q, qPrintable(q.error().message));
            auto built = reader.run(q.value(), {}, w.platform->session().user());
            QVERIFY2(built, qPrintable(built.error().message));
            auto hand = db.exec(p.sql, p.binds);
            QVERIFY2(hand, qPrintable(hand.error().message));
            QList<QStringList> expected, got;
            while (hand.value().next())
                expected << QStringList{hand.value().value(0).toString(), QString::number(hand.value().value(1).toDouble())};
            for (const QVariantList &row : built.value().rows)
                got << QStringList{row.value(0).toString(), QString::number(row.value(1).toDouble())};
            QVERIFY2(!expected.isEmpty(), p.json);
            if (q.value().limit < expected.size()) {
                // A top-N: ties at the cut may be either; the counts are the N largest, and each
                // row is one of the whole answer's.
                QList<double> top, counts;
                for (qsizetype i = 0; i < q.value().limit; ++i)
                    top << expected[i][1].toDouble();
                for (const QStringList &row : got) {
                    counts << row[1].toDouble();
                    QVERIFY2(expected.contains(row), qPrintable(row.join(' ')));
                }
                QCOMPARE(counts, top);
                continue;
            }
            // Ties in a count may come in either order: compare as sets where the SQL orders by it.
            if (QByteArray(p.json).contains("\"descending\": true")) {
                std::sort(expected.begin(), expected.end());
                std::sort(got.begin(), got.end());
            }
            QCOMPARE(got, expected);
        }
    }

    // A department handler sees their own department's cases only, on the same template.
    void aDepartmentUserSeesTheirDepartment()
    {
        test::ModuleWorkstation w;
        QVERIFY2(w.open(m_location, m_clock).isEmpty(), "workstation");
        auto &db = *w.platform->context().database;
        auto q = db.exec(QStringLiteral("SELECT u.login, u.department_id FROM users u JOIN cases c "
                                        "ON c.owner_department_id = u.department_id WHERE u.login LIKE 'h-%' "
                                        "GROUP BY u.login, u.department_id ORDER BY COUNT(*) DESC LIMIT 1"));
        QVERIFY(q && q.value().next());
        const QString login = q.value().value(0).toString();
        const qint64 department = q.value().value(1).toLongLong();
        QVERIFY2(w.as(login).isEmpty(), qPrintable(login));
        auto *ws = w.backend<ScenarioWorkspace>("scenario");
        QVERIFY(!ws->canEdit());
        QVERIFY(ws->open("template:1-daily-briefing"));
        QVERIFY(settle(ws->run()));
        const qint64 mine = scalar(db, QStringLiteral("SELECT COUNT(*) FROM cases WHERE state IN (%1) AND "
                                                      "owner_department_id = ?").arg(kOpenStates), {department});
        const qint64 all = scalar(db, QStringLiteral("SELECT COUNT(*) FROM cases WHERE state IN (%1)").arg(kOpenStates));
        QVERIFY(mine < all);
        QCOMPARE(qint64(ws->run()->table("open_now")->number(0, 0)), mine);
        // The latest cases are theirs alone.
        SourceTable *latest = ws->run()->table("latest");
        QVERIFY(latest->count() > 0);
        for (int r = 0; r < latest->count(); ++r)
            QCOMPARE(scalar(db, "SELECT owner_department_id FROM cases WHERE id = ?", {latest->caseId(r)}), department);
        // And they may not change scenarios: the store says so too.
        QVERIFY(!ws->save().isEmpty());
    }

    void crossFilterDrillAndControls()
    {
        test::ModuleWorkstation w;
        QVERIFY2(w.open(m_location, m_clock).isEmpty(), "workstation");
        QVERIFY(w.as("shift1").isEmpty());
        auto *ws = w.backend<ScenarioWorkspace>("scenario");
        QVERIFY(ws->open("template:2-typhoon-emergency"));
        ScenarioRun *run = ws->run();
        QVERIFY(settle(run));
        SourceTable *byDistrict = run->table("open_by_district");
        QVERIFY(byDistrict->count() >= 2);
        const QString district = byDistrict->raw(0, byDistrict->columnIndex("district")).toString();
        const qint64 inDistrict = qint64(byDistrict->number(0, byDistrict->columnIndex("n")));
        const int districtsBefore = byDistrict->count();
        // A click on the first bar: every other source with a district is filtered by it; the
        // bar chart keeps its other bars; the filter bar names it.
        run->click("open_districts", 0);
        QCOMPARE(run->activeFilters().size(), 1);
        QVERIFY2(run->activeFilters().first().contains(byDistrict->text(0, byDistrict->columnIndex("district"))),
                 qPrintable(run->activeFilters().first()));
        QVERIFY(settle(run));
        QCOMPARE(qint64(run->table("open_total")->number(0, 0)), inDistrict);
        QVERIFY(run->table("open_total")->filtered());
        QCOMPARE(byDistrict->count(), districtsBefore);
        QVERIFY(!byDistrict->filtered());
        QVERIFY(!run->table("alarms_today")->filtered()); // readings have no district
        SourceTable *latest = run->table("latest");
        auto &db = *w.platform->context().database;
        for (int r = 0; r < latest->count(); ++r)
            QCOMPARE(scalar(db, "SELECT district_code FROM cases WHERE id = ?", {latest->caseId(r)}),
                     district.toLongLong());
        // Esc: all taken off.
        run->clearFilters();
        QVERIFY(run->activeFilters().isEmpty());
        QVERIFY(settle(run));
        QVERIFY(run->table("open_total")->number(0, 0) > inDistrict);

        // Drill-down: the district's open cases; one opens in dispatch.
        QVERIFY(run->drill("open_districts", 0));
        shell::waitUntil([run] { return run->drillTable()->loaded(); });
        QCOMPARE(qint64(run->drillTable()->count()), std::min<qint64>(200, inDistrict));
        QVERIFY(!run->drillTitle().isEmpty());
        QSignalSpy opened(w.platform->context().navigator, &shell::Navigator::openRequested);
        QVERIFY(run->openCase(run->drillTable()->caseId(0)));
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().first().toString(), QStringLiteral("dispatch"));
        // Or on the one map, where the case is: its place goes with the request.
        QSignalSpy places(w.platform->context().navigator, &shell::Navigator::mapRequested);
        QVERIFY(run->canShowOnMap());
        QVERIFY(run->showDrillOnMap(0));
        QCOMPARE(opened.last().first().toString(), QStringLiteral("onemap"));
        const qint64 shown = run->drillTable()->caseId(0);
        auto where = w.platform->context().database->exec("SELECT lon, lat FROM cases WHERE id = ?", {shown});
        QVERIFY(where && where.value().next());
        QCOMPARE(places.first().at(0).toDouble(), where.value().value(0).toDouble());
        QCOMPARE(places.first().at(1).toDouble(), where.value().value(1).toDouble());
        QVERIFY(!run->drillTable()->columnTitles().join(' ').contains("Longitude"));
        run->closeDrill();
        // The evaluation's figures do not drill here (the evaluation page does).
        QVERIFY(!run->drill("closure", 0));

        // A control: the district picked filters the sources bound to it; a value that is not
        // a district is refused and changes nothing.
        QVERIFY(run->setControl("district", district));
        QVERIFY(settle(run));
        QCOMPARE(qint64(run->table("open_total")->number(0, 0)), inDistrict);
        QVERIFY(!run->setControl("district", "999999"));
        QVERIFY(!run->setControl("nope", ""));
        QVERIFY(run->setControl("period", "thisMonth"));
        QVERIFY(settle(run));
        QVERIFY(run->table("reports_today")->error().isEmpty());
    }

    // A scenario file with an unknown widget, a broken source, a forbidden one: each says so on
    // its widget; the rest runs.
    void badPartsStayOnTheirWidgets()
    {
        test::ModuleWorkstation w;
        QVERIFY2(w.open(m_location, m_clock).isEmpty(), "workstation");
        QVERIFY(w.as("shift1").isEmpty());
        auto *ws = w.backend<ScenarioWorkspace>("scenario");
        auto doc = ScenarioDocument::parse(R"({"schemaVersion": 1, "title": "坏的", "canvas": {"width": 1920, "height": 1080},
          "sources": [
            {"id": "good", "dataset": "cases", "aggregates": [{"fn": "count", "as": "n"}]},
            {"id": "nodataset", "dataset": "weather"},
            {"id": "badfield", "dataset": "cases", "groupBy": ["colour"]},
            {"id": "sql", "dataset": "sql", "sql": "SELECT COUNT(*) FROM cases"}
          ],
          "widgets": [
            {"id": "a", "type": "kpi", "x": 0, "y": 0, "width": 300, "height": 200, "source": "good"},
            {"id": "b", "type": "hologram", "x": 300, "y": 0, "width": 300, "height": 200},
            {"id": "c", "type": "bar", "x": 600, "y": 0, "width": 300, "height": 200, "source": "nodataset"},
            {"id": "d", "type": "bar", "x": 900, "y": 0, "width": 300, "height": 200, "source": "badfield"},
            {"id": "e", "type": "table", "x": 0, "y": 200, "width": 300, "height": 200, "source": "sql"},
            {"id": "f", "type": "table", "x": 300, "y": 200, "width": 300, "height": 200, "source": "missing"}
          ]})");
        QVERIFY2(doc, qPrintable(doc.error().message));
        ws->show(doc.value(), QString());
        ScenarioRun *run = ws->run();
        QVERIFY(settle(run));
        QVERIFY(run->table("good")->error().isEmpty());
        QVERIFY(run->table("good")->number(0, 0) > 0);
        QVERIFY(run->widgetProblem("b").contains("hologram"));
        QVERIFY2(run->table("nodataset")->error().contains("weather"), qPrintable(run->table("nodataset")->error()));
        QVERIFY2(run->table("badfield")->error().contains("colour"), qPrintable(run->table("badfield")->error()));
        QVERIFY2(!run->table("sql")->error().isEmpty(), "a shift leader may not run SQL");
        QVERIFY(run->widgetProblem("f").contains("missing"));
        // An administrator may.
        QVERIFY(w.as("admin").isEmpty());
        run->refreshAll();
        QVERIFY(settle(run));
        QVERIFY2(run->table("sql")->error().isEmpty(), qPrintable(run->table("sql")->error()));
        QCOMPARE(run->table("sql")->number(0, 0), run->table("good")->number(0, 0));
        // Saving it: the store refuses nothing here (its parts are kept), and a broken document
        // could not have been opened at all.
        QVERIFY(ScenarioDocument::parse("{\"schemaVersion\": 1}").error().message.contains("canvas"));
    }

    // A report filed elsewhere reaches the screen through the change feed.
    void newsReachTheScreen()
    {
        test::ModuleWorkstation w;
        QVERIFY2(w.open(m_location, m_clock).isEmpty(), "workstation");
        QVERIFY(w.as("shift1").isEmpty());
        auto *ws = w.backend<ScenarioWorkspace>("scenario");
        QVERIFY(ws->open("template:1-daily-briefing"));
        QVERIFY(settle(ws->run()));
        const double before = ws->run()->table("reports_today")->number(0, 0);
        core::CaseRecord d;
        d.source = core::SourceChannel::LeaderAssignment;
        d.kind = core::TaxonomyKind::Matter;
        d.classCode = "06010";
        d.description = "场景测试";
        d.hasLocation = true;
        d.longitude = 113.0107;
        d.latitude = 28.1893;
        d.communityCode = "430102001001";
        QVERIFY(w.as("intake01").isEmpty());
        auto c = w.platform->context().cases->report(w.platform->session().user(), d);
        QVERIFY2(c, c ? "" : qPrintable(c.error().message));
        QVERIFY(w.as("shift1").isEmpty());
        w.platform->changeFeed().poll();
        QTRY_COMPARE_WITH_TIMEOUT(ws->run()->table("reports_today")->number(0, 0), before + 1, 20000);
    }

    // Editing: a widget added shows at once; saved, published, and a stale save from a second
    // workstation is refused naming who saved.
    void editSaveAndConflict()
    {
        test::ModuleWorkstation w;
        QVERIFY2(w.open(m_location, m_clock).isEmpty(), "workstation");
        QVERIFY(w.as("shift1").isEmpty());
        auto *ws = w.backend<ScenarioWorkspace>("scenario");
        QVERIFY(ws->open("template:3-civilized-city"));
        QVERIFY(settle(ws->run()));
        ws->edit();
        QVERIFY(ws->editing());
        CanvasEditor *editor = ws->editor();
        const int before = ws->run()->widgets()->rowCount();
        const QString id = editor->add("bar", 960, 540);
        QVERIFY(!id.isEmpty());
        // Every widget that shows data starts with the first source (a map as a chart); a clock none.
        const QString map = editor->add("map", 200, 200);
        QVERIFY(!ws->run()->widgets()->find(map)->source.isEmpty());
        QVERIFY(ws->run()->widgetProblem(map).isEmpty());
        QVERIFY(ws->run()->widgets()->find(editor->add("clock", 300, 300))->source.isEmpty());
        editor->undo();
        editor->undo();
        QCOMPARE(ws->run()->widgets()->rowCount(), before + 1);
        // A new source through the query builder, bound to the new widget.
        QueryBuilder *qb = ws->queryBuilder();
        const QString source = qb->create("cases");
        qb->setGroupBy({"district"});
        qb->setWindow("thisMonth", "reported_at");
        const QString firstSource = ws->run()->widgets()->find(id)->source; // the first, by default
        QVERIFY(!firstSource.isEmpty());
        editor->setSource(id, source);
        QVERIFY(settle(ws->run()));
        QVERIFY(ws->run()->table(source));
        QVERIFY2(ws->run()->table(source)->error().isEmpty(), qPrintable(ws->run()->table(source)->error()));
        QVERIFY(ws->run()->table(source)->count() >= 2);
        editor->undo(); // the source of the widget
        QCOMPARE(ws->run()->widgets()->find(id)->source, firstSource);
        editor->redo();
        editor->setTitle("创文巡查（测试）");
        QCOMPARE(ws->save(), QString());
        QVERIFY(ws->currentKey().startsWith("stored:"));
        QCOMPARE(ws->publish("first"), QString());
        const qint64 stored = ws->currentKey().mid(7).toLongLong();
        // The history: the revision with its note; the draft moved since compares in words, and
        // restoring the revision brings its screen back.
        QCOMPARE(ws->history()->rowCount(), 1);
        QCOMPARE(ws->history()->index(0).data(ScenarioHistory::NoteRole).toString(), QStringLiteral("first"));
        const int widgetsPublished = ws->run()->widgets()->rowCount();
        editor->add("text", 100, 100);
        QCOMPARE(ws->save(), QString());
        QVERIFY(ws->history()->compare(1));
        QVERIFY2(ws->history()->changes().join(QLatin1Char(10)).contains("text-1"), qPrintable(ws->history()->changes().join(QLatin1Char(10))));
        QCOMPARE(ws->restore(1), QString());
        QCOMPARE(ws->run()->widgets()->rowCount(), widgetsPublished);
        QVERIFY(!ws->editing());
        ws->edit();
        editor = ws->editor();

        // Another workstation saves first; this one's stale save is refused with who saved.
        test::ModuleWorkstation other;
        QVERIFY2(other.open(m_location, m_clock, "other-ws").isEmpty(), "second workstation");
        QVERIFY(other.as("shift2").isEmpty());
        auto *ws2 = other.backend<ScenarioWorkspace>("scenario");
        QVERIFY(ws2->open(ws->currentKey()));
        ws2->edit();
        ws2->editor()->setTitle("另一席位改的");
        QCOMPARE(ws2->save(), QString());
        editor->nudge(10, 0);
        const QString refused = ws->save();
        QVERIFY2(refused.contains("shift2"), qPrintable(refused));
        // The store kept the other workstation's version.
        core::SystemClock clock;
        auto draft = store::ScenarioRepository(*w.platform->context().database, clock).draft(stored);
        QVERIFY(draft);
        QVERIFY(draft.value().document.contains("另一席位改的"));
        ws->stopEditing(false);
    }

    // A source with no good read for three intervals is marked stale, and a good read clears
    // it; the editor changes the screen's size and theme in undoable steps.
    void lateSourcesAndTheScreen()
    {
        core::ManualClock clock(QDateTime::currentDateTimeUtc());
        test::ModuleWorkstation w;
        QVERIFY2(w.open(m_location, clock).isEmpty(), "workstation");
        QVERIFY(w.as("shift1").isEmpty());
        auto *ws = w.backend<ScenarioWorkspace>("scenario");
        QVERIFY(ws->open("template:1-daily-briefing"));
        ScenarioRun *run = ws->run();
        QVERIFY(settle(run));
        run->checkLate();
        QVERIFY(!run->table("open_now")->stale());
        // The clock widget's time is the city's by the platform's clock.
        QCOMPARE(run->cityTimeText(false),
                 clock.now().toTimeZone(w.platform->context().calendar->timeZone()).toString("HH:mm"));
        clock.advance(60 * 4); // four minutes: three intervals of 60 s and more
        run->checkLate();
        QVERIFY(run->table("open_now")->stale());
        QVERIFY(!run->table("open_now")->lastGoodText().isEmpty());
        run->refreshAll();
        QVERIFY(settle(run));
        QVERIFY(!run->table("open_now")->stale());

        ws->edit();
        CanvasEditor *editor = ws->editor();
        QVERIFY(editor->setCanvas(3840, 2160, "wall-dark"));
        QCOMPARE(run->canvasWidth(), 3840);
        QCOMPARE(run->theme(), QStringLiteral("wall-dark"));
        QVERIFY(!editor->setCanvas(100, 2160, "wall-dark"));
        QVERIFY(!editor->setCanvas(3840, 2160, "neon"));
        QVERIFY(editor->setRefreshSeconds(30));
        QCOMPARE(run->document().refreshSeconds(), 30);
        editor->undo();
        editor->undo();
        QCOMPARE(run->canvasWidth(), 1920);
        QCOMPARE(run->theme(), QStringLiteral("desk-light"));
        ws->stopEditing(false);
    }

    // The editor's panel and the history drawn: a widget selected, a revision compared.
    void editorAndHistoryDrawn()
    {
        test::ModuleWorkstation w;
        QVERIFY2(w.open(m_location, m_clock).isEmpty(), "workstation");
        QVERIFY(w.as("shift1").isEmpty());
        shell::ShellController controller(w.platform.get(), &w.host, QString(), "scenario", "zh_CN");
        QQmlApplicationEngine engine;
        engine.addImportPath("qrc:/");
        engine.load(QUrl("qrc:/Yiwang/Ui/Main.qml"));
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
        QVERIFY(QTest::qWaitForWindowExposed(window));
        auto *ws = w.backend<ScenarioWorkspace>("scenario");
        QVERIFY(ws->open("template:4-district-leader"));
        QVERIFY(settle(ws->run()));
        ws->edit();
        ws->editor()->setTitle(QStringLiteral("区领导视图（%1）").arg(QDateTime::currentMSecsSinceEpoch()));
        QCOMPARE(ws->save(), QString());
        QCOMPARE(ws->publish(QStringLiteral("首次发布")), QString());
        ws->editor()->select(QStringLiteral("reports"), false);
        ws->editor()->nudge(40, 0);
        ws->queryBuilder()->edit(QStringLiteral("by_street"));
        QQuickItem *panel = nullptr;
        QTRY_VERIFY((panel = test::findItem(window->contentItem(), "canvasWidth")) != nullptr);
        QTRY_VERIFY(panel->isVisible());
        QTest::qWait(300);
        const QImage editing = window->grabWindow();
        QCOMPARE(ws->save(), QString());
        QVERIFY(ws->history()->compare(1));
        QQuickItem *page = test::findItem(window->contentItem(), "scenarioPage");
        QVERIFY(page);
        QObject *history = page->findChild<QObject *>("historyPopup");
        QVERIFY(history);
        QMetaObject::invokeMethod(history, "open");
        QTRY_VERIFY(history->property("opened").toBool());
        QTest::qWait(300);
        const QImage compared = window->grabWindow();
        QVERIFY(compared != editing);
        if (qEnvironmentVariableIsSet("YW_SCREENSHOT_DIR")) {
            editing.save(QDir(qEnvironmentVariable("YW_SCREENSHOT_DIR")).filePath("scenario-editor.png"));
            compared.save(QDir(qEnvironmentVariable("YW_SCREENSHOT_DIR")).filePath("scenario-history.png"));
        }
        QVERIFY(ws->history()->changes().join(' ').contains("reports"));
        ws->stopEditing(false);
    }

    // Each template drawn offscreen: the canvas with its widgets, not blank.
    void everyTemplateRenders()
    {
        test::ModuleWorkstation w;
        QVERIFY2(w.open(m_location, m_clock).isEmpty(), "workstation");
        QVERIFY(w.as("shift1").isEmpty());
        shell::ShellController controller(w.platform.get(), &w.host, QString(), "scenario", "zh_CN");
        QQmlApplicationEngine engine;
        engine.addImportPath("qrc:/");
        engine.load(QUrl("qrc:/Yiwang/Ui/Main.qml"));
        QVERIFY(!engine.rootObjects().isEmpty());
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
        QVERIFY(QTest::qWaitForWindowExposed(window));
        auto *ws = w.backend<ScenarioWorkspace>("scenario");
        int maps = 0;
        for (const auto &t : ScenarioCatalog::templates()) {
            QVERIFY(ws->open(t.key));
            QVERIFY(settle(ws->run()));
            QQuickItem *canvas = nullptr;
            QTRY_VERIFY((canvas = test::findItem(window->contentItem(), "scenarioCanvas")) != nullptr);
            for (const ScenarioWidget &wd : ws->run()->document().widgets())
                QTRY_VERIFY2(test::findItem(canvas, "widget-" + wd.id), qPrintable(wd.id));
            QTest::qWait(300);
            const QImage shot = window->grabWindow();
            QVERIFY(!shot.isNull());
            if (qEnvironmentVariableIsSet("YW_SCREENSHOT_DIR"))
                shot.save(QDir(qEnvironmentVariable("YW_SCREENSHOT_DIR")).filePath(t.key.mid(9) + ".png"));
            // Not blank: the canvas's part of the picture has many colours (text, bars, lines).
            const QRectF r = canvas->mapRectToScene(QRectF(0, 0, canvas->width(), canvas->height()));
            const QImage part = shot.copy(r.toRect());
            QSet<QRgb> colours;
            for (int y = 0; y < part.height(); y += 3)
                for (int x = 0; x < part.width(); x += 3)
                    colours.insert(part.pixel(x, y));
            QVERIFY2(colours.size() > 200, qPrintable(QStringLiteral("%1: %2 colours").arg(t.key).arg(colours.size())));
            // A map: the areas filled by the figure (the typhoon's districts), or the rows as
            // points (the district leader's open cases).
            if (QQuickItem *map = test::findItem(canvas, "scenarioMap")) {
                QTRY_VERIFY2(map->property("filledAreas").toInt() + map->property("pointCount").toInt() > 0,
                             qPrintable(t.key));
                if (t.key.contains("typhoon"))
                    QVERIFY(map->property("filledAreas").toInt() >= 2);
                if (t.key.contains("leader") || t.key.contains("city-overview"))
                    QVERIFY(map->property("pointCount").toInt() > 0);
                ++maps;
            }
            // A KPI tile shows its figure.
            QQuickItem *value = nullptr;
            QTRY_VERIFY2((value = test::findItem(canvas, "kpiValue")) != nullptr, qPrintable(t.key));
            QVERIFY(value->property("text").toString() != QStringLiteral("—"));
        }
        QCOMPARE(maps, 3);
    }
};

QTEST_MAIN(TestScenarioModule)
#include "tst_scenariomodule.moc"
