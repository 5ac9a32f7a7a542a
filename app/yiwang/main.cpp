// yiwang: the command-center client. Opens the case database, starts the modules, shows the shell.
#include "commandline.h"
#include "democitysetup.h"
#include "localization.h"
#include "platform.h"
#include "registeredmodules.h"
#include "screenshotter.h"
#include "errormessages.h"
#include "shellcontroller.h"
#include "startuptrace.h"
#include "exerciseclock.h"
#include "trainingdatabasemaker.h"
#include "wallmode.h"

#include <QApplication>
#include <QEventLoop>
#include <QFont>
#include <QHostInfo>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTextStream>
#include <QWindow>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Yiwang_ShellPlugin)
Q_IMPORT_QML_PLUGIN(Yiwang_UiPlugin)
Q_IMPORT_QML_PLUGIN(Yiwang_WallPlugin)

namespace {

enum ExitCode {
    Ok = 0,
    StartupFailed = 1,
    BadArguments = 2,
    SignInFailed = 3,
    ScreenshotFailed = 4
};

void printError(const QString &message)
{
    QTextStream(stderr) << "yiwang: " << message << Qt::endl;
}

// The first start without a database: builds the demo city, with a window showing the
// progress; false when it was not built (a failure, or the window closed first).
bool buildDemoCityFirst(const yw::app::CommandLine &cmd)
{
    yw::app::DemoCitySetup setup(cmd.database.filePath(), cmd.training);
    QQmlApplicationEngine setupEngine;
    setupEngine.addImportPath(QStringLiteral("qrc:/"));
    const QString autoStart = !cmd.demo.isEmpty()         ? cmd.demo
                              : !cmd.screenshot.isEmpty() ? QStringLiteral("full")
                                                           : QString();
    setupEngine.setInitialProperties(
        {{QStringLiteral("setup"), QVariant::fromValue<QObject *>(&setup)},
         {QStringLiteral("autoStart"), autoStart}});
    setupEngine.load(QUrl(QStringLiteral("qrc:/Yiwang/Ui/DemoCityWindow.qml")));
    if (setupEngine.rootObjects().isEmpty()) {
        printError(QStringLiteral("the first-start window failed to load"));
        return false;
    }
    QApplication::setQuitOnLastWindowClosed(false);
    QEventLoop loop;
    bool built = false;
    QObject::connect(&setup, &yw::app::DemoCitySetup::finished, &loop, [&](bool ok) {
        built = ok;
        if (ok)
            loop.quit();
        else
            printError(setup.error());
    });
    // Closing the window before the city is built ends the program (nothing is left behind).
    QObject::connect(qobject_cast<QWindow *>(setupEngine.rootObjects().constFirst()),
                     &QWindow::visibleChanged, &loop, [&](bool visible) {
                         if (!visible && !setup.isRunning())
                             loop.quit();
                     });
    loop.exec();
    QApplication::setQuitOnLastWindowClosed(true);
    if (!built)
        return false;
    QTextStream(stdout) << "yiwang: built the demo city in " << cmd.database.filePath()
                        << Qt::endl;
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    // QApplication, not QGuiApplication: Qt Charts needs it.
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Yiwang"));
    QApplication::setApplicationName(QStringLiteral("yiwang"));
    QApplication::setApplicationVersion(QStringLiteral(YIWANG_VERSION));
    // The CJK font the set-up installs; without it Chinese renders as boxes.
    QApplication::setFont(QFont(QStringLiteral("WenQuanYi Micro Hei"), 11));

    auto cmd = yw::app::CommandLine::parse(QApplication::arguments());
    if (!cmd) {
        printError(cmd.error().message);
        return BadArguments;
    }
    using yw::shell::StartupTrace;
    if (cmd->traceStartup)
        StartupTrace::enable();
    yw::shell::Localization localization;
    if (auto s = localization.install(cmd->language); !s) {
        printError(s.error().message);
        return BadArguments;
    }

    if (cmd->firstStart && !cmd->trainingSource.isEmpty()) {
        // The first training start on a workstation that has the embedded city: a masked copy.
        const auto made = yw::training::TrainingDatabaseMaker::fromSnapshot(
            yw::store::DatabaseLocation::sqliteFile(cmd->trainingSource), cmd->database);
        if (!made) {
            printError(made.error().message);
            return StartupFailed;
        }
        QTextStream(stdout) << "yiwang: made the training database " << cmd->database.filePath()
                            << " from " << cmd->trainingSource << Qt::endl;
    } else if (cmd->firstStart && !buildDemoCityFirst(cmd.value())) {
        return StartupFailed;
    }

    yw::core::SystemClock systemClock;
    // A training client runs on its seat's exercise clock (started, paused and sped up by the
    // trainer); before an exercise is loaded that is the system clock.
    yw::training::ExerciseClock exerciseClock(systemClock);
    const yw::core::Clock &clock =
        cmd->training ? static_cast<const yw::core::Clock &>(exerciseClock) : systemClock;
    yw::shell::Platform::Options options;
    options.workstation =
        cmd->workstation.isEmpty() ? QHostInfo::localHostName() : cmd->workstation;
    options.settingsFile = cmd->settingsFile;
    options.training = cmd->training;
    auto platform = yw::shell::Platform::create(cmd->database, clock, options);
    StartupTrace::mark(QStringLiteral("platform"));
    QString startupError;
    std::unique_ptr<yw::shell::Platform> services;
    if (platform) {
        services = std::move(platform.value());
    } else {
        startupError = yw::shell::ErrorMessages::describeWithDetail(platform.error());
        printError(startupError);
    }

    std::unique_ptr<yw::training::SeatClockFollower> seatClock;
    if (services && cmd->training)
        seatClock = std::make_unique<yw::training::SeatClockFollower>(services->database(), exerciseClock);

    yw::shell::ModuleHost host;
    for (auto &m : yw::shell::createRegisteredModules())
        host.add(std::move(m));
    if (services) {
        host.initialize(services->context());
        StartupTrace::mark(QStringLiteral("modules-initialized"));
        for (const QString &e : host.errors())
            printError(e);
        if (!cmd->user.isEmpty()) {
            const auto s =
                services->session().signIn(cmd->user, qEnvironmentVariable("YIWANG_PASSWORD"));
            if (!s) {
                printError(yw::shell::ErrorMessages::describe(s.error()));
                return SignInFailed;
            }
            StartupTrace::mark(QStringLiteral("signed-in"));
        }
    }
    if (cmd->wall) {
        if (!services)
            return StartupFailed;
        const int rc = yw::app::runWall(cmd.value(), *services, host);
        host.shutdown();
        return rc;
    }
    if (!cmd->module.isEmpty() && !host.find(cmd->module)) {
        printError(QStringLiteral("there is no module '%1'").arg(cmd->module));
        return BadArguments;
    }

    // A training client opens on its console (or, on a seat, the trainee's desk).
    const QString firstModule =
        cmd->module.isEmpty() && cmd->training ? QStringLiteral("training") : cmd->module;
    yw::shell::ShellController shell(services.get(), &host, startupError, firstModule,
                                     localization.language());
    // Benchmarks and scripted checks: quit by itself at a milestone of the start.
    if (cmd->quitWhen == QLatin1String("interactive"))
        QObject::connect(&shell.starter(), &yw::shell::ModuleStarter::firstInteractive, &app,
                         [] { QApplication::quit(); });
    else if (cmd->quitWhen == QLatin1String("ready"))
        QObject::connect(&shell.starter(), &yw::shell::ModuleStarter::allReady, &app,
                         [] { QApplication::quit(); });
    auto engine = std::make_unique<QQmlApplicationEngine>();
    engine->addImportPath(QStringLiteral("qrc:/"));
    engine->load(QUrl(QStringLiteral("qrc:/Yiwang/Ui/Main.qml")));
    if (engine->rootObjects().isEmpty()) {
        printError(QStringLiteral("the user interface failed to load"));
        return StartupFailed;
    }
    auto *window = qobject_cast<QQuickWindow *>(engine->rootObjects().constFirst());
    StartupTrace::mark(QStringLiteral("window-loaded"));
    if (window && StartupTrace::enabled()) {
        auto first = std::make_shared<QMetaObject::Connection>();
        *first = QObject::connect(window, &QQuickWindow::frameSwapped, window, [first] {
            StartupTrace::mark(QStringLiteral("first-frame"));
            QObject::disconnect(*first);
        });
    }

    int exitCode = Ok;
    std::unique_ptr<yw::app::Screenshotter> shot;
    if (!cmd->screenshot.isEmpty() && window) {
        shot = std::make_unique<yw::app::Screenshotter>(QList<QQuickWindow *>{window}, cmd->screenshot, 1500);
        QObject::connect(shot.get(), &yw::app::Screenshotter::finished, &app,
                         [&](bool ok, const QString &message) {
                             QTextStream(ok ? stdout : stderr) << "yiwang: " << message << Qt::endl;
                             StartupTrace::mark(QStringLiteral("screenshot"));
                             // The error screen is written too, but the run still failed.
                             exitCode = !ok ? ScreenshotFailed : services ? Ok : StartupFailed;
                             QApplication::exit(exitCode);
                         });
        shot->start();
    }
    const int rc = QApplication::exec();
    StartupTrace::mark(QStringLiteral("quit"));
    // The pages go before the modules whose workspaces they show.
    shot.reset();
    engine.reset();
    StartupTrace::mark(QStringLiteral("pages-closed"));
    host.shutdown();
    seatClock.reset();
    StartupTrace::mark(QStringLiteral("modules-stopped"));
    return shot ? exitCode : (services ? rc : StartupFailed);
}
