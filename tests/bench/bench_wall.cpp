// Benchmarks of the video wall (tests/bench/run wall) on a copy of the full demo city (SQLite;
// the wall writes its layout and audit rows, and the alarm measure supervises cases), the wall's
// clock at 18:00 on 19 November 2026, the city overview (城市运行总览) as its content, under Xvfb
// when the run script finds it (Mesa's OpenGL), else offscreen:
//   wall_frame_ms_4k       a frame of the city overview on a 3840×2160 wall (2×2 1080p on one
//                          processor desktop) while cases are reported at another workstation
//                          (two a second): the median time between frames asked for back to back
//   wall_frame_ms_8k       the same on the 7680×2160 wall of examples/wall-4x2.json
//   window_frame_ms_4k/_8k the peer: a window of the same size showing one rectangle, what this
//                          platform takes for any frame of that size (the ratio is printed)
//   wall_command_ms        a command on the TCP control (a map window opened or closed) until the
//                          frame that shows it on the 4K wall, median of 20 (target ≤ 100);
//                          wall_command_ms_8k the same on the 8K wall
//   wall_alarm_ms          a case supervised to level 3 at another workstation (its commit) until
//                          the frame with the wall's alarm pop-up, median of 5 (target ≤ 1,000)
//   wall_24h_rss_growth_kb a day of the wall's clock in a minute (a scaled clock, 1,440×): a
//                          playlist every ten minutes, day and night, alarms; the resident memory
//                          gained over the second half (an unattended wall must stay flat)
#include "benchcity.h"

#include "caseservice.h"
#include "modulehost.h"
#include "modulestarter.h"
#include "platform.h"
#include "registeredmodules.h"
#include "session.h"
#include "walldisplay.h"

#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQmlEngine>
#include <QQuickWindow>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTextStream>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Yiwang_UiPlugin)
Q_IMPORT_QML_PLUGIN(Yiwang_WallPlugin)

using namespace yw::wall;

namespace {
QTextStream out(stdout);
QTextStream err(stderr);
const QString kToken = QStringLiteral("bench-control-token");

qint64 rssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

double median(QList<double> v)
{
    if (v.isEmpty())
        return -1;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

quint16 freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

// A desktop wall of cols × rows 1080p panels (55", 3.5 mm bezels), its TCP control on `port`.
WallConfig wall(int cols, int rows, quint16 port, const QJsonArray &rules = {}, const QJsonArray &playlists = {})
{
    QJsonArray monitors;
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c)
            monitors.append(QJsonObject{{"id", QStringLiteral("%1%2").arg(QChar('A' + r)).arg(c + 1)},
                                        {"x", 1.75 + c * 1213.1}, {"y", 1.75 + r * 683.9}, {"width", 1209.6},
                                        {"height", 680.4}, {"bezel", 1.75}, {"resolution", QJsonArray{1920, 1080}}});
    const QJsonObject o{{"schemaVersion", 1}, {"id", QStringLiteral("bench%1x%2").arg(cols).arg(rows)},
                        {"output", "desktop"}, {"monitors", monitors}, {"rules", rules}, {"playlists", playlists},
                        {"alarm", QJsonObject{{"autoDismissSeconds", 0}}},
                        {"control", QJsonObject{{"tcp", port}, {"commandsPerSecond", 100},
                                                {"tokens", QJsonArray{QJsonObject{{"name", "bench"}, {"role", "control"},
                                                                                  {"sha256", WallConfig::hashToken(kToken)}}}}}}};
    return WallConfig::parse(QJsonDocument(o).toJson()).value();
}

// Waits for the next frame of the window, at most `ms`; false if none came.
bool nextFrame(QQuickWindow *w, int ms = 10000)
{
    QEventLoop loop;
    bool swapped = false;
    auto c = QObject::connect(w, &QQuickWindow::frameSwapped, &loop, [&] {
        swapped = true;
        loop.quit();
    });
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    w->update();
    loop.exec();
    QObject::disconnect(c);
    return swapped;
}

void settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

struct Workstation
{
    std::unique_ptr<yw::shell::Platform> platform;
    yw::shell::ModuleHost host;
    std::unique_ptr<yw::shell::ModuleStarter> starter;

    bool open(const yw::store::DatabaseLocation &where, const yw::core::Clock &clock, const QString &name)
    {
        yw::shell::Platform::Options o;
        o.workstation = name;
        o.settingsFile = yw::bench::benchDir() + QStringLiteral("/bench-wall-%1.ini").arg(name);
        auto p = yw::shell::Platform::create(where, clock, o);
        if (!p) {
            err << p.error().message << Qt::endl;
            return false;
        }
        platform = std::move(p.value());
        for (auto &m : yw::shell::createRegisteredModules())
            host.add(std::move(m));
        host.initialize(platform->context());
        starter = std::make_unique<yw::shell::ModuleStarter>(host);
        starter->begin(QStringLiteral("scenario"));
        return bool(platform->session().signIn(QStringLiteral("leader1"), QStringLiteral("Yiwang2026")));
    }
    ~Workstation() { host.shutdown(); }
};

// The frame time with cases reported meanwhile at another workstation.
double frameMs(yw::walldisplay::WallDisplay &display, yw::store::CaseService &other, const yw::core::User &reporter,
               int frames)
{
    QQuickWindow *w = display.quickWindows().first();
    for (int i = 0; i < 20; ++i)
        nextFrame(w);
    QTimer reports;
    int n = 0;
    QObject::connect(&reports, &QTimer::timeout, [&] {
        yw::core::CaseRecord d;
        d.source = yw::core::SourceChannel::Patrol;
        d.kind = yw::core::TaxonomyKind::Matter;
        d.classCode = QStringLiteral("06010");
        d.description = QStringLiteral("暴露垃圾 %1").arg(++n);
        d.hasLocation = true;
        d.longitude = 112.98 + (n % 10) * 0.002;
        d.latitude = 28.19;
        other.report(reporter, d);
    });
    reports.start(500);
    QList<double> t;
    QElapsedTimer timer;
    for (int i = 0; i < frames; ++i) {
        timer.start();
        if (!nextFrame(w))
            break;
        t << timer.nsecsElapsed() / 1e6;
    }
    return median(t);
}
} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QString full = yw::bench::fullDemoCity(QStringLiteral(YIWANG_ADMIN_BIN));
    if (full.isEmpty())
        return 1;
    const QString copy = yw::bench::benchDir() + QStringLiteral("/wall-city.sqlite");
    QFile::remove(copy);
    if (!QFile::copy(full, copy)) {
        err << "cannot copy the city to " << copy << Qt::endl;
        return 1;
    }
    out << "platform: " << QGuiApplication::platformName() << Qt::endl;
    const auto where = yw::store::DatabaseLocation::sqliteFile(copy);
    const QTimeZone zone(QByteArrayLiteral("Asia/Shanghai"));
    yw::core::SystemClock system;
    yw::core::ScaledClock clock(system, QDateTime(QDate(2026, 11, 19), QTime(18, 0), zone), 1.0);

    Workstation wallStation;
    if (!wallStation.open(where, clock, QStringLiteral("bench-wall")))
        return 1;
    // The other workstation: its own connection and case service.
    auto otherDb = yw::store::Database::open(where, yw::store::Database::OpenMode::Existing, QStringLiteral("bench-desk"));
    if (!otherDb)
        return 1;
    auto &ctx = wallStation.platform->context();
    yw::store::CaseService other(*otherDb.value(), clock,
                                 yw::store::CaseService::Rules{*ctx.taxonomy, *ctx.calendar, *ctx.timeLimits, *ctx.areas});
    yw::core::User inspector = wallStation.platform->session().user();
    inspector.roles = yw::core::Role::FieldInspector | yw::core::Role::Leader;

    // The peer: an empty window of the wall's size, its frames asked for back to back.
    QHash<int, double> floor;
    for (const auto &[cols, name] : {std::pair{2, "window_frame_ms_4k"}, std::pair{4, "window_frame_ms_8k"}}) {
        QQuickWindow empty;
        empty.setFlags(Qt::FramelessWindowHint);
        empty.resize(cols * 1920, 2160);
        empty.setColor(QColor(0x02, 0x06, 0x0d));
        empty.show();
        for (int i = 0; i < 10; ++i)
            nextFrame(&empty);
        QList<double> t;
        QElapsedTimer timer;
        for (int i = 0; i < 60; ++i) {
            timer.start();
            if (!nextFrame(&empty))
                break;
            t << timer.nsecsElapsed() / 1e6;
        }
        floor.insert(cols, median(t));
        out << name << ": " << QString::number(floor.value(cols), 'f', 1) << Qt::endl;
    }
    for (const auto &[cols, name] : {std::pair{2, "wall_frame_ms_4k"}, std::pair{4, "wall_frame_ms_8k"}}) {
        QQmlEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/"));
        const quint16 port = freePort();
        yw::walldisplay::WallDisplay display(wall(cols, 2, port), wallStation.host, ctx,
                                             [&](const QString &id) { wallStation.starter->open(id); }, engine, {});
        display.start();
        // The overview's sources read, drawn.
        settle(4000);
        const double frame = frameMs(display, other, inspector, 60);
        out << name << ": " << QString::number(frame, 'f', 1) << " (" << QString::number(frame / floor.value(cols), 'f', 2)
            << "× an empty window's frame)" << Qt::endl;

        // A command on the TCP control until the frame that shows it.
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, port);
        client.waitForConnected(5000);
        client.write(QStringLiteral("auth %1\n").arg(kToken).toUtf8());
        while (!client.canReadLine())
            settle(5);
        client.readAll();
        QQuickWindow *w = display.quickWindows().first();
        QList<double> commands;
        for (int i = 0; i < 20; ++i) {
            bool changed = false;
            auto c = QObject::connect(&display.controller(), &WallController::layoutChanged, [&] { changed = true; });
            QElapsedTimer t;
            t.start();
            client.write(i % 2 ? "close overlay\n" : "open overlay map on A1:B2\n");
            while (!changed && t.elapsed() < 10000)
                settle(1);
            nextFrame(w);
            commands << t.nsecsElapsed() / 1e6;
            QObject::disconnect(c);
            settle(300);
        }
        out << (cols == 2 ? "wall_command_ms: " : "wall_command_ms_8k: ") << QString::number(median(commands), 'f', 1)
            << Qt::endl;
    }

    {
        // An alarm: a case supervised to level 3 at the other workstation, until the pop-up's frame.
        QQmlEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/"));
        const QJsonArray rules{QJsonObject{{"name", "三级督办"}, {"when", QJsonObject{{"supervision", 3}}}, {"alarm", true}}};
        yw::walldisplay::WallDisplay display(wall(4, 2, freePort(), rules), wallStation.host, ctx,
                                             [&](const QString &id) { wallStation.starter->open(id); }, engine, {});
        display.start();
        settle(3000);
        QQuickWindow *w = display.quickWindows().first();
        yw::store::CaseQuery q;
        q.states = {yw::core::CaseState::Dispatched, yw::core::CaseState::Handling};
        q.limit = 5;
        const auto cases = yw::store::CaseRepository(*otherDb.value()).find(q).value();
        QList<double> alarms;
        yw::core::User leader = inspector;
        for (const auto &k0 : cases) {
            yw::core::CaseRecord k = k0;
            while (k.supervisionLevel < 2)
                k = other.act(leader, k.id, k.version, yw::core::CaseAction::Supervise, {QStringLiteral("催办"), 0, 0, 0, 0, {}}).value();
            settle(500);
            bool raised = false;
            auto c = QObject::connect(&display.controller(), &WallController::alarmsChanged, [&] { raised = true; });
            QElapsedTimer t;
            t.start();
            other.act(leader, k.id, k.version, yw::core::CaseAction::Supervise, {QStringLiteral("三级督办"), 0, 0, 0, 0, {}});
            while (!raised && t.elapsed() < 10000)
                settle(1);
            nextFrame(w);
            if (raised)
                alarms << t.nsecsElapsed() / 1e6;
            QObject::disconnect(c);
        }
        out << "wall_alarm_ms: " << QString::number(median(alarms), 'f', 1) << " (" << alarms.size() << " alarms)" << Qt::endl;
    }

    {
        // A day in a minute.
        yw::core::ScaledClock fast(system, QDateTime(QDate(2026, 11, 19), QTime(6, 0), zone), 1440.0);
        Workstation dayStation;
        if (!dayStation.open(where, fast, QStringLiteral("bench-day")))
            return 1;
        QQmlEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/"));
        const QJsonArray rules{
            QJsonObject{{"name", "白天"}, {"when", QJsonObject{{"schedule", QJsonObject{{"from", "07:00"}, {"to", "22:00"}}}}}, {"mode", "day"}},
            QJsonObject{{"name", "夜间"}, {"when", QJsonObject{{"schedule", QJsonObject{{"from", "22:00"}, {"to", "07:00"}}}}}, {"mode", "night"}},
            QJsonObject{{"name", "传感报警"}, {"when", QJsonObject{{"sensorAlarm", true}}}, {"alarm", true}}};
        const QJsonArray playlists{QJsonObject{{"name", "轮播"}, {"presets", QJsonArray{"p1", "p2", "p3"}}, {"intervalSeconds", 600}}};
        yw::walldisplay::WallDisplay display(wall(2, 2, freePort(), rules, playlists), dayStation.host, dayStation.platform->context(),
                                             [&](const QString &id) { dayStation.starter->open(id); }, engine, {});
        display.start();
        auto run = [&](const QString &line) {
            return display.controller().execute(WallCommand::fromLine(line).value(), {"bench", ControlRole::Control, "local", {}});
        };
        run("show template:0-city-overview in main on A1:B2");
        run("save p1");
        run("show template:1-daily-briefing in main on A1:B2");
        run("save p2");
        run("show template:2-typhoon-emergency in main on A1:B2");
        run("save p3");
        run("playlist start 轮播");
        QQuickWindow *w = display.quickWindows().first();
        auto runFor = [&](int ms) {
            QElapsedTimer t;
            t.start();
            while (t.elapsed() < ms)
                nextFrame(w, 200);
        };
        runFor(30000);
        const qint64 half = rssKb();
        runFor(30000);
        out << "wall_24h_rss_growth_kb: " << (rssKb() - half) << " (rss " << rssKb() / 1024 << " MB, wall clock now "
            << fast.now().toTimeZone(zone).toString(QStringLiteral("MM-dd HH:mm")) << ")" << Qt::endl;
    }
    return 0;
}
