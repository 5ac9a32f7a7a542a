// DatasetReader: a scenario's data source answered from the case database on both backends:
// counts by district today that roll over at midnight by the clock, top-N classes, days of the
// week in city time, a control's parameter, a district-scoped user and a department handler seeing
// only theirs, hostile names and values refused or treated as values, never as SQL.
#include "caserepository.h"
#include "datasetreader.h"
#include "storefixture.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace yw::core;
using namespace yw::store;

namespace {
DatasetQuery countByDistrictToday()
{
    DatasetQuery q;
    q.dataset = QStringLiteral("cases");
    q.groupBy = {{QStringLiteral("district"), DatasetGroup::Bucket::None}};
    q.aggregates = {{DatasetAggregate::Fn::Count, {}, QStringLiteral("cases")}};
    q.orderBy = QStringLiteral("district");
    q.window = {DatasetTimeWindow::Relative::Today, QStringLiteral("reported_at"), {}, {}, {}, 0};
    return q;
}

QMap<QString, qint64> asMap(const DatasetReader::Table &t)
{
    QMap<QString, qint64> out;
    for (const QVariantList &row : t.rows)
        out.insert(row[0].toString(), row[1].toLongLong());
    return out;
}
} // namespace

class TestDatasetReader : public QObject
{
    Q_OBJECT
    yw::test::TestBackend m_backend;
    yw::test::StoreFixture f;
    QTimeZone zone = QTimeZone(QByteArrayLiteral("Asia/Shanghai"));

    // A report in a community at the clock's time, of a class.
    void report(const QString &community, const QString &classCode)
    {
        CaseRecord d = yw::test::StoreFixture::garbageDraft();
        d.communityCode = community;
        d.classCode = classCode;
        auto c = f.cases->report(f.user(Role::IntakeOperator), d);
        QVERIFY2(c, qPrintable(c.error().message));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_backend.setUp().isEmpty(), "cluster");
        QVERIFY2(f.open(m_backend).isEmpty(), "fixture");
        // Sunday 22 November 2026 (city time): one case; Monday 23rd: four.
        f.clock.set(QDateTime(QDate(2026, 11, 22), QTime(20, 0), zone));
        report(QStringLiteral("430102001001"), QStringLiteral("06010"));
        f.clock.set(QDateTime(QDate(2026, 11, 23), QTime(8, 0), zone));
        report(QStringLiteral("430102001001"), QStringLiteral("06010"));
        report(QStringLiteral("430102001002"), QStringLiteral("06010"));
        report(QStringLiteral("430104001001"), QStringLiteral("06010"));
        report(QStringLiteral("430104001002"), QStringLiteral("06011"));
    }
    void cleanupTestCase()
    {
        f.cases.reset();
        f.db.reset();
        m_backend.tearDown();
    }

    void todayRollsOverAtMidnight()
    {
        DatasetReader reader(*f.db, f.clock, zone);
        const User &leader = f.user(Role::Leader);
        f.clock.set(QDateTime(QDate(2026, 11, 23), QTime(23, 59), zone));
        auto t = reader.run(countByDistrictToday(), {}, leader);
        QVERIFY2(t, qPrintable(t.error().message));
        QCOMPARE(t.value().columns, QStringList({"district", "cases"}));
        QCOMPARE(asMap(t.value()), (QMap<QString, qint64>{{"430102", 2}, {"430104", 2}}));
        // Left running past midnight, the same query shows the new day.
        f.clock.set(QDateTime(QDate(2026, 11, 24), QTime(0, 1), zone));
        QVERIFY(reader.run(countByDistrictToday(), {}, leader).value().rows.isEmpty());
        DatasetQuery yesterday = countByDistrictToday();
        yesterday.window.relative = DatasetTimeWindow::Relative::Yesterday;
        QCOMPARE(asMap(reader.run(yesterday, {}, leader).value()), (QMap<QString, qint64>{{"430102", 2}, {"430104", 2}}));
        f.clock.set(QDateTime(QDate(2026, 11, 23), QTime(12, 0), zone));
    }

    // The period before (a KPI tile's comparison) and a period chosen by a control.
    void periodBeforeAndPeriodControl()
    {
        DatasetReader reader(*f.db, f.clock, zone);
        const User &leader = f.user(Role::Leader);
        const QDateTime now(QDate(2026, 11, 23), QTime(12, 0), zone); // a Monday
        using R = DatasetTimeWindow::Relative;
        auto day = [&](int y, int m, int d) { return QDateTime(QDate(y, m, d), QTime(0, 0), zone); };
        QCOMPARE(DatasetReader::windowAt(R::Today, now, zone, 1), std::pair(day(2026, 11, 22), day(2026, 11, 23)));
        QCOMPARE(DatasetReader::windowAt(R::ThisWeek, now, zone, 1), std::pair(day(2026, 11, 16), day(2026, 11, 23)));
        QCOMPARE(DatasetReader::windowAt(R::ThisMonth, now, zone, 1), std::pair(day(2026, 10, 1), day(2026, 11, 1)));
        QCOMPARE(DatasetReader::windowAt(R::LastMonth, now, zone, 1), std::pair(day(2026, 9, 1), day(2026, 10, 1)));
        QCOMPARE(DatasetReader::windowAt(R::Last7Days, now, zone, 1), std::pair(day(2026, 11, 10), day(2026, 11, 17)));
        QCOMPARE(DatasetReader::windowAt(R::Last30Days, now, zone, 0), std::pair(day(2026, 10, 25), day(2026, 11, 24)));

        DatasetQuery before = countByDistrictToday();
        before.window.back = 1; // yesterday, the 22nd: the one report of 20:00
        auto t = reader.run(before, {}, leader);
        QVERIFY2(t, qPrintable(t.error().message));
        qint64 total = 0;
        for (const auto &row : t.value().rows)
            total += row[1].toLongLong();
        QCOMPARE(total, 1);
        // A period control: "yesterday" replaces today; empty keeps it; garbage is refused.
        DatasetQuery picked = countByDistrictToday();
        picked.window.parameter = QStringLiteral("period");
        QCOMPARE(asMap(reader.run(picked, {}, leader).value()), (QMap<QString, qint64>{{"430102", 2}, {"430104", 2}}));
        t = reader.run(picked, {{"period", "yesterday"}}, leader);
        QVERIFY2(t, qPrintable(t.error().message));
        QCOMPARE(t.value().rows.size(), 1);
        t = reader.run(picked, {{"period", "fortnight"}}, leader);
        QVERIFY(!t);
        QVERIFY2(t.error().message.contains("fortnight") && t.error().message.contains("period"), qPrintable(t.error().message));
        // The JSON keeps both.
        auto back = DatasetQuery::fromJson(picked.toJson());
        QVERIFY(back);
        QCOMPARE(back.value().window.parameter, QStringLiteral("period"));
        QVERIFY(!DatasetQuery::fromJson(QJsonDocument::fromJson(R"({"dataset": "cases",
            "window": {"relative": "today", "field": "reported_at", "back": -1}})").object()));
    }

    void topClassesAndDaysInCityTime()
    {
        DatasetReader reader(*f.db, f.clock, zone);
        const User &leader = f.user(Role::Leader);
        DatasetQuery top;
        top.dataset = QStringLiteral("cases");
        top.groupBy = {{QStringLiteral("class_code"), DatasetGroup::Bucket::None}};
        top.aggregates = {{DatasetAggregate::Fn::Count, {}, QStringLiteral("n")}};
        top.orderBy = QStringLiteral("n");
        top.descending = true;
        top.limit = 1;
        auto t = reader.run(top, {}, leader);
        QVERIFY2(t, qPrintable(t.error().message));
        QCOMPARE(t.value().rows.size(), 1);
        QCOMPARE(t.value().rows[0][0].toString(), QStringLiteral("06010"));
        QCOMPARE(t.value().rows[0][1].toLongLong(), 4);

        DatasetQuery days;
        days.dataset = QStringLiteral("cases");
        days.groupBy = {{QStringLiteral("reported_at"), DatasetGroup::Bucket::Day}};
        days.aggregates = {{DatasetAggregate::Fn::Count, {}, QStringLiteral("n")}};
        days.orderBy = QStringLiteral("reported_at");
        t = reader.run(days, {}, leader);
        QVERIFY2(t, qPrintable(t.error().message));
        QCOMPARE(t.value().rows.size(), 2); // 20:00 on the 22nd is still the 22nd in Changsha
        QCOMPARE(t.value().rows[0][0].toLongLong(), QDateTime(QDate(2026, 11, 22), QTime(0, 0), zone).toMSecsSinceEpoch());
        QCOMPARE(t.value().rows[1][1].toLongLong(), 4);
        days.groupBy[0].bucket = DatasetGroup::Bucket::Week;
        t = reader.run(days, {}, leader);
        QCOMPARE(t.value().rows.size(), 2); // Sunday ends a week, Monday starts one
        QCOMPARE(t.value().rows[1][0].toLongLong(), QDateTime(QDate(2026, 11, 23), QTime(0, 0), zone).toMSecsSinceEpoch());
        days.groupBy[0].bucket = DatasetGroup::Bucket::Month;
        t = reader.run(days, {}, leader);
        QCOMPARE(t.value().rows.size(), 1);
        QCOMPARE(t.value().rows[0][0].toString(), QStringLiteral("2026-11"));
    }

    void aControlBindsAParameter()
    {
        DatasetReader reader(*f.db, f.clock, zone);
        DatasetQuery q = countByDistrictToday();
        q.window = {};
        q.filters = {{QStringLiteral("district"), DatasetFilter::Op::Equals, {}, QStringLiteral("district")}};
        const User &leader = f.user(Role::Leader);
        QCOMPARE(asMap(reader.run(q, {{"district", "430104"}}, leader).value()), (QMap<QString, qint64>{{"430104", 2}}));
        // The control on "all": the filter is dropped.
        QCOMPARE(asMap(reader.run(q, {{"district", ""}}, leader).value()).size(), 2);
        // Several districts from the control need an "in" filter.
        QCOMPARE(reader.run(q, {{"district", QStringList{"430102", "430104"}}}, leader).error().code,
                 Error::Code::InvalidInput);
        q.filters[0].op = DatasetFilter::Op::In;
        QCOMPARE(asMap(reader.run(q, {{"district", QStringList{"430102", "430104"}}}, leader).value()).size(), 2);
    }

    void scopesAreEnforcedInTheStore()
    {
        DatasetReader reader(*f.db, f.clock, zone);
        DatasetQuery q = countByDistrictToday();
        q.window = {};
        User fuRong = f.user(Role::Dispatcher);
        fuRong.scopeAreas = {QStringLiteral("430102")};
        QCOMPARE(asMap(reader.run(q, {}, fuRong).value()), (QMap<QString, qint64>{{"430102", 3}}));
        User community = f.user(Role::Dispatcher);
        community.scopeAreas = {QStringLiteral("430104001002")};
        QCOMPARE(asMap(reader.run(q, {}, community).value()), (QMap<QString, qint64>{{"430104", 1}}));
        // A department handler sees its own department's cases: none are dispatched yet.
        const User &handler = f.user(Role::DepartmentHandler);
        QVERIFY(reader.run(q, {}, handler).value().rows.isEmpty());
        // Datasets without places or departments are refused to restricted users.
        DatasetQuery depts;
        depts.dataset = QStringLiteral("departments");
        QCOMPARE(reader.run(depts, {}, fuRong).error().code, Error::Code::Forbidden);
        QVERIFY(reader.run(depts, {}, f.user(Role::Leader)));
        User gone = f.user(Role::Leader);
        gone.active = false;
        QCOMPARE(reader.run(q, {}, gone).error().code, Error::Code::Forbidden);
    }

    void hostileInputIsAValueOrRefused()
    {
        DatasetReader reader(*f.db, f.clock, zone);
        const User &leader = f.user(Role::Leader);
        DatasetQuery q;
        q.dataset = QStringLiteral("cases; DROP TABLE cases");
        QCOMPARE(reader.run(q, {}, leader).error().code, Error::Code::InvalidInput);
        q.dataset = QStringLiteral("cases");
        q.fields = {QStringLiteral("case_number), (SELECT password_hash FROM users")};
        QCOMPARE(reader.run(q, {}, leader).error().code, Error::Code::InvalidInput);
        q.fields = {QStringLiteral("case_number")};
        q.filters = {{QStringLiteral("description"), DatasetFilter::Op::Contains, {"x%' OR 1=1 --"}, {}}};
        auto t = reader.run(q, {}, leader);
        QVERIFY2(t, qPrintable(t.error().message));
        QVERIFY(t.value().rows.isEmpty()); // a value, matched literally
        q.filters = {{QStringLiteral("description"), DatasetFilter::Op::Contains, {"识字里"}, {}}};
        QCOMPARE(reader.run(q, {}, leader).value().rows.size(), 5);
        q.filters = {{QStringLiteral("supervision_level"), DatasetFilter::Op::Equals, {"1 OR 1=1"}, {}}};
        QCOMPARE(reader.run(q, {}, leader).error().code, Error::Code::InvalidInput);
        q.filters = {{QStringLiteral("district"), DatasetFilter::Op::Equals, {"430102", "430104"}, {}}};
        QCOMPARE(reader.run(q, {}, leader).error().code, Error::Code::InvalidInput);
        q.filters = {};
        q.limit = DatasetQuery::kMaxRows + 1;
        QCOMPARE(reader.run(q, {}, leader).error().code, Error::Code::InvalidInput);
        q.limit = 10;
        q.aggregates = {{DatasetAggregate::Fn::Sum, QStringLiteral("description"), {}}};
        q.fields = {};
        QCOMPARE(reader.run(q, {}, leader).error().code, Error::Code::InvalidInput);
        q.aggregates = {};
        User scoped = leader;
        scoped.scopeAreas = {QStringLiteral("4301' OR '1'='1")};
        QCOMPARE(reader.run(q, {}, scoped).error().code, Error::Code::Forbidden);
    }

    void everyDatasetAnswers()
    {
        // Every field of every dataset, plain and grouped by each field, on this backend: the
        // catalog's SQL is checked, not only the datasets the other cases use.
        DatasetReader reader(*f.db, f.clock, zone);
        const User &leader = f.user(Role::Leader);
        for (const Dataset &ds : DatasetCatalog::all()) {
            DatasetQuery all;
            all.dataset = ds.name;
            all.limit = 5;
            auto t = reader.run(all, {}, leader);
            QVERIFY2(t, qPrintable(ds.name + ": " + t.error().message));
            QCOMPARE(t.value().columns.size(), ds.fields.size());
            for (const DatasetField &field : ds.fields) {
                DatasetQuery grouped;
                grouped.dataset = ds.name;
                grouped.groupBy = {{field.name, field.type == DatasetField::Type::Time ? DatasetGroup::Bucket::Day
                                                                                       : DatasetGroup::Bucket::None}};
                grouped.aggregates = {{DatasetAggregate::Fn::Count, {}, {}}, {DatasetAggregate::Fn::Max, field.name, {}}};
                auto g = reader.run(grouped, {}, leader);
                QVERIFY2(g, qPrintable(ds.name + "." + field.name + ": " + g.error().message));
            }
        }
        DatasetQuery facts;
        facts.dataset = QStringLiteral("cases");
        facts.aggregates = {{DatasetAggregate::Fn::Count, {}, {}}};
        QCOMPARE(reader.run(facts, {}, leader).value().rows[0][0].toLongLong(), 5);
        // Missing values sort last, going up or down, on both backends: a case's step deadline
        // (the fixture's first case is given none and its last one a deadline, so both are there).
        auto open = yw::store::CaseRepository(*f.db).find({});
        QVERIFY(open && open.value().size() >= 2);
        QVERIFY(f.db->exec(QStringLiteral("UPDATE cases SET step_deadline = NULL WHERE id = ?"), {open.value().first().id}));
        QVERIFY(f.db->exec(QStringLiteral("UPDATE cases SET step_deadline = 1800000000000 WHERE id = ?"), {open.value().last().id}));
        DatasetQuery byDeadline;
        byDeadline.dataset = QStringLiteral("cases");
        byDeadline.fields = {QStringLiteral("id"), QStringLiteral("deadline")};
        byDeadline.orderBy = QStringLiteral("deadline");
        for (bool down : {false, true}) {
            byDeadline.descending = down;
            auto t = reader.run(byDeadline, {}, leader);
            QVERIFY2(t, qPrintable(t.error().message));
            bool seenNull = false, seenValue = false;
            for (const QVariantList &row : t.value().rows) {
                QVERIFY2(!(seenNull && !row[1].isNull()), "a value after a missing one");
                seenNull = seenNull || row[1].isNull();
                seenValue = seenValue || !row[1].isNull();
            }
            QVERIFY(seenNull && seenValue);
        }
    }

    void aSourceIsJsonAndBack()
    {
        const QJsonObject json = QJsonDocument::fromJson(R"({"dataset": "cases", "groupBy": ["district",
            {"field": "reported_at", "bucket": "day"}], "aggregates": [{"fn": "count", "as": "n"}],
            "filters": [{"field": "district", "op": "in", "value": ["430102"], "parameter": "district"}],
            "orderBy": "n", "descending": true, "limit": 5,
            "window": {"relative": "last7Days", "field": "reported_at"}})")
                                     .object();
        auto q = DatasetQuery::fromJson(json);
        QVERIFY2(q, qPrintable(q.error().message));
        QCOMPARE(q.value().groupBy.size(), 2);
        QCOMPARE(q.value().window.relative, DatasetTimeWindow::Relative::Last7Days);
        auto again = DatasetQuery::fromJson(q.value().toJson());
        QVERIFY(again);
        QCOMPARE(again.value().toJson(), q.value().toJson());
        QCOMPARE(DatasetQuery::fromJson(QJsonObject{{"dataset", "cases"}, {"filters", QJsonArray{QJsonObject{{"field", "x"}, {"op", "like"}}}}})
                     .error()
                     .code,
                 Error::Code::InvalidInput);
        DatasetReader reader(*f.db, f.clock, zone);
        QVERIFY(reader.run(q.value(), {}, f.user(Role::Leader)));
    }
};

QTEST_GUILESS_MAIN(TestDatasetReader)
#include "tst_datasetreader.moc"
