// SourceRefresher: asks made while a source is being read are folded into one more read (no
// pile-up behind a slow query); at midnight by the clock the sources with relative windows are
// read again, and only they; a control's change reads everything again; errors are reported;
// reads of sources that were replaced meanwhile are dropped.
#include "sourcerefresher.h"

#include <QPromise>
#include <QSignalSpy>
#include <QTest>

using namespace yw::core;
using yw::scenario::SourceRefresher;
using Table = SourceRefresher::Table;

namespace {
// Reads that finish only when the test says so.
struct HeldReads
{
    QList<std::shared_ptr<QPromise<Result<Table>>>> pending;
    QList<QVariantMap> parameters;
    QStringList ids;
    QList<DatasetQuery> queries;
    SourceRefresher::Read read()
    {
        return [this](const QString &id, const DatasetQuery &q, const QVariantMap &p) {
            ids << id;
            queries << q;
            auto promise = std::make_shared<QPromise<Result<Table>>>();
            promise->start();
            pending << promise;
            parameters << p;
            return promise->future();
        };
    }
    void finishAll(const Result<Table> &r)
    {
        const auto now = pending;
        pending.clear();
        for (const auto &p : now) {
            p->addResult(r);
            p->finish();
        }
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
    }
};

DatasetQuery withWindow(DatasetTimeWindow::Relative relative)
{
    DatasetQuery q;
    q.dataset = QStringLiteral("cases");
    q.window.relative = relative;
    q.window.field = QStringLiteral("reported_at");
    q.window.from = QDateTime(QDate(2026, 11, 1), QTime(0, 0), QTimeZone::utc());
    q.window.to = QDateTime(QDate(2026, 11, 2), QTime(0, 0), QTimeZone::utc());
    return q;
}

Table oneRow()
{
    return Table{{QStringLiteral("n")}, {{QVariant(7)}}};
}
} // namespace

class TestSourceRefresher : public QObject
{
    Q_OBJECT
    QTimeZone zone = QTimeZone(QByteArrayLiteral("Asia/Shanghai"));

private slots:
    void foldsAsksWhileReading()
    {
        ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), zone));
        HeldReads reads;
        SourceRefresher refresher(clock, zone, reads.read());
        QSignalSpy updated(&refresher, &SourceRefresher::updated);
        refresher.setSources({{QStringLiteral("a"), withWindow(DatasetTimeWindow::Relative::Today)}}, 0);
        QCOMPARE(refresher.readsStarted(), 1);
        QVERIFY(refresher.isReading("a"));
        for (int i = 0; i < 5; ++i)
            refresher.refresh("a"); // a slow query: five asks meanwhile
        QCOMPARE(refresher.readsStarted(), 1);
        QCOMPARE(refresher.readsFolded(), 1);
        reads.finishAll(oneRow());
        QCOMPARE(updated.count(), 1);
        QCOMPARE(updated[0][0].toString(), QStringLiteral("a"));
        QCOMPARE(refresher.readsStarted(), 2); // one more, not five
        reads.finishAll(oneRow());
        QCOMPARE(updated.count(), 2);
        QCOMPARE(refresher.readsStarted(), 2);
        QVERIFY(!refresher.isReading("a"));
    }

    // A cross-filter changes one source's query: that source alone is read, with the new query.
    void aNewQueryReadsThatSourceAlone()
    {
        ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), zone));
        HeldReads reads;
        SourceRefresher refresher(clock, zone, reads.read());
        refresher.setSources({{QStringLiteral("a"), withWindow(DatasetTimeWindow::Relative::Today)},
                              {QStringLiteral("b"), withWindow(DatasetTimeWindow::Relative::Today)}}, 0);
        reads.finishAll(oneRow());
        reads.ids.clear();
        DatasetQuery filtered = withWindow(DatasetTimeWindow::Relative::Today);
        filtered.filters << yw::core::DatasetFilter{QStringLiteral("district"), yw::core::DatasetFilter::Op::Equals,
                                                    {QStringLiteral("430102")}, {}};
        refresher.setQuery(QStringLiteral("b"), filtered);
        QCOMPARE(reads.ids, QStringList{QStringLiteral("b")});
        QCOMPARE(reads.queries.last().filters.size(), 1);
        refresher.setQuery(QStringLiteral("nope"), filtered);
        QCOMPARE(reads.ids.size(), 1);
        reads.finishAll(oneRow());
    }

    void midnightReadsTheRelativeSourcesAgain()
    {
        ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(23, 59), zone));
        HeldReads reads;
        SourceRefresher refresher(clock, zone, reads.read());
        refresher.setSources({{QStringLiteral("today"), withWindow(DatasetTimeWindow::Relative::Today)},
                              {QStringLiteral("fixed"), withWindow(DatasetTimeWindow::Relative::Fixed)},
                              {QStringLiteral("all"), withWindow(DatasetTimeWindow::Relative::None)}},
                             0);
        reads.finishAll(oneRow());
        QCOMPARE(refresher.readsStarted(), 3);
        clock.set(QDateTime(QDate(2026, 11, 23), QTime(23, 59, 30), zone)); // the same day
        QCOMPARE(refresher.readsStarted(), 3);
        clock.set(QDateTime(QDate(2026, 11, 24), QTime(0, 0, 5), zone));
        QCOMPARE(refresher.readsStarted(), 4); // only "today"
        QVERIFY(refresher.isReading("today"));
        QVERIFY(!refresher.isReading("fixed") && !refresher.isReading("all"));
    }

    void aControlsChangeReadsEverythingAgain()
    {
        ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), zone));
        HeldReads reads;
        SourceRefresher refresher(clock, zone, reads.read());
        refresher.setSources({{QStringLiteral("a"), withWindow(DatasetTimeWindow::Relative::None)},
                              {QStringLiteral("b"), withWindow(DatasetTimeWindow::Relative::None)}},
                             0);
        reads.finishAll(oneRow());
        refresher.setParameters({{QStringLiteral("district"), QStringLiteral("430104")}});
        QCOMPARE(refresher.readsStarted(), 4);
        QCOMPARE(reads.parameters.last().value("district").toString(), QStringLiteral("430104"));
        reads.finishAll(oneRow());
        refresher.setParameters({{QStringLiteral("district"), QStringLiteral("430104")}}); // unchanged
        QCOMPARE(refresher.readsStarted(), 4);
    }

    void errorsAreReportedAndOldReadsDropped()
    {
        ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), zone));
        HeldReads reads;
        SourceRefresher refresher(clock, zone, reads.read());
        QSignalSpy updated(&refresher, &SourceRefresher::updated);
        QSignalSpy failed(&refresher, &SourceRefresher::failed);
        refresher.setSources({{QStringLiteral("a"), withWindow(DatasetTimeWindow::Relative::None)}}, 0);
        reads.finishAll(Result<Table>(Error::make(Error::Code::DatabaseUnavailable, QStringLiteral("server away"))));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed[0][1].toString(), QStringLiteral("server away"));
        // A read under way when the scenario's sources are replaced is not shown.
        refresher.refresh("a");
        refresher.setSources({{QStringLiteral("b"), withWindow(DatasetTimeWindow::Relative::None)}}, 0);
        reads.finishAll(oneRow());
        QCOMPARE(updated.count(), 1);
        QCOMPARE(updated[0][0].toString(), QStringLiteral("b"));
    }

    void readsOnTheInterval()
    {
        ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), zone));
        HeldReads reads;
        SourceRefresher refresher(clock, zone, reads.read());
        refresher.setSources({{QStringLiteral("a"), withWindow(DatasetTimeWindow::Relative::None)}}, 50);
        reads.finishAll(oneRow());
        QTRY_VERIFY(refresher.readsStarted() >= 2);
    }
};

QTEST_GUILESS_MAIN(TestSourceRefresher)
#include "tst_sourcerefresher.moc"
