// A change committed on one connection reaches another connection's feed within a second.
#include "changefeed.h"
#include "storefixture.h"

#include <QElapsedTimer>
#include <QSignalSpy>

using namespace yw::core;
using namespace yw::store;

class TestChangeFeed : public QObject
{
    Q_OBJECT
    yw::test::TestBackend m_backend;

private slots:
    void initTestCase() { QVERIFY2(m_backend.setUp().isEmpty(), "cluster"); }
    void cleanupTestCase() { m_backend.tearDown(); }
    void changeReachesTheOtherConnectionWithinASecond();
    void onlyChangesAfterStartAreReported();
    void bulkChangesArriveInPages();
    void survivesTheServerDroppingAway();
};

void TestChangeFeed::changeReachesTheOtherConnectionWithinASecond()
{
    yw::test::StoreFixture f;
    QVERIFY2(f.open(m_backend, QStringLiteral("ws-writer")).isEmpty(), "fixture");
    auto other = f.db->openAnother();
    QVERIFY(other);
    ChangeFeed feed(std::move(other.value()));
    QVERIFY(feed.start());
    QCOMPARE(feed.usesNotifications(), m_backend.isPostgres());
    QSignalSpy spy(&feed, &ChangeFeed::caseEventsArrived);

    QList<qint64> latenciesMs;
    for (int i = 0; i < 5; ++i) {
        spy.clear();
        QElapsedTimer t;
        t.start();
        auto c = f.cases->report(f.user(Role::FieldInspector), f.garbageDraft());
        QVERIFY(c);
        QTRY_VERIFY_WITH_TIMEOUT(spy.count() > 0, 1000);
        latenciesMs << t.elapsed();
        const auto events = spy.takeFirst().at(0).value<QList<CaseEvent>>();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().caseId, c->id);
        QCOMPARE(events.first().action, QStringLiteral("Report"));
        QCOMPARE(events.first().workstation, QStringLiteral("ws-writer"));
    }
    std::sort(latenciesMs.begin(), latenciesMs.end());
    qInfo("feed latency on %s: median %lld ms, max %lld ms (reported, not asserted beyond the 1 s bound)",
          qPrintable(m_backend.name()), latenciesMs.at(2), latenciesMs.last());
}

void TestChangeFeed::onlyChangesAfterStartAreReported()
{
    yw::test::StoreFixture f;
    QVERIFY2(f.open(m_backend).isEmpty(), "fixture");
    QVERIFY(f.cases->report(f.user(Role::IntakeOperator), f.garbageDraft()));
    ChangeFeed feed(std::move(f.db->openAnother().value()));
    QVERIFY(feed.start());
    QSignalSpy spy(&feed, &ChangeFeed::caseEventsArrived);
    feed.poll();
    QCOMPARE(spy.count(), 0);
    auto c = f.cases->report(f.user(Role::IntakeOperator), f.garbageDraft());
    QTRY_VERIFY_WITH_TIMEOUT(spy.count() > 0, 1000);
    QCOMPARE(spy.first().at(0).value<QList<CaseEvent>>().first().caseId, c->id);
}

void TestChangeFeed::bulkChangesArriveInPages()
{
    yw::test::StoreFixture f;
    QVERIFY2(f.open(m_backend).isEmpty(), "fixture");
    ChangeFeed feed(std::move(f.db->openAnother().value()));
    QVERIFY(feed.start());
    QSignalSpy spy(&feed, &ChangeFeed::caseEventsArrived);
    // 1,200 reports in one transaction: one notification, three pages.
    QVERIFY(f.db->transaction([&]() -> Status {
        for (int i = 0; i < 1200; ++i)
            if (auto c = f.cases->report(f.user(Role::IntakeOperator), f.garbageDraft()); !c)
                return c.error();
        return success();
    }));
    QTRY_VERIFY_WITH_TIMEOUT(feed.lastSeenId() > 0 && spy.count() >= 3, 3000);
    int total = 0;
    for (const auto &args : spy)
        total += int(args.at(0).value<QList<CaseEvent>>().size());
    QCOMPARE(total, 1200);
    QVERIFY(feed.isConnected());
}

void TestChangeFeed::survivesTheServerDroppingAway()
{
    // A server that stops and comes back: PostgreSQL in both runs (this run's, or a cluster of
    // its own), as an SQLite file has no server to lose.
    yw::test::TestBackend own(true);
    yw::test::TestBackend &server = m_backend.isPostgres() ? m_backend : own;
    if (&server == &own)
        QVERIFY(own.setUp().isEmpty());
    yw::test::StoreFixture f;
    QVERIFY2(f.open(server, QStringLiteral("ws-writer")).isEmpty(), "fixture");
    auto other = f.db->openAnother();
    QVERIFY(other);
    ChangeFeed feed(std::move(other.value()));
    QVERIFY(feed.start());
    QSignalSpy connection(&feed, &ChangeFeed::connectedChanged);
    QSignalSpy arrived(&feed, &ChangeFeed::caseEventsArrived);
    QVERIFY(feed.isConnected());

    server.cluster().stopServer();
    feed.poll();
    QVERIFY(!feed.isConnected());
    QCOMPARE(connection.count(), 1);
    QCOMPARE(connection.at(0).at(0).toBool(), false);
    // While the server is away, a write fails with a clear error and nothing else happens.
    auto lost = f.cases->report(f.user(Role::FieldInspector), f.garbageDraft());
    QVERIFY(!lost);
    QCOMPARE(lost.error().code, Error::Code::DatabaseUnavailable);

    const QString err = server.cluster().startServer();
    QVERIFY2(err.isEmpty(), qPrintable(err));
    feed.poll();
    QVERIFY(feed.isConnected());
    QCOMPARE(connection.count(), 2);
    QCOMPARE(connection.at(1).at(0).toBool(), true);
    QVERIFY(feed.usesNotifications()); // listening again on the new connection

    // The writer's connection comes back by itself, and its change reaches the feed by notification.
    auto c = f.cases->report(f.user(Role::FieldInspector), f.garbageDraft());
    QVERIFY2(c, qPrintable(c.error().message));
    QTRY_VERIFY_WITH_TIMEOUT(arrived.count() > 0, 1000);
    const auto events = arrived.takeFirst().at(0).value<QList<CaseEvent>>();
    QCOMPARE(events.last().caseId, c->id);
}

QTEST_GUILESS_MAIN(TestChangeFeed)
#include "tst_changefeed.moc"
