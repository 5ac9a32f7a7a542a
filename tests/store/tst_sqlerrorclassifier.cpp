// Database errors classified by the database's own codes, never its English text: the table of
// SQLSTATEs and SQLite result codes, and real failures on the test's backend (a duplicate key,
// a write to an append-only log, a connection the server ended).
#include "storefixture.h"
#include "sqlerrorclassifier.h"

#include <QTest>

using namespace yw;
using namespace yw::core;
using yw::store::SqlErrorClassifier;

Q_DECLARE_METATYPE(yw::core::Error::Code)

class TestSqlErrorClassifier : public QObject
{
    Q_OBJECT
    test::TestBackend m_backend;

private slots:
    void initTestCase() { QVERIFY(m_backend.setUp().isEmpty()); }
    void cleanupTestCase() { m_backend.tearDown(); }

    void postgresStates_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<Error::Code>("code");
        QTest::newRow("connection failure") << "08006" << Error::Code::DatabaseUnavailable;
        QTest::newRow("admin shutdown") << "57P01" << Error::Code::DatabaseUnavailable;
        QTest::newRow("starting up") << "57P03" << Error::Code::DatabaseUnavailable;
        QTest::newRow("statement time-out") << "57014" << Error::Code::DatabaseUnavailable;
        QTest::newRow("disk full") << "53100" << Error::Code::DatabaseUnavailable;
        QTest::newRow("too many connections") << "53300" << Error::Code::DatabaseUnavailable;
        QTest::newRow("wrong password") << "28P01" << Error::Code::AuthFailed;
        QTest::newRow("no such database") << "3D000" << Error::Code::NotFound;
        QTest::newRow("no privilege") << "42501" << Error::Code::Forbidden;
        QTest::newRow("read-only transaction") << "25006" << Error::Code::Forbidden;
        QTest::newRow("trigger refuses") << "P0001" << Error::Code::Forbidden;
        QTest::newRow("unique violation") << "23505" << Error::Code::Conflict;
        QTest::newRow("deadlock") << "40P01" << Error::Code::Conflict;
        QTest::newRow("not null") << "23502" << Error::Code::InvalidInput;
        QTest::newRow("bad number") << "22P02" << Error::Code::InvalidInput;
        QTest::newRow("index corrupted") << "XX002" << Error::Code::Corrupt;
        QTest::newRow("syntax error") << "42601" << Error::Code::Internal;
    }
    void postgresStates()
    {
        QFETCH(QString, state);
        QFETCH(Error::Code, code);
        QCOMPARE(SqlErrorClassifier::postgres(state), code);
        // The English text says nothing: only the code counts.
        QCOMPARE(SqlErrorClassifier::classify(QSqlError("server closed the connection",
                                                        "password authentication failed",
                                                        QSqlError::StatementError, state),
                                              true),
                 code);
    }

    void sqliteCodes_data()
    {
        QTest::addColumn<int>("result");
        QTest::addColumn<Error::Code>("code");
        QTest::newRow("busy") << 5 << Error::Code::DatabaseUnavailable;
        QTest::newRow("busy snapshot (extended)") << 517 << Error::Code::DatabaseUnavailable;
        QTest::newRow("cannot open") << 14 << Error::Code::DatabaseUnavailable;
        QTest::newRow("disk full") << 13 << Error::Code::DatabaseUnavailable;
        QTest::newRow("corrupt") << 11 << Error::Code::Corrupt;
        QTest::newRow("not a database") << 26 << Error::Code::Corrupt;
        QTest::newRow("read-only") << 8 << Error::Code::Forbidden;
        QTest::newRow("unique") << 2067 << Error::Code::Conflict;
        QTest::newRow("primary key") << 1555 << Error::Code::Conflict;
        QTest::newRow("trigger") << 1811 << Error::Code::Forbidden;
        QTest::newRow("not null") << 1299 << Error::Code::InvalidInput;
        QTest::newRow("constraint (primary code)") << 19 << Error::Code::InvalidInput;
        QTest::newRow("error") << 1 << Error::Code::Internal;
    }
    void sqliteCodes()
    {
        QFETCH(int, result);
        QFETCH(Error::Code, code);
        QCOMPARE(SqlErrorClassifier::sqlite(result), code);
        QCOMPARE(SqlErrorClassifier::classify(QSqlError("database is locked", "malformed",
                                                        QSqlError::StatementError,
                                                        QString::number(result)),
                                              false),
                 code);
    }

    void noCodeAtAll()
    {
        QCOMPARE(SqlErrorClassifier::classify(QSqlError("could not connect", "timeout",
                                                        QSqlError::ConnectionError),
                                              true),
                 Error::Code::DatabaseUnavailable);
        QCOMPARE(SqlErrorClassifier::classify(QSqlError("x", "y", QSqlError::StatementError), false),
                 Error::Code::Internal);
    }

    void realFailuresOnThisBackend()
    {
        test::StoreFixture f;
        QCOMPARE(f.open(m_backend), QString());
        // A duplicate key: someone stored it first.
        auto dup = f.db->exec(QStringLiteral("INSERT INTO departments (code, name, level, district_code, "
                                             "active) VALUES ('D-HJ-430102', 'x', 'District', '', 1)"));
        QVERIFY(!dup);
        QCOMPARE(dup.error().code, Error::Code::Conflict);
        // The append-only log refuses a rewrite.
        auto c = f.cases->report(f.user(Role::IntakeOperator), test::StoreFixture::garbageDraft());
        QVERIFY(c);
        auto rewrite = f.db->exec(QStringLiteral("UPDATE case_events SET note = 'changed'"));
        QVERIFY(!rewrite);
        QCOMPARE(rewrite.error().code, Error::Code::Forbidden);
        // Nonsense SQL is the program's own fault.
        auto nonsense = f.db->exec(QStringLiteral("SELEC nothing"));
        QVERIFY(!nonsense);
        QCOMPARE(nonsense.error().code, Error::Code::Internal);
        if (!m_backend.isPostgres())
            return;
        // The server ends this connection (as at a restart): unavailable, not "internal".
        auto pid = f.db->exec(QStringLiteral("SELECT pg_backend_pid()"));
        QVERIFY(pid && pid.value().next());
        const qint64 backendPid = pid.value().value(0).toLongLong();
        pid.value().finish();
        auto other = f.db->openAnother();
        QVERIFY(other);
        // Inside a transaction, where nothing is retried on a new connection.
        Error::Code seen = Error::Code::None;
        f.db->transaction([&]() -> Status {
            if (!other.value()->exec(QStringLiteral("SELECT pg_terminate_backend(?)"), {backendPid}))
                return success();
            auto after = f.db->exec(QStringLiteral("SELECT 1"));
            seen = after ? Error::Code::None : after.error().code;
            return after ? success() : Status(after.error());
        });
        QCOMPARE(seen, Error::Code::DatabaseUnavailable);
    }
};

QTEST_GUILESS_MAIN(TestSqlErrorClassifier)
#include "tst_sqlerrorclassifier.moc"
