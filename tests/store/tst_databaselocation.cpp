#include "databaselocation.h"

#include <QTest>

using namespace yw::store;

class TestDatabaseLocation : public QObject
{
    Q_OBJECT
private slots:
    void postgresUrl();
    void sqlitePath();
    void rejects_data();
    void rejects();
};

void TestDatabaseLocation::postgresUrl()
{
    const auto loc = DatabaseLocation::parse(QStringLiteral("postgresql://ops:s3cret@db.center.local:6543/yiwang?sslmode=require"));
    QVERIFY(loc);
    QCOMPARE(loc->backend(), DatabaseLocation::Backend::Postgres);
    QCOMPARE(loc->host(), QStringLiteral("db.center.local"));
    QCOMPARE(loc->port(), 6543);
    QCOMPARE(loc->user(), QStringLiteral("ops"));
    QCOMPARE(loc->password(), QStringLiteral("s3cret"));
    QCOMPARE(loc->databaseName(), QStringLiteral("yiwang"));
    QCOMPARE(loc->options(), QStringLiteral("sslmode=require"));
    QVERIFY(!loc->displayName().contains(QStringLiteral("s3cret")));
    QCOMPARE(loc->displayName(), QStringLiteral("PostgreSQL ops@db.center.local:6543/yiwang"));
    QCOMPARE(DatabaseLocation::parse(QStringLiteral("postgresql://h/db"))->port(), 5432);
}

void TestDatabaseLocation::sqlitePath()
{
    const auto loc = DatabaseLocation::parse(QStringLiteral("city.sqlite"));
    QVERIFY(loc);
    QCOMPARE(loc->backend(), DatabaseLocation::Backend::Sqlite);
    QVERIFY(loc->filePath().endsWith(QStringLiteral("/city.sqlite")));
}

void TestDatabaseLocation::rejects_data()
{
    QTest::addColumn<QString>("spec");
    QTest::newRow("empty") << "";
    QTest::newRow("no database") << "postgresql://user@host:5432/";
    QTest::newRow("no host") << "postgresql:///db";
    QTest::newRow("mysql") << "mysql://user@host/db";
}

void TestDatabaseLocation::rejects()
{
    QFETCH(QString, spec);
    const auto loc = DatabaseLocation::parse(spec);
    QVERIFY(!loc);
    QVERIFY(!loc.error().message.isEmpty());
}

QTEST_GUILESS_MAIN(TestDatabaseLocation)
#include "tst_databaselocation.moc"
