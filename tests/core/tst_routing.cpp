// Routing: the most specific rule wins (area first, then class); component owners; no rule.
// Duplicate rules: the most specific class prefix.
#include "duplicaterules.h"
#include "routingtable.h"

#include <QTest>

using namespace yw::core;

class TestRouting : public QObject
{
    Q_OBJECT

private slots:
    void mostSpecificAreaThenClass()
    {
        RoutingTable t;
        t.setRules({
            {1, "", "", 100, false},                  // the city's default
            {2, "06", "430102", 200, false},          // 市容环境 in 芙蓉区
            {3, "06010", "430102", 300, false},       // 暴露垃圾 in 芙蓉区
            {4, "06", "430102001", 400, false},       // 市容环境 in one street
            {5, "01", "", 500, true},                 // components: by owner
        });
        QCOMPARE(t.route("06010", "430102001001001").departmentId, qint64(400)); // the street's rule wins
        QCOMPARE(t.route("06010", "430102002001001").departmentId, qint64(300)); // class rule in the district
        QCOMPARE(t.route("06011", "430102002001001").departmentId, qint64(200));
        QCOMPARE(t.route("09001", "430103001001001").departmentId, qint64(100));
        QCOMPARE(t.route("06010", "430102002001001").ruleId, qint64(3));
        const RoutingDecision owner = t.route("01002", "430103001001001", 777);
        QCOMPARE(owner.departmentId, qint64(777));
        QVERIFY(owner.fromComponentOwner);
        QCOMPARE(t.route("01002", "430103001001001", 0).departmentId, qint64(500)); // owner unknown
    }

    void noRuleNoDepartment()
    {
        RoutingTable t;
        t.setRules({{1, "06", "430102", 200, false}});
        QVERIFY(!t.route("09001", "430102001001001").isValid());
        QVERIFY(!t.route("06010", "430103001001001").isValid());
        QVERIFY(!RoutingTable().route("06010", "430102001001001").isValid());
    }

    void duplicateRules()
    {
        auto rules = DuplicateRules::builtIn();
        QVERIFY2(rules, qPrintable(rules.error().message));
        QCOMPARE(rules->ruleFor("09001").windowSeconds, qint64(4 * 3600));
        QCOMPARE(rules->ruleFor("01002").radiusM, 30.0);
        QCOMPARE(rules->ruleFor("10001").radiusM, 50.0); // the default
        auto bad = DuplicateRules::fromCsv("class,radius_m,window_hours\n06,-5,24\n", "bad.csv");
        QVERIFY(!bad);
        QVERIFY(bad.error().message.contains("bad.csv, row 2"));
    }
};

QTEST_GUILESS_MAIN(TestRouting)
#include "tst_routing.moc"
