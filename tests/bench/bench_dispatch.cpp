// Benchmarks of dispatch (tests/bench/run dispatch), on the small demo city:
//   intake_sqlite_per_s / intake_pg_per_s  the whole intake pipeline (validate, locate, route,
//                                          find duplicates, insert the case and its event), one
//                                          report at a time, each its own transaction
//   feed_p50_ms / feed_p99_ms              PostgreSQL: from the commit at one client to the change
//                                          feed's signal at another
//   queue_refresh_ms                       SQLite: the queue board re-reads 10,000 open cases and
//                                          evaluates their deadline lights
#include "changefeed.h"
#include "dispatchworkspace.h"
#include "intakefixture.h"
#include "platform.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTextStream>
#include <QTimer>

#include <random>

namespace {

QTextStream out(stdout);
QTextStream err(stderr);

void figure(const char *name, double value, int decimals = 1)
{
    out << name << ": " << QString::number(value, 'f', decimals) << Qt::endl;
}

yw::core::CaseRecord randomReport(const yw::gis::Locator &locator, std::mt19937_64 &rng)
{
    static const QStringList classes = {"06010", "06036", "07001", "09005",
                                        "09006", "09009", "06012", "06042"};
    std::uniform_int_distribution<int> pickGrid(0, locator.grids().size() - 1);
    std::uniform_real_distribution<double> unit(0, 1);
    const yw::gis::Box &b = locator.grids().bounds(pickGrid(rng));
    return yw::test::IntakeFixture::draft(
        classes[int(unit(rng) * classes.size()) % classes.size()],
        b.min_corner().x() + unit(rng) * (b.max_corner().x() - b.min_corner().x()),
        b.min_corner().y() + unit(rng) * (b.max_corner().y() - b.min_corner().y()));
}

double intakeRate(yw::test::IntakeFixture &f, int n)
{
    std::mt19937_64 rng(1);
    const yw::core::User op = f.user(QStringLiteral("intake01"));
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < n; ++i) {
        auto r = f.intake->submit(op, randomReport(*f.locator, rng));
        if (!r) {
            err << "intake failed: " << r.error().message << Qt::endl;
            return 0;
        }
    }
    return n / (t.nsecsElapsed() / 1e9);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    qputenv("YW_TEST_BACKEND", "sqlite");
    {
        yw::test::TestBackend sqlite;
        sqlite.setUp();
        yw::test::IntakeFixture f;
        if (const QString e = f.open(sqlite); !e.isEmpty()) {
            err << e << Qt::endl;
            return 1;
        }
        figure("intake_sqlite_per_s", intakeRate(f, 5000), 0);
        // Fill the queue to 10,000 open cases, then time the board's refresh.
        std::mt19937_64 rng(3);
        const yw::core::User op = f.user(QStringLiteral("intake01"));
        auto open = f.db->exec(QStringLiteral("SELECT COUNT(*) FROM cases WHERE state NOT IN "
                                              "('Closed','NotFiled','Voided','Merged')"));
        open.value().next();
        for (qint64 i = open.value().value(0).toLongLong(); i < 10000; ++i)
            f.intake->submit(op, randomReport(*f.locator, rng));
        yw::core::SystemClock clock;
        auto platform = yw::shell::Platform::create(f.db->location(), clock);
        if (!platform) {
            err << platform.error().message << Qt::endl;
            return 1;
        }
        platform.value()->session().signIn(QStringLiteral("shift1"), QStringLiteral("Yiwang2026"));
        yw::dispatch::DispatchWorkspace board(platform.value()->context());
        board.refresh();
        std::vector<double> ms;
        for (int i = 0; i < 10; ++i) {
            QElapsedTimer t;
            t.start();
            board.refresh();
            ms.push_back(t.nsecsElapsed() / 1e6);
        }
        std::sort(ms.begin(), ms.end());
        figure("queue_refresh_ms", ms[ms.size() / 2], 1);
        figure("queue_open_cases", board.queue()->total(), 0);
    }
    qputenv("YW_TEST_BACKEND", "postgresql");
    yw::test::TestBackend pg;
    if (const QString e = pg.setUp(); !e.isEmpty()) {
        err << e << Qt::endl;
        return 1;
    }
    {
        yw::test::IntakeFixture f;
        if (const QString e = f.open(pg); !e.isEmpty()) {
            err << e << Qt::endl;
            return 1;
        }
        figure("intake_pg_per_s", intakeRate(f, 3000), 0);

        // The change feed: commit at this client, signal at another.
        auto other = f.db->openAnother();
        if (!other)
            return 1;
        yw::store::ChangeFeed feed(std::move(other.value()));
        feed.start();
        std::mt19937_64 rng(2);
        const yw::core::User op = f.user(QStringLiteral("intake01"));
        std::vector<double> ms;
        for (int i = 0; i < 300; ++i) {
            QEventLoop loop;
            QElapsedTimer t;
            QObject::connect(&feed, &yw::store::ChangeFeed::caseEventsArrived, &loop,
                             &QEventLoop::quit);
            QTimer::singleShot(3000, &loop, &QEventLoop::quit);
            t.start();
            if (!f.intake->submit(op, randomReport(*f.locator, rng)))
                return 1;
            loop.exec();
            ms.push_back(t.nsecsElapsed() / 1e6);
        }
        std::sort(ms.begin(), ms.end());
        figure("feed_p50_ms", ms[ms.size() / 2], 1);
        figure("feed_p99_ms", ms[ms.size() * 99 / 100], 1);
    }
    pg.tearDown();
    return 0;
}
