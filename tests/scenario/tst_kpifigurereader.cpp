// KpiFigureReader: the evaluation's figures as a scenario's source on the small demo city: the
// engine's own numbers under the chosen columns, a relative period moving with the clock, and the
// rows a restricted user may see, the rest refused; bad columns and periods refused with the reason.
#include "arearepository.h"
#include "caseservice.h"
#include "democitybuilder.h"
#include "kpiengine.h"
#include "kpifigurereader.h"
#include "kpiperiod.h"
#include "migrator.h"
#include "taxonomy.h"
#include "timelimittable.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace yw::core;
using namespace yw::evaluation;
using yw::scenario::KpiFigureQuery;
using yw::scenario::KpiFigureReader;

class TestKpiFigureReader : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<yw::store::Database> m_db;
    const QTimeZone m_zone = QTimeZone(QByteArrayLiteral("Asia/Shanghai"));
    ManualClock m_clock{QDateTime(QDate(2026, 11, 20), QTime(12, 0), QTimeZone(QByteArrayLiteral("Asia/Shanghai")))};
    Taxonomy m_taxonomy = Taxonomy::load(TaxonomyStandard::Id::Gbt47678_2026).value();
    WorkCalendar m_calendar = WorkCalendar::chinaMainland();
    TimeLimitTable m_limits = TimeLimitTable::builtIn(m_calendar).value();
    AreaHierarchy m_areas;
    User m_leader;

    KpiFactsUpdater::Rules rules() { return {m_calendar, m_limits, m_taxonomy, m_areas}; }

private slots:
    void initTestCase()
    {
        auto db = yw::store::Database::open(yw::store::DatabaseLocation::sqliteFile(m_dir.filePath("city.sqlite")),
                                            yw::store::Database::OpenMode::CreateIfMissing);
        QVERIFY2(db, qPrintable(db.error().message));
        m_db = std::move(db.value());
        yw::demo::DemoCityBuilder::Options o;
        o.end = m_clock.now();
        auto built = yw::demo::DemoCityBuilder::build(*m_db, o, {});
        QVERIFY2(built, qPrintable(built.error().message));
        m_areas = yw::store::AreaRepository(*m_db).load().value();
        m_leader.login = QStringLiteral("leader1");
        m_leader.roles = Role::Leader;
    }

    void theEnginesNumbersUnderTheChosenColumns()
    {
        KpiFigureReader reader(*m_db, m_clock, rules());
        KpiFigureQuery q;
        q.period = QStringLiteral("2026-10");
        q.by = Dimension::District;
        q.columns = {KpiColumn::count(Counter::Closed).id(), KpiColumn::rate(Rate::Closure).id(),
                     QStringLiteral("due_closure")};
        auto t = reader.run(q, m_leader);
        QVERIFY2(t, qPrintable(t.error().message));
        QCOMPARE(t.value().columns,
                 QStringList({"key", "name", q.columns[0], q.columns[1], "due_closure", "composite", "grade", "rank"}));
        QVERIFY(t.value().rows.size() >= 2);
        // The same numbers as the engine computes for the period.
        KpiFactsUpdater updater(*m_db, rules());
        const KpiPeriod october = KpiPeriod::month(2026, 10);
        auto engine = updater.engine(october.fromMs(m_zone), october.toMs(m_zone));
        const KpiResult expected = engine.value()->compute(october, Dimension::District);
        QCOMPARE(t.value().rows.size(), qsizetype(expected.rows.size()));
        for (qsizetype i = 0; i < t.value().rows.size(); ++i) {
            const QVariantList &row = t.value().rows[i];
            const KpiRow &e = expected.rows[size_t(i)];
            QCOMPARE(row[0].toString(), e.key);
            QCOMPARE(row[2].toLongLong(), e.count(Counter::Closed));
            QCOMPARE(row[3].toDouble(), e.value(Rate::Closure));
            QVERIFY(e.count(Counter::Closed) > 0);
        }
    }

    void aRelativePeriodMovesWithTheClock()
    {
        KpiFigureReader reader(*m_db, m_clock, rules());
        KpiFigureQuery q; // this-month by department
        q.columns = {KpiColumn::count(Counter::Reports).id()};
        auto november = reader.run(q, m_leader);
        QVERIFY2(november, qPrintable(november.error().message));
        qint64 reported = 0;
        for (const QVariantList &row : november.value().rows)
            reported += row[2].toLongLong();
        QVERIFY(reported > 0);
        m_clock.set(QDateTime(QDate(2027, 1, 5), QTime(9, 0), m_zone)); // nothing reported in January
        auto january = reader.run(q, m_leader);
        qint64 none = 0;
        for (const QVariantList &row : january.value().rows)
            none += row[2].toLongLong();
        QCOMPARE(none, 0);
        m_clock.set(QDateTime(QDate(2026, 11, 20), QTime(12, 0), m_zone));
    }

    void restrictedUsersSeeTheirRows()
    {
        KpiFigureReader reader(*m_db, m_clock, rules());
        KpiFigureQuery byDistrict;
        byDistrict.period = QStringLiteral("2026-10");
        byDistrict.by = Dimension::District;
        User fuRong;
        fuRong.login = QStringLiteral("dispatcher-furong");
        fuRong.roles = Role::Dispatcher;
        fuRong.scopeAreas = {QStringLiteral("430102")};
        auto t = reader.run(byDistrict, fuRong);
        QVERIFY2(t, qPrintable(t.error().message));
        QCOMPARE(t.value().rows.size(), 1);
        QCOMPARE(t.value().rows[0][0].toString(), QStringLiteral("430102"));
        KpiFigureQuery byDepartment = byDistrict;
        byDepartment.by = Dimension::Department;
        QCOMPARE(reader.run(byDepartment, fuRong).error().code, Error::Code::Forbidden);
        // A department handler: their own department's row only.
        const auto all = reader.run(byDepartment, m_leader).value();
        QVERIFY(all.rows.size() > 2);
        User handler;
        handler.login = QStringLiteral("handler");
        handler.roles = Role::DepartmentHandler;
        handler.departmentId = all.rows[1][0].toLongLong();
        t = reader.run(byDepartment, handler);
        QCOMPARE(t.value().rows.size(), 1);
        QCOMPARE(t.value().rows[0][0].toString(), all.rows[1][0].toString());
        QCOMPARE(reader.run(byDistrict, handler).error().code, Error::Code::Forbidden);
    }

    void theEngineIsKeptWhileNothingChanges()
    {
        KpiFigureReader reader(*m_db, m_clock, rules());
        KpiFigureQuery q;
        q.by = Dimension::District;
        q.columns = {KpiColumn::count(Counter::Reports).id()};
        auto sum = [&] {
            qint64 n = 0;
            for (const QVariantList &row : reader.run(q, m_leader).value().rows)
                n += row[2].toLongLong();
            return n;
        };
        const qint64 before = sum();
        QCOMPARE(reader.enginesBuilt(), 1);
        QCOMPARE(sum(), before);
        QCOMPARE(reader.enginesBuilt(), 1); // nothing new: the same engine
        // A new report: its facts are built, the engine read again, the figure moves.
        CaseRecord d;
        d.source = SourceChannel::Patrol;
        d.kind = TaxonomyKind::Matter;
        d.classCode = QStringLiteral("06010");
        d.description = QStringLiteral("识字里路口暴露垃圾");
        d.hasLocation = true;
        d.longitude = 113.0107;
        d.latitude = 28.1893;
        d.communityCode = QStringLiteral("430102001001");
        yw::store::CaseService cases(*m_db, m_clock, {m_taxonomy, m_calendar, m_limits, m_areas});
        User inspector;
        inspector.id = 1;
        inspector.login = QStringLiteral("inspector-test");
        inspector.roles = Role::FieldInspector;
        auto reported = cases.report(inspector, d);
        QVERIFY2(reported, qPrintable(reported.error().message));
        QCOMPARE(sum(), before + 1);
        QCOMPARE(reader.enginesBuilt(), 2);
        // Another period: another engine.
        q.period = QStringLiteral("2026-10");
        sum();
        QCOMPARE(reader.enginesBuilt(), 3);

        // Told which cases changed (the change feed): only their facts are rebuilt and folded
        // into the kept engine, which moves with them.
        q.period = QStringLiteral("this-month");
        const qint64 now = sum();
        QCOMPARE(reader.enginesBuilt(), 4);
        auto second = cases.report(inspector, d);
        QVERIFY2(second, qPrintable(second.error().message));
        const QList<qint64> none, changed{second.value().id};
        auto told = [&](const QList<qint64> &ids) {
            qint64 n = 0;
            for (const QVariantList &row : reader.run(q, m_leader, &ids).value().rows)
                n += row[2].toLongLong();
            return n;
        };
        QCOMPARE(told(none), now); // not told yet: the engine as it was
        QCOMPARE(told(changed), now + 1);
        QCOMPARE(reader.enginesBuilt(), 4);
        QCOMPARE(sum(), now + 1); // a whole check finds nothing more to do
        QCOMPARE(reader.enginesBuilt(), 4);
    }

    void badColumnsAndPeriodsAreRefused()
    {
        KpiFigureReader reader(*m_db, m_clock, rules());
        KpiFigureQuery q;
        q.columns = {QStringLiteral("happiness")};
        auto t = reader.run(q, m_leader);
        QCOMPARE(t.error().code, Error::Code::InvalidInput);
        QVERIFY(t.error().message.contains(QLatin1String("happiness")));
        q.columns = {};
        q.period = QStringLiteral("the-golden-age");
        QCOMPARE(reader.run(q, m_leader).error().code, Error::Code::InvalidInput);
        QCOMPARE(KpiFigureQuery::fromJson(QJsonObject{{"by", "galaxy"}}).error().code, Error::Code::InvalidInput);
        auto json = KpiFigureQuery::fromJson(QJsonDocument::fromJson(R"({"dataset": "kpi", "period": "last-month",
            "by": "street", "columns": ["due_closure"], "limit": 5})").object());
        QVERIFY2(json, qPrintable(json.error().message));
        QCOMPARE(json.value().by, Dimension::Street);
        QCOMPARE(KpiFigureQuery::fromJson(json.value().toJson()).value().toJson(), json.value().toJson());
    }
};

QTEST_GUILESS_MAIN(TestKpiFigureReader)
#include "tst_kpifigurereader.moc"
