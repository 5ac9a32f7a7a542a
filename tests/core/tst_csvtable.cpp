#include "csvtable.h"

#include <QTest>

using namespace yw::core;

class TestCsvTable : public QObject
{
    Q_OBJECT
private slots:
    void quotingAndComments();
    void errorsNameTheLine();
};

void TestCsvTable::quotingAndComments()
{
    const QByteArray csv = "\xEF\xBB\xBF# comment, with comma\na,b\n1,\"x, \"\"y\"\"\"\n\n2,\"multi\nline\"\r\n";
    const auto t = CsvTable::parse(csv, QStringLiteral("t"));
    QVERIFY2(t, qPrintable(t.error().message));
    QCOMPARE(t->rowCount(), 2);
    QCOMPARE(t->value(0, QStringLiteral("b")), QStringLiteral("x, \"y\""));
    QCOMPARE(t->value(1, QStringLiteral("b")), QStringLiteral("multi\nline"));
    QCOMPARE(t->lineOf(1), 5);
    QCOMPARE(t->value(0, QStringLiteral("missing")), QString());
}

void TestCsvTable::errorsNameTheLine()
{
    auto t = CsvTable::parse("a,b\n1,2,3\n", QStringLiteral("f.csv"));
    QVERIFY(!t);
    QCOMPARE(t.error().message, QStringLiteral("f.csv:2: 3 fields, the header has 2"));
    t = CsvTable::parse("a,b\n1,\"open\n", QStringLiteral("f.csv"));
    QVERIFY(!t);
    QVERIFY(t.error().message.contains(QStringLiteral("unterminated")));
    QVERIFY(!CsvTable::parse("", QStringLiteral("e")));
}

QTEST_GUILESS_MAIN(TestCsvTable)
#include "tst_csvtable.moc"
