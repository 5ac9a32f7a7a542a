// Search by pinyin initials: every reading of a character counts, the letters must be the
// initials of consecutive characters, and the whole taxonomy is covered by the table.
#include "pinyininitials.h"
#include "taxonomy.h"

#include <QTest>

using namespace yw::core;

class TestPinyinInitials : public QObject
{
    Q_OBJECT
private slots:
    void tableIsLoaded()
    {
        const PinyinInitials &p = PinyinInitials::builtIn();
        QVERIFY(p.size() > 20000);
        QCOMPARE(p.initialsOf(u'暴'), QStringLiteral("bp"));
        QVERIFY(p.initialsOf(u'行').contains(u'x') && p.initialsOf(u'行').contains(u'h'));
        QCOMPARE(p.initialsOf(u'A'), QStringLiteral("a"));
        QCOMPARE(p.initialsOf(u'，'), QString());
    }
    void matching_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("match");
        QTest::newRow("whole") << "暴露垃圾" << "bllj" << true;
        QTest::newRow("upper case") << "暴露垃圾" << "BLLJ" << true;
        QTest::newRow("inside") << "暴露垃圾" << "llj" << true;
        QTest::newRow("second reading") << "行道树" << "xds" << true;
        QTest::newRow("not consecutive") << "暴露垃圾" << "blj" << false;
        QTest::newRow("wrong letter") << "暴露垃圾" << "bllx" << false;
        QTest::newRow("longer than text") << "井盖" << "jgab" << false;
        QTest::newRow("latin kept") << "LED显示屏" << "ledx" << true;
    }
    void matching()
    {
        QFETCH(QString, text);
        QFETCH(QString, query);
        QFETCH(bool, match);
        QCOMPARE(PinyinInitials::builtIn().matches(text, query), match);
    }
    void everyClassNameHasInitials()
    {
        // Each Chinese character of every class name is in the table, so no class is unreachable.
        const Taxonomy t = Taxonomy::load(TaxonomyStandard::Id::Gbt47678_2026).value();
        const PinyinInitials &p = PinyinInitials::builtIn();
        for (TaxonomyKind kind : {TaxonomyKind::Matter, TaxonomyKind::Component})
            for (const TaxonomyClass &c : t.classes(kind))
                for (QChar ch : c.nameZh)
                    if (ch.script() == QChar::Script_Han)
                        QVERIFY2(!p.initialsOf(ch).isEmpty(), qPrintable(c.nameZh));
    }
    void initialsQueries()
    {
        QVERIFY(PinyinInitials::isInitialsQuery("bllj"));
        QVERIFY(!PinyinInitials::isInitialsQuery("b"));
        QVERIFY(!PinyinInitials::isInitialsQuery("06010"));
        QVERIFY(!PinyinInitials::isInitialsQuery("垃圾"));
    }
};

QTEST_GUILESS_MAIN(TestPinyinInitials)
#include "tst_pinyininitials.moc"
