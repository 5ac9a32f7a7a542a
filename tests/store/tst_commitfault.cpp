// A connection lost at the worst moment (PostgreSQL): the server's backend is terminated just
// before a transaction's COMMIT (a case action, a report through the intake pipeline, a bulk
// write) or before an auto-commit write. The caller is told the outcome is unknown, never a
// success, and a re-read finds nothing stored; the next action works on a new connection.
// (Before the fix the COMMIT was sent again on a new connection, where PostgreSQL takes it as a
// no-op, and the caller was told "success" for work the server had rolled back.)
#include "auditlog.h"
#include "geodatarepository.h"
#include "moduletestcity.h"

#include <QtTest>

using namespace yw;
using namespace yw::core;
using namespace yw::store;

class TestCommitFault : public QObject
{
    Q_OBJECT
    test::TestBackend m_backend{true};
    ManualClock m_clock{QDateTime(QDate(2026, 6, 3), QTime(2, 0), Qt::UTC)};
    test::ModuleTestCity m_city;
    std::unique_ptr<Database> m_killer; // a second connection that terminates the first's backend

    qint64 backendPid(Database &db)
    {
        auto q = db.exec(QStringLiteral("SELECT pg_backend_pid()"));
        return q && q.value().next() ? q.value().value(0).toLongLong() : 0;
    }
    // Makes the next COMMIT of db meet a dead connection.
    void killBeforeCommit(Database &db)
    {
        const qint64 pid = backendPid(db);
        QVERIFY(pid > 0);
        db.setBeforeCommit([this, pid, &db] {
            m_killer->exec(QStringLiteral("SELECT pg_terminate_backend(?)"), {pid});
            QThread::msleep(200); // the server closes the socket
            db.setBeforeCommit({});
        });
    }
    int count(const QString &table)
    {
        auto q = m_killer->exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
        return q && q.value().next() ? q.value().value(0).toInt() : -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_backend.setUp().isEmpty(), "backend");
        QVERIFY2(m_city.open(m_backend, m_clock).isEmpty(), "city");
        m_killer = m_city.platform->database().openAnother().value();
    }
    void cleanupTestCase()
    {
        m_city.platform.reset();
        m_backend.tearDown();
    }

    void caseActionIsNeverAFalseSuccess()
    {
        QVERIFY(m_city.as(QStringLiteral("intake")).isEmpty());
        auto c = m_city.reportGarbage(QStringLiteral("垃圾"));
        QVERIFY(c);
        const int events = count(QStringLiteral("case_events"));
        killBeforeCommit(m_city.platform->database());
        auto acted = m_city.platform->context().cases->act(m_city.platform->session().user(), c.value().id,
                                                          c.value().version, CaseAction::Accept, {});
        QVERIFY2(!acted, "a COMMIT on a dead connection was reported as a success");
        QCOMPARE(acted.error().code, Error::Code::OutcomeUnknown);
        // Nothing stored (the server rolled the transaction back), and the next action works.
        auto again = m_city.platform->context().cases->get(c.value().id);
        QVERIFY(again);
        QCOMPARE(again.value().state, CaseState::Reported);
        QCOMPARE(again.value().version, c.value().version);
        QCOMPARE(count(QStringLiteral("case_events")), events);
        QVERIFY(m_city.platform->context().cases->act(m_city.platform->session().user(), c.value().id,
                                                     c.value().version, CaseAction::Accept, {}));
    }

    // A report after the connection died: its reads come first, meet the dead connection and
    // are sent again on a new one, so the report itself goes out once on a live connection:
    // stored exactly once (or, had it met the break itself, an error and nothing stored).
    void reportIsStoredOnceOrNotAtAll()
    {
        const int cases = count(QStringLiteral("cases"));
        m_killer->exec(QStringLiteral("SELECT pg_terminate_backend(?)"), {backendPid(m_city.platform->database())});
        QThread::msleep(200);
        auto reported = m_city.reportGarbage(QStringLiteral("又一处垃圾"));
        if (reported) {
            QCOMPARE(count(QStringLiteral("cases")), cases + 1);
        } else {
            QCOMPARE(reported.error().code, Error::Code::OutcomeUnknown);
            QCOMPARE(count(QStringLiteral("cases")), cases);
        }
        QVERIFY(m_city.reportGarbage(QStringLiteral("再一处垃圾")));
    }

    void bulkWriteIsNeverAFalseSuccess()
    {
        const int components = count(QStringLiteral("components"));
        GeodataRepository::Component lamp;
        lamp.id = QStringLiteral("43010201037000002");
        lamp.classCode = QStringLiteral("01037");
        lamp.name = QStringLiteral("路灯");
        lamp.lon = 113.0102;
        lamp.lat = 28.1898;
        lamp.gridCode = test::ModuleTestCity::gridCode();
        lamp.state = QStringLiteral("完好");
        Database &db = m_city.platform->database();
        killBeforeCommit(db);
        const Status s = db.transaction([&] { return GeodataRepository(db).addComponents({lamp}); });
        QVERIFY2(!s, "a bulk write on a dead connection was reported as a success");
        QCOMPARE(s.error().code, Error::Code::OutcomeUnknown);
        QCOMPARE(count(QStringLiteral("components")), components);
    }

    // Outside a transaction: a write that met a dead connection is not sent again (it might have
    // been carried out); a read is, on a new connection.
    void autoCommitWriteIsNotSentTwice()
    {
        Database &db = m_city.platform->database();
        const int before = count(QStringLiteral("audit_log"));
        m_killer->exec(QStringLiteral("SELECT pg_terminate_backend(?)"), {backendPid(db)});
        QThread::msleep(200); // as above: the client has not noticed yet
        const Status written = AuditLog(db).append(m_clock.now(), QStringLiteral("intake"), QStringLiteral("probe"));
        QVERIFY(!written);
        QCOMPARE(written.error().code, Error::Code::OutcomeUnknown);
        QCOMPARE(count(QStringLiteral("audit_log")), before);
        m_killer->exec(QStringLiteral("SELECT pg_terminate_backend(?)"), {backendPid(db)});
        QThread::msleep(200);
        QVERIFY(backendPid(db) > 0); // a read: tried again on a new connection
        QVERIFY(AuditLog(db).append(m_clock.now(), QStringLiteral("intake"), QStringLiteral("probe")));
        QCOMPARE(count(QStringLiteral("audit_log")), before + 1);
    }
};

QTEST_GUILESS_MAIN(TestCommitFault)
#include "tst_commitfault.moc"
