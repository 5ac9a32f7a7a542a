#include "areacode.h"
#include "areahierarchy.h"
#include "csvtable.h"

#include <QFile>
#include <QTest>

using namespace yw::core;

class TestAreaCode : public QObject
{
    Q_OBJECT
private slots:
    void validate_data();
    void validate();
    void parentsAndAncestors();
    void changshaReferenceDataBuildsAValidTree();
    void hierarchyRejectsBadNodes();
    void responsibilityGrids();
};

void TestAreaCode::validate_data()
{
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("valid");
    const int city = int(AreaLevel::City), district = int(AreaLevel::District),
              street = int(AreaLevel::Street), community = int(AreaLevel::Community),
              grid = int(AreaLevel::UnitGrid);
    QTest::newRow("Changsha city") << city << "430100" << true;
    QTest::newRow("city not ending 00") << city << "430102" << false;
    QTest::newRow("芙蓉区") << district << "430102" << true;
    QTest::newRow("district ending 00") << district << "430100" << false;
    QTest::newRow("unknown province") << district << "990102" << false;
    QTest::newRow("文艺路街道") << street << "430102001" << true;
    QTest::newRow("street 000") << street << "430102000" << false;
    QTest::newRow("识字里社区") << community << "430102001001" << true;
    QTest::newRow("community 000") << community << "430102001000" << false;
    QTest::newRow("unit grid") << grid << "430102001001001" << true;
    QTest::newRow("grid sequence 000") << grid << "430102001001000" << false;
    QTest::newRow("grid 14 digits (CJ/T 213-2005)") << grid << "43010200100101" << false;
    QTest::newRow("grid with letters") << grid << "43010200100100A" << false;
}

void TestAreaCode::validate()
{
    QFETCH(int, level);
    QFETCH(QString, code);
    QFETCH(bool, valid);
    const Status s = AreaCode::validate(AreaLevel(level), code);
    QCOMPARE(s.ok(), valid);
    if (!valid)
        QVERIFY(!s.error().message.isEmpty());
}

void TestAreaCode::parentsAndAncestors()
{
    QCOMPARE(AreaCode::parentOf(QStringLiteral("430102001001001")), QStringLiteral("430102001001"));
    QCOMPARE(AreaCode::parentOf(QStringLiteral("430102001")), QStringLiteral("430102"));
    QCOMPARE(AreaCode::parentOf(QStringLiteral("430102")), QStringLiteral("430100"));
    QCOMPARE(AreaCode::parentOf(QStringLiteral("430100")), QString());
    QCOMPARE(AreaCode::ancestorAt(QStringLiteral("430102001001001"), AreaLevel::Street), QStringLiteral("430102001"));
    QCOMPARE(AreaCode::ancestorAt(QStringLiteral("430102001001001"), AreaLevel::City), QStringLiteral("430100"));
    QCOMPARE(AreaCode::levelOf(QStringLiteral("430102001001")).value(), AreaLevel::Community);
    QVERIFY(!AreaCode::levelOf(QStringLiteral("4301")));
}

void TestAreaCode::changshaReferenceDataBuildsAValidTree()
{
    AreaHierarchy h;
    QVERIFY(h.add({QStringLiteral("430100"), QStringLiteral("长沙市"), AreaLevel::City, {}}));
    for (const auto &[code, name] : {std::pair{"430102", "芙蓉区"}, {"430103", "天心区"},
                                     {"430104", "岳麓区"}, {"430105", "开福区"}, {"430111", "雨花区"}})
        QVERIFY(h.add({QString::fromLatin1(code), QString::fromUtf8(name), AreaLevel::District, {}}));
    for (const auto &[file, level] : {std::pair{"streets", AreaLevel::Street}, {"communities", AreaLevel::Community}}) {
        QFile f(QStringLiteral(":/yiwang/city/changsha/%1.csv").arg(QLatin1String(file)));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto t = CsvTable::parse(f.readAll(), QString::fromLatin1(file)).value();
        for (int r = 0; r < t.rowCount(); ++r) {
            const Status s = h.add({t.value(r, QStringLiteral("code")), t.value(r, QStringLiteral("name")), level, {}});
            QVERIFY2(s, qPrintable(s.error().message));
        }
    }
    QCOMPARE(h.areas(AreaLevel::Street).size(), 77);
    QCOMPARE(h.areas(AreaLevel::Community).size(), 660);
    const QList<Area> path = h.path(QStringLiteral("430102001001"));
    QCOMPARE(path.size(), 4);
    QCOMPARE(path.at(2).name, QStringLiteral("文艺路街道"));
    QCOMPARE(path.at(3).name, QStringLiteral("识字里社区居委会"));
}

void TestAreaCode::hierarchyRejectsBadNodes()
{
    AreaHierarchy h;
    QVERIFY(h.add({QStringLiteral("430102"), QStringLiteral("芙蓉区"), AreaLevel::District, {}}));
    QVERIFY(!h.add({QStringLiteral("430102"), QStringLiteral("重复"), AreaLevel::District, {}}));
    QVERIFY(!h.add({QStringLiteral("430103001"), QStringLiteral("无上级"), AreaLevel::Street, {}}));
    QVERIFY(!h.add({QStringLiteral("430102001"), QString(), AreaLevel::Street, {}}));
    QVERIFY(!h.add({QStringLiteral("430102001"), QStringLiteral("错位"), AreaLevel::Street, QStringLiteral("430103")}));
    QCOMPARE(h.size(), 1);
}

void TestAreaCode::responsibilityGrids()
{
    AreaHierarchy h;
    QVERIFY(h.add({QStringLiteral("430102"), QStringLiteral("芙蓉区"), AreaLevel::District, {}}));
    QVERIFY(h.add({QStringLiteral("430102001"), QStringLiteral("文艺路街道"), AreaLevel::Street, {}}));
    QVERIFY(h.add({QStringLiteral("430102001001"), QStringLiteral("识字里社区"), AreaLevel::Community, {}}));
    QVERIFY(h.add({QStringLiteral("430102001001001"), QStringLiteral("1"), AreaLevel::UnitGrid, {}}));
    QVERIFY(h.add({QStringLiteral("430102001001002"), QStringLiteral("2"), AreaLevel::UnitGrid, {}}));
    ResponsibilityGrid r{QStringLiteral("R430102-01"), QStringLiteral("文艺路一组"), QStringLiteral("430102"),
                         {QStringLiteral("430102001001001"), QStringLiteral("430102001001002")}};
    QVERIFY(h.addResponsibilityGrid(r));
    QVERIFY(!h.addResponsibilityGrid(r)); // twice
    r.code = QStringLiteral("R2");
    r.unitGridCodes = {QStringLiteral("430102001001003")};
    QVERIFY(!h.addResponsibilityGrid(r)); // unknown grid
    QCOMPARE(h.responsibilityGrids().size(), 1);
}

QTEST_GUILESS_MAIN(TestAreaCode)
#include "tst_areacode.moc"
