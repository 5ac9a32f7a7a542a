// The start and the quit of yiwang on the full demo city (tests/bench/run startup), SQLite (the
// city the other benchmarks share) and PostgreSQL (a throwaway cluster, the same city built into
// it: a few minutes). Each run starts the real program as a workstation does at shift change
// (signed in from the command line, offscreen), with --trace-startup, and times the milestones
// as their lines arrive:
//   startup_ms         launch to the first module (dispatch) interactive: its data shown
//   startup_all_ms     launch to every module's data ready (the map's components, the evaluation)
//   quit_ms            the quit asked (after everything is ready) to the process gone
//   quit_busy_ms       the same when quitting as soon as the first module is interactive, while
//                      the others still load (their reads must be called off, not waited for)
//   startup_rss_mb     resident memory when the first module is interactive
//   startup_all_rss_mb resident memory once everything is ready
//   startup_ms_<module> launch to that module interactive when it is the one opened first
// Each is the median of three runs; _pg figures are the same on PostgreSQL.
#include "benchcity.h"
#include "democitybuilder.h"
#include "testbackend.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTextStream>
#include <QTimeZone>

#include <algorithm>

namespace {
QTextStream out(stdout);
QTextStream err(stderr);

double residentMb(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}

struct Run
{
    double interactiveMs = -1, allMs = -1, quitMs = -1, rssInteractive = -1, rssAll = -1;
    QString error;
};

// One start of yiwang: until it quits by itself at `quitWhen` (interactive or ready).
Run launch(const QString &db, const QString &module, const QString &quitWhen)
{
    Run r;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("YIWANG_PASSWORD"), QStringLiteral("Yiwang2026"));
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer t;
    t.start();
    p.start(QStringLiteral(YIWANG_BIN),
            {QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("shift1"),
             QStringLiteral("--module"), module, QStringLiteral("--trace-startup"),
             QStringLiteral("--quit-when"), quitWhen});
    if (!p.waitForStarted(10000)) {
        r.error = QStringLiteral("yiwang did not start");
        return r;
    }
    double quitAt = -1;
    QByteArray pending;
    while (p.state() != QProcess::NotRunning && t.elapsed() < 180000) {
        p.waitForReadyRead(20);
        pending += p.readAllStandardOutput();
        int nl;
        while ((nl = int(pending.indexOf('\n'))) >= 0) {
            const QByteArray line = pending.left(nl);
            pending.remove(0, nl + 1);
            const double now = t.nsecsElapsed() / 1e6;
            const QList<QByteArray> parts = line.split(' ');
            if (parts.value(0) != "yiwang-trace")
                continue;
            const QByteArray what = parts.value(2);
            if (what == "interactive" && parts.value(3) == module.toUtf8() && r.interactiveMs < 0) {
                r.interactiveMs = now;
                r.rssInteractive = residentMb(p.processId());
            } else if (what == "all-ready") {
                r.allMs = now;
                r.rssAll = residentMb(p.processId());
            } else if (what == "quit") {
                quitAt = now;
            }
        }
    }
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished();
        r.error = QStringLiteral("yiwang did not quit within three minutes");
        return r;
    }
    const double exitAt = t.nsecsElapsed() / 1e6;
    if (quitAt >= 0)
        r.quitMs = exitAt - quitAt;
    if (p.exitCode() != 0)
        r.error = QStringLiteral("yiwang exited with %1: %2")
                      .arg(p.exitCode())
                      .arg(QString::fromUtf8(p.readAllStandardError()).trimmed().right(300));
    return r;
}

double median(std::vector<double> v)
{
    v.erase(std::remove_if(v.begin(), v.end(), [](double x) { return x < 0; }), v.end());
    if (v.empty())
        return -1;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

void figure(const QString &name, double value)
{
    out << name << ": " << (value < 0 ? QStringLiteral("n/a") : QString::number(value, 'f', 0))
        << Qt::endl;
}

// All the figures on one database; false when a run failed.
bool measure(const QString &db, const QString &suffix)
{
    std::vector<double> interactive, all, quit, rss, rssAll, quitBusy;
    for (int i = 0; i < 3; ++i) {
        const Run r = launch(db, QStringLiteral("dispatch"), QStringLiteral("ready"));
        if (!r.error.isEmpty()) {
            err << r.error << Qt::endl;
            return false;
        }
        interactive.push_back(r.interactiveMs);
        all.push_back(r.allMs);
        quit.push_back(r.quitMs);
        rss.push_back(r.rssInteractive);
        rssAll.push_back(r.rssAll);
    }
    for (int i = 0; i < 3; ++i) {
        const Run r = launch(db, QStringLiteral("dispatch"), QStringLiteral("interactive"));
        if (!r.error.isEmpty()) {
            err << r.error << Qt::endl;
            return false;
        }
        quitBusy.push_back(r.quitMs);
    }
    figure("startup_ms" + suffix, median(interactive));
    figure("startup_all_ms" + suffix, median(all));
    figure("quit_ms" + suffix, median(quit));
    figure("quit_busy_ms" + suffix, median(quitBusy));
    figure("startup_rss_mb" + suffix, median(rss));
    figure("startup_all_rss_mb" + suffix, median(rssAll));
    for (const char *module : {"overview", "onemap", "evaluation"}) {
        std::vector<double> ms;
        for (int i = 0; i < 3; ++i) {
            const Run r = launch(db, QString::fromLatin1(module), QStringLiteral("interactive"));
            if (!r.error.isEmpty()) {
                err << r.error << Qt::endl;
                return false;
            }
            ms.push_back(r.interactiveMs);
        }
        figure(QStringLiteral("startup_ms_%1%2").arg(QLatin1String(module), suffix), median(ms));
    }
    return true;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString city = yw::bench::fullDemoCity(QStringLiteral(YIWANG_ADMIN_BIN));
    if (city.isEmpty()) {
        err << "yiwang-admin demo failed" << Qt::endl;
        return 1;
    }
    // A first start brings an older city's schema and facts up to date: not part of the figure.
    launch(city, QStringLiteral("dispatch"), QStringLiteral("ready"));
    if (!measure(city, QString()))
        return 1;
    if (qEnvironmentVariable("YW_BENCH_STARTUP_PG", QStringLiteral("1")) == QLatin1String("0")) {
        out << "startup_ms_pg: n/a (YW_BENCH_STARTUP_PG=0)" << Qt::endl;
        return 0;
    }
    qputenv("YW_TEST_BACKEND", "postgresql");
    yw::test::TestBackend pg;
    if (const QString e = pg.setUp(); !e.isEmpty()) {
        out << "startup_ms_pg: n/a (" << e << ")" << Qt::endl;
        return 0;
    }
    const QString spec = pg.freshSpec();
    {
        auto db = yw::bench::openDatabase(spec, yw::store::Database::OpenMode::CreateIfMissing);
        if (!db) {
            err << db.error().message << Qt::endl;
            return 1;
        }
        auto built = yw::bench::buildFullDemoCityInto(*db.value());
        if (!built) {
            err << built.error().message << Qt::endl;
            return 1;
        }
        out << "demo_build_s_pg: " << QString::number(built.value(), 'f', 0) << Qt::endl;
    }
    const bool ok = measure(spec, QStringLiteral("_pg"));
    pg.tearDown();
    return ok ? 0 : 1;
}
