// Opening, migrating and refusing bad databases, on the backend CTest chose.
#include "arearepository.h"
#include "auditlog.h"
#include "caseeventrepository.h"
#include "cityreferencedata.h"
#include "database.h"
#include "migrator.h"
#include "testbackend.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QHostAddress>
#include <QTcpServer>
#include <QTest>

using namespace yw::store;
using namespace yw::core;

namespace {
QByteArray fileHash(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}
} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT
    yw::test::TestBackend m_backend;

private slots:
    void initTestCase() { QVERIFY2(m_backend.setUp().isEmpty(), qPrintable(m_backend.setUp())); }
    void cleanupTestCase() { m_backend.tearDown(); }
    void migratesAnEmptyDatabase();
    void migratingTwiceChangesNothing();
    void statementsPerDialect();
    void refusesANewerSchema();
    void refusesAForeignDatabase();
    void historyAndAuditAreAppendOnly();
    void seedsTheCity();
    // SQLite only
    void refusesANonSqliteFile();
    void reportsACorruptFile();
    void missingFileInExistingMode();
    // PostgreSQL only
    void unreachableServer();
    void wrongPassword();
    void missingDatabase();
    void bulkLoadWithoutSecondaryIndexes();
};

void TestDatabase::bulkLoadWithoutSecondaryIndexes()
{
    auto db = Database::open(m_backend.fresh(), Database::OpenMode::CreateIfMissing);
    QVERIFY(db && Migrator::migrate(*db.value()));
    Database &d = *db.value();
    auto indexes = [&]() {
        auto q = d.isPostgres()
                     ? d.exec(QStringLiteral("SELECT indexname FROM pg_indexes WHERE tablename = 'case_events' "
                                             "AND schemaname = current_schema() ORDER BY 1"))
                     : d.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND "
                                             "tbl_name = 'case_events' AND sql IS NOT NULL ORDER BY 1"));
        QStringList out;
        while (q.value().next())
            out << q.value().value(0).toString();
        return out;
    };
    const QStringList before = indexes();
    QVERIFY2(before.contains(QStringLiteral("case_events_at")) && before.contains(QStringLiteral("case_events_case")),
             qPrintable(before.join(',')));
    // Outside a transaction it is refused.
    QCOMPARE(d.withoutSecondaryIndexes({QStringLiteral("case_events")}, [] { return success(); }).error().code,
             Error::Code::Internal);
    QStringList during;
    QVERIFY(d.transaction([&]() -> Status {
        return d.withoutSecondaryIndexes({QStringLiteral("case_events")}, [&]() -> Status {
            during = indexes();
            return success();
        });
    }));
    QVERIFY2(!during.contains(QStringLiteral("case_events_at")) && !during.contains(QStringLiteral("case_events_case")),
             qPrintable(during.join(',')));
    QCOMPARE(indexes(), before); // back as they were; the primary key never went
    // A failing load rolls the dropping back with it.
    QVERIFY(!d.transaction([&]() -> Status {
        return d.withoutSecondaryIndexes({QStringLiteral("case_events")}, [] {
            return Status(Error::make(Error::Code::InvalidInput, QStringLiteral("bad row")));
        });
    }));
    QCOMPARE(indexes(), before);
}

void TestDatabase::migratesAnEmptyDatabase()
{
    auto db = Database::open(m_backend.fresh(), Database::OpenMode::CreateIfMissing);
    QVERIFY2(db, qPrintable(db.error().message));
    QCOMPARE(db.value()->schemaVersion(), 0);
    QVERIFY(Migrator::latestVersion() >= 1);
    const Status s = Migrator::migrate(*db.value());
    QVERIFY2(s, qPrintable(s.error().message));
    QCOMPARE(db.value()->schemaVersion(), Migrator::latestVersion());
    for (const char *table : {"cases", "case_events", "users", "departments", "areas", "audit_log", "yw_meta"})
        QVERIFY2(db.value()->exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))), table);
    if (!m_backend.isPostgres()) {
        auto q = db.value()->exec(QStringLiteral("PRAGMA journal_mode"));
        QVERIFY(q && q.value().next());
        QCOMPARE(q.value().value(0).toString(), QStringLiteral("wal"));
        auto app = db.value()->exec(QStringLiteral("PRAGMA application_id"));
        QVERIFY(app && app.value().next());
        QCOMPARE(app.value().value(0).toLongLong(), 1498893895LL);
    }
}

void TestDatabase::migratingTwiceChangesNothing()
{
    const DatabaseLocation loc = m_backend.fresh();
    {
        auto db = Database::open(loc, Database::OpenMode::CreateIfMissing);
        QVERIFY(db && Migrator::migrate(*db.value()));
    }
    auto db = Database::open(loc, Database::OpenMode::Existing);
    QVERIFY2(db, qPrintable(db.error().message));
    QCOMPARE(db.value()->schemaVersion(), Migrator::latestVersion());
    QVERIFY(Migrator::migrate(*db.value()));
    QCOMPARE(db.value()->schemaVersion(), Migrator::latestVersion());
}

void TestDatabase::statementsPerDialect()
{
    const QString sql = QStringLiteral("CREATE TABLE a (id {{PK}}, x {{REAL}})\n-- go\n-- @sqlite\nPRAGMA x\n-- go\n"
                                       "-- @postgresql\nSELECT 1;\n-- go\n");
    const QStringList lite = Migrator::statements(sql, DatabaseLocation::Backend::Sqlite);
    QCOMPARE(lite, (QStringList{QStringLiteral("CREATE TABLE a (id INTEGER PRIMARY KEY AUTOINCREMENT, x REAL)"),
                                QStringLiteral("PRAGMA x")}));
    const QStringList pg = Migrator::statements(sql, DatabaseLocation::Backend::Postgres);
    QCOMPARE(pg.size(), 2);
    QVERIFY(pg.first().contains(QStringLiteral("GENERATED BY DEFAULT AS IDENTITY")));
    QVERIFY(pg.first().contains(QStringLiteral("DOUBLE PRECISION")));
    // A table kept in its primary key's order on SQLite; PostgreSQL has no such clause.
    const QString clustered = QStringLiteral("CREATE TABLE b (k BIGINT PRIMARY KEY){{WITHOUT_ROWID}}");
    QCOMPARE(Migrator::statements(clustered, DatabaseLocation::Backend::Sqlite),
             QStringList{QStringLiteral("CREATE TABLE b (k BIGINT PRIMARY KEY) WITHOUT ROWID")});
    QCOMPARE(Migrator::statements(clustered, DatabaseLocation::Backend::Postgres),
             QStringList{QStringLiteral("CREATE TABLE b (k BIGINT PRIMARY KEY)")});
}

void TestDatabase::refusesANewerSchema()
{
    const DatabaseLocation loc = m_backend.fresh();
    {
        auto db = Database::open(loc, Database::OpenMode::CreateIfMissing);
        QVERIFY(db && Migrator::migrate(*db.value()));
        QVERIFY(db.value()->exec(QStringLiteral("UPDATE yw_meta SET value = '999' WHERE key = 'schema_version'")));
    }
    const QByteArray before = m_backend.isPostgres() ? QByteArray() : fileHash(loc.filePath());
    auto db = Database::open(loc, Database::OpenMode::CreateIfMissing);
    QVERIFY(!db);
    QCOMPARE(int(db.error().code), int(Error::Code::SchemaTooNew));
    QVERIFY(db.error().message.contains(QStringLiteral("999")));
    if (!m_backend.isPostgres())
        QCOMPARE(fileHash(loc.filePath()), before); // nothing written
}

void TestDatabase::refusesAForeignDatabase()
{
    const DatabaseLocation loc = m_backend.fresh();
    {
        auto db = Database::open(loc, Database::OpenMode::CreateIfMissing);
        QVERIFY(db);
        QVERIFY(db.value()->exec(QStringLiteral("CREATE TABLE invoices (id INTEGER, amount INTEGER)")));
        QVERIFY(db.value()->exec(QStringLiteral("INSERT INTO invoices VALUES (1, 100)")));
    }
    const QByteArray before = m_backend.isPostgres() ? QByteArray() : fileHash(loc.filePath());
    auto db = Database::open(loc, Database::OpenMode::CreateIfMissing);
    QVERIFY(!db);
    QCOMPARE(int(db.error().code), int(Error::Code::ForeignDatabase));
    QVERIFY(db.error().message.contains(QStringLiteral("invoices")));
    if (!m_backend.isPostgres())
        QCOMPARE(fileHash(loc.filePath()), before);
}

void TestDatabase::historyAndAuditAreAppendOnly()
{
    auto db = Database::open(m_backend.fresh(), Database::OpenMode::CreateIfMissing);
    QVERIFY(db && Migrator::migrate(*db.value()));
    Database &d = *db.value();
    QVERIFY(AuditLog(d).append(QDateTime::currentDateTimeUtc(), QStringLiteral("a"), QStringLiteral("login")));
    QVERIFY(!d.exec(QStringLiteral("UPDATE audit_log SET login = 'b'")));
    QVERIFY(!d.exec(QStringLiteral("DELETE FROM audit_log")));
    QCOMPARE(AuditLog(d).latest(10)->size(), 1);
    // case_events needs a case row first.
    QVERIFY(d.exec(QStringLiteral(
        "INSERT INTO cases (case_number, source, kind, standard, class_code, description, urgency, state, "
        "resume_state, verification, step, step_basis, reported_at, version, updated_at) VALUES "
        "('1', 'Patrol', 'Matter', 's', '06010', 'd', 'Normal', 'Reported', 'Reported', 'NotRequired', "
        "'Accept', 'Calendar', 0, 1, 0)")));
    CaseEvent e;
    e.caseId = 1;
    e.at = QDateTime::currentDateTimeUtc();
    e.actorLogin = QStringLiteral("x");
    e.workstation = QStringLiteral("w");
    e.action = QStringLiteral("Report");
    QVERIFY(CaseEventRepository(d).append(e));
    const auto upd = d.exec(QStringLiteral("UPDATE case_events SET note = 'rewritten'"));
    QVERIFY(!upd);
    QVERIFY2(upd.error().message.contains(QStringLiteral("append-only")), qPrintable(upd.error().message));
    QVERIFY(!d.exec(QStringLiteral("DELETE FROM case_events")));
    QCOMPARE(CaseEventRepository(d).forCase(1)->size(), 1);
}

void TestDatabase::seedsTheCity()
{
    auto db = Database::open(m_backend.fresh(), Database::OpenMode::CreateIfMissing);
    QVERIFY(db && Migrator::migrate(*db.value()));
    const Status s = CityReferenceData::seed(*db.value(), QStringLiteral("changsha"));
    QVERIFY2(s, qPrintable(s.error().message));
    QVERIFY(CityReferenceData::seed(*db.value(), QStringLiteral("changsha"))); // idempotent
    const auto h = AreaRepository(*db.value()).load();
    QVERIFY2(h, qPrintable(h.error().message));
    QCOMPARE(h->size(), 1 + 5 + 77 + 660);
    QCOMPARE(h->areas(AreaLevel::District).size(), 5);
    QCOMPARE(h->find(QStringLiteral("430104"))->name, QStringLiteral("岳麓区"));
    QCOMPARE(h->children(QStringLiteral("430102001")).size(), 7); // 文艺路街道's communities
}

void TestDatabase::refusesANonSqliteFile()
{
    if (m_backend.isPostgres())
        return; // not applicable: a file check, SQLite only
    const QString path = m_backend.tempPath(QStringLiteral("report.pdf"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("%PDF-1.7\n% not a database at all, but a user's important document\n");
    f.close();
    const QByteArray before = fileHash(path);
    auto db = Database::open(DatabaseLocation::sqliteFile(path), Database::OpenMode::CreateIfMissing);
    QVERIFY(!db);
    QCOMPARE(int(db.error().code), int(Error::Code::ForeignDatabase));
    QVERIFY(db.error().message.contains(QStringLiteral("not an SQLite database")));
    QCOMPARE(fileHash(path), before);
}

void TestDatabase::reportsACorruptFile()
{
    if (m_backend.isPostgres())
        return;
    const QString path = m_backend.tempPath(QStringLiteral("corrupt.sqlite"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QByteArray bytes("SQLite format 3\0", 16);
    bytes += QByteArray(4096 - 16, '\xA5'); // a valid magic, then garbage
    f.write(bytes);
    f.close();
    const QByteArray before = fileHash(path);
    auto db = Database::open(DatabaseLocation::sqliteFile(path), Database::OpenMode::CreateIfMissing);
    QVERIFY(!db);
    QCOMPARE(int(db.error().code), int(Error::Code::Corrupt));
    QCOMPARE(fileHash(path), before);
}

void TestDatabase::missingFileInExistingMode()
{
    if (m_backend.isPostgres())
        return;
    const QString path = m_backend.tempPath(QStringLiteral("nothing-here.sqlite"));
    auto db = Database::open(DatabaseLocation::sqliteFile(path), Database::OpenMode::Existing);
    QVERIFY(!db);
    QCOMPARE(int(db.error().code), int(Error::Code::NotFound));
    QVERIFY(!QFile::exists(path));
}

void TestDatabase::unreachableServer()
{
    if (!m_backend.isPostgres())
        return;
    // A port where nothing listens: the cluster's port + 1 is free with overwhelming likelihood
    // only by chance, so ask the OS for one and close it.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const int port = probe.serverPort();
    probe.close();
    auto loc = DatabaseLocation::parse(QStringLiteral("postgresql://yw:x@127.0.0.1:%1/yiwang").arg(port));
    auto db = Database::open(loc.value(), Database::OpenMode::CreateIfMissing);
    QVERIFY(!db);
    QCOMPARE(int(db.error().code), int(Error::Code::DatabaseUnavailable));
    QVERIFY(db.error().message.contains(QString::number(port)));
    QVERIFY(!db.error().message.contains(QStringLiteral("yw:x"))); // no password in messages
}

void TestDatabase::wrongPassword()
{
    if (!m_backend.isPostgres())
        return;
    m_backend.fresh();
    auto loc = DatabaseLocation::parse(m_backend.cluster().url(QStringLiteral("t1"), QStringLiteral("wrong-password")));
    auto db = Database::open(loc.value(), Database::OpenMode::CreateIfMissing);
    QVERIFY(!db);
    QCOMPARE(int(db.error().code), int(Error::Code::AuthFailed));
    QVERIFY(!db.error().message.contains(QStringLiteral("wrong-password")));
}

void TestDatabase::missingDatabase()
{
    if (!m_backend.isPostgres())
        return;
    auto loc = DatabaseLocation::parse(m_backend.cluster().url(QStringLiteral("no_such_db")));
    auto db = Database::open(loc.value(), Database::OpenMode::CreateIfMissing);
    QVERIFY(!db);
    QCOMPARE(int(db.error().code), int(Error::Code::NotFound));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
