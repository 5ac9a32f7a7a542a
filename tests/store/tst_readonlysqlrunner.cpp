// ReadOnlySqlRunner: an administrator's own SQL reads and cannot write, by any route tried here
// (a write, a second statement after a harmless one, ending the transaction, ATTACH, PRAGMA); a
// slow statement is stopped at its time-out; rows are capped; everyone else is refused; the
// connection is fine afterwards. Both backends.
#include "readonlysqlrunner.h"
#include "storefixture.h"

using namespace yw::core;
using namespace yw::store;

class TestReadOnlySqlRunner : public QObject
{
    Q_OBJECT
    yw::test::TestBackend m_backend;
    yw::test::StoreFixture f;

    qint64 caseCount() { auto q = f.db->exec(QStringLiteral("SELECT COUNT(*) FROM cases")); q.value().next(); return q.value().value(0).toLongLong(); }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_backend.setUp().isEmpty(), "cluster");
        QVERIFY2(f.open(m_backend).isEmpty(), "fixture");
        QVERIFY(f.cases->report(f.user(Role::IntakeOperator), yw::test::StoreFixture::garbageDraft()));
        QVERIFY(f.cases->report(f.user(Role::IntakeOperator), yw::test::StoreFixture::garbageDraft()));
    }
    void cleanupTestCase()
    {
        f.cases.reset();
        f.db.reset();
        m_backend.tearDown();
    }

    void anAdministratorReads()
    {
        ReadOnlySqlRunner runner(*f.db, f.clock);
        auto t = runner.run(f.user(Role::Admin),
                            QStringLiteral("SELECT district_code AS district, COUNT(*) AS n FROM cases GROUP BY district_code;"));
        QVERIFY2(t, qPrintable(t.error().message));
        QCOMPARE(t.value().columns, QStringList({"district", "n"}));
        QCOMPARE(t.value().rows.size(), 1);
        QCOMPARE(t.value().rows[0][1].toLongLong(), caseCount());
        QVERIFY(!t.value().truncated);
        for (Role r : {Role::Leader, Role::ShiftLeader, Role::Dispatcher})
            QCOMPARE(runner.run(f.user(r), QStringLiteral("SELECT 1")).error().code, Error::Code::Forbidden);
        bool refused = false, ran = false;
        for (const auto &e : AuditLog(*f.db).latest(50).value()) {
            refused = refused || e.action == QLatin1String("sql_source.refused");
            ran = ran || e.action == QLatin1String("sql_source.run");
        }
        QVERIFY(refused && ran);
    }

    void nothingCanBeWritten_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("delete") << "DELETE FROM cases";
        QTest::newRow("update") << "UPDATE cases SET description = 'x'";
        QTest::newRow("second statement") << "SELECT 1; DELETE FROM cases";
        QTest::newRow("end the transaction") << "COMMIT; DELETE FROM cases";
        QTest::newRow("read, end the transaction, write") << "SELECT 1; COMMIT; DELETE FROM cases";
        QTest::newRow("read, begin anew, write") << "SELECT 1; ROLLBACK; BEGIN; DELETE FROM cases; COMMIT";
        QTest::newRow("create") << "CREATE TABLE x (a INTEGER)";
        QTest::newRow("attach") << "ATTACH DATABASE '/tmp/yw-attack.sqlite' AS x";
        QTest::newRow("pragma") << "PRAGMA query_only = 0";
        QTest::newRow("drop") << "DROP TABLE case_marks";
    }

    void nothingCanBeWritten()
    {
        QFETCH(QString, sql);
        ReadOnlySqlRunner runner(*f.db, f.clock);
        const qint64 before = caseCount();
        auto t = runner.run(f.user(Role::Admin), sql);
        QVERIFY2(!t, qPrintable(sql));
        QVERIFY(t.error().code == Error::Code::InvalidInput);
        QCOMPARE(caseCount(), before);
        QVERIFY(f.db->hasTable(QStringLiteral("case_marks")));
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/yw-attack.sqlite")));
        // The connection writes again afterwards (no transaction or read-only mode left behind).
        QVERIFY(f.cases->report(f.user(Role::IntakeOperator), yw::test::StoreFixture::garbageDraft()));
        QCOMPARE(caseCount(), before + 1);
    }

    void aSlowStatementStopsAtItsTimeOut()
    {
        ReadOnlySqlRunner runner(*f.db, f.clock);
        QElapsedTimer t;
        t.start();
        auto r = runner.run(f.user(Role::Admin),
                            QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000000000) "
                                           "SELECT COUNT(*) FROM n"),
                            300);
        QCOMPARE(r.error().code, Error::Code::Cancelled);
        QVERIFY2(t.elapsed() < 20000, qPrintable(QString::number(t.elapsed()))); // stopped, not run to its end
        QVERIFY(runner.run(f.user(Role::Admin), QStringLiteral("SELECT 1")));
    }

    void rowsAreCapped()
    {
        ReadOnlySqlRunner runner(*f.db, f.clock);
        auto r = runner.run(f.user(Role::Admin),
                            QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                                           "SELECT i FROM n")
                                .arg(ReadOnlySqlRunner::kMaxRows + 5));
        QVERIFY2(r, qPrintable(r.error().message));
        QCOMPARE(r.value().rows.size(), ReadOnlySqlRunner::kMaxRows);
        QVERIFY(r.value().truncated);
    }
};

QTEST_GUILESS_MAIN(TestReadOnlySqlRunner)
#include "tst_readonlysqlrunner.moc"
