#include "taxonomy.h"

#include <QFile>
#include <QTest>

using namespace yw::core;

class TestTaxonomy : public QObject
{
    Q_OBJECT
private slots:
    void editionsLoadWithTheirCounts();
    void namesInBothLanguages();
    void classCodes_data();
    void classCodes();
    void componentIds_data();
    void componentIds();
    void matterCodes_data();
    void matterCodes();
    void localClasses();
    void badLocalFileAddsNothing();
};

void TestTaxonomy::editionsLoadWithTheirCounts()
{
    const auto t2026 = Taxonomy::load(TaxonomyStandard::Id::Gbt47678_2026);
    QVERIFY2(t2026, qPrintable(t2026.error().message));
    QCOMPARE(t2026->size(TaxonomyKind::Component), 153);
    QCOMPARE(t2026->size(TaxonomyKind::Matter), 250);
    QCOMPARE(t2026->standard().componentIdLength, 17);
    const auto t2013 = Taxonomy::load(TaxonomyStandard::Id::Gbt30428_2013);
    QVERIFY2(t2013, qPrintable(t2013.error().message));
    QCOMPARE(t2013->size(TaxonomyKind::Component), 77); // + the 06.. extension placeholder
    QCOMPARE(t2013->size(TaxonomyKind::Matter), 55); // + the 06.. extension placeholder
    QCOMPARE(t2013->standard().classCodeLength, 4);
}

void TestTaxonomy::namesInBothLanguages()
{
    const auto t = Taxonomy::load(TaxonomyStandard::Id::Gbt47678_2026).value();
    const TaxonomyClass *c = t.find(TaxonomyKind::Component, QStringLiteral("01001"));
    QVERIFY(c);
    QCOMPARE(c->nameZh, QStringLiteral("供水井盖"));
    QCOMPARE(c->nameEn, QStringLiteral("Water-supply manhole cover"));
    QCOMPARE(c->bigClassZh, QStringLiteral("市政公用设施"));
    const TaxonomyClass *m = t.find(TaxonomyKind::Matter, QStringLiteral("06010"));
    QVERIFY(m);
    QCOMPARE(m->nameZh, QStringLiteral("暴露垃圾"));
    QVERIFY(!t.find(TaxonomyKind::Matter, QStringLiteral("01016"))); // a gap of the transcription
}

void TestTaxonomy::classCodes_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("valid");
    const int comp = int(TaxonomyKind::Component);
    const int matter = int(TaxonomyKind::Matter);
    QTest::newRow("component 01001") << comp << "01001" << true;
    QTest::newRow("component 02044") << comp << "02044" << true;
    QTest::newRow("matter 10002") << matter << "10002" << true;
    QTest::newRow("matter code as component") << comp << "06010" << false;
    QTest::newRow("legacy 4 digits") << comp << "0101" << false;
    QTest::newRow("letters") << comp << "01A01" << false;
    QTest::newRow("unknown") << comp << "01999" << false;
    QTest::newRow("empty") << matter << "" << false;
}

void TestTaxonomy::classCodes()
{
    QFETCH(int, kind);
    QFETCH(QString, code);
    QFETCH(bool, valid);
    const auto t = Taxonomy::load(TaxonomyStandard::Id::Gbt47678_2026).value();
    const Status s = t.validateClassCode(TaxonomyKind(kind), code);
    QCOMPARE(s.ok(), valid);
    if (!valid)
        QVERIFY(s.error().message.contains(code.isEmpty() ? QStringLiteral("''") : code));
}

void TestTaxonomy::componentIds_data()
{
    QTest::addColumn<QString>("standard");
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("valid");
    QTest::newRow("2026 Changsha manhole") << "GB/T 47678.5-2026" << "43010201001000123" << true;
    QTest::newRow("2026 too short") << "GB/T 47678.5-2026" << "4301020100100012" << false;
    QTest::newRow("2026 sequence 0") << "GB/T 47678.5-2026" << "43010201001000000" << false;
    QTest::newRow("2026 province 99") << "GB/T 47678.5-2026" << "99010201001000123" << false;
    QTest::newRow("2026 matter class") << "GB/T 47678.5-2026" << "43010206010000123" << false;
    QTest::newRow("2013 Suzhou example") << "GB/T 30428.2-2013" << "3205080101000001" << true;
    QTest::newRow("2013 id under 2026") << "GB/T 47678.5-2026" << "3205080101000001" << false;
}

void TestTaxonomy::componentIds()
{
    QFETCH(QString, standard);
    QFETCH(QString, id);
    QFETCH(bool, valid);
    const auto std_ = TaxonomyStandard::byName(standard).value();
    const auto t = Taxonomy::load(std_.id).value();
    QCOMPARE(t.validateComponentId(id).ok(), valid);
}

void TestTaxonomy::matterCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("valid");
    QTest::newRow("430102 暴露垃圾") << "43010206010" << true;
    QTest::newRow("component class") << "43010201001" << true; // 01001 is also a matter (异常)
    QTest::newRow("unknown class") << "43010206999" << false;
    QTest::newRow("bad admin") << "00010206010" << false;
    QTest::newRow("12 digits") << "430102060100" << false;
}

void TestTaxonomy::matterCodes()
{
    QFETCH(QString, code);
    QFETCH(bool, valid);
    const auto t = Taxonomy::load(TaxonomyStandard::Id::Gbt47678_2026).value();
    QCOMPARE(t.validateMatterCode(code).ok(), valid);
}

void TestTaxonomy::localClasses()
{
    auto t = Taxonomy::load(TaxonomyStandard::Id::Gbt47678_2026).value();
    QFile f(QStringLiteral(":/yiwang/taxonomy/local_changsha.csv"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const Status s = t.addLocalClasses(f.readAll(), QStringLiteral("local_changsha.csv"));
    QVERIFY2(s, qPrintable(s.error().message));
    QCOMPARE(t.size(TaxonomyKind::Component), 157);
    QCOMPARE(t.size(TaxonomyKind::Matter), 252);
    const TaxonomyClass *c = t.find(TaxonomyKind::Component, QStringLiteral("05901"));
    QVERIFY(c && c->local);
    QVERIFY(t.validateComponentId(QStringLiteral("43010505901000001")));
}

void TestTaxonomy::badLocalFileAddsNothing()
{
    auto t = Taxonomy::load(TaxonomyStandard::Id::Gbt47678_2026).value();
    const QByteArray csv = "kind,code,big_class_code,big_class,big_class_en,name_zh,name_en,default_owner_hint\n"
                           "component,05990,05,其他,Other,新部件,New,x\n"
                           "component,01001,01,重复,Dup,供水井盖,dup,x\n";
    const Status s = t.addLocalClasses(csv, QStringLiteral("bad.csv"));
    QVERIFY(!s);
    QVERIFY(s.error().message.contains(QStringLiteral("bad.csv:3")));
    QVERIFY(s.error().message.contains(QStringLiteral("exists already")));
    QVERIFY(!t.find(TaxonomyKind::Component, QStringLiteral("05990"))); // nothing half-added
}

QTEST_GUILESS_MAIN(TestTaxonomy)
#include "tst_taxonomy.moc"
