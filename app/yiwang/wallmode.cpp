#include "wallmode.h"

#include "errormessages.h"
#include "modulehost.h"
#include "modulestarter.h"
#include "platform.h"
#include "screenshotter.h"
#include "session.h"
#include "walldisplay.h"

#include <QApplication>
#include <QCursor>
#include <QQmlEngine>
#include <QQuickWindow>
#include <QTextStream>

namespace yw::app {

namespace {
void say(bool ok, const QString &message)
{
    QTextStream(ok ? stdout : stderr) << "yiwang: " << message << Qt::endl;
}
} // namespace

int runWall(const CommandLine &cmd, yw::shell::Platform &platform, yw::shell::ModuleHost &host)
{
    auto config = yw::wall::WallConfig::load(cmd.wallConfig);
    if (!config) {
        say(false, config.error().message);
        return 2;
    }
    // The wall reads as an account of its own (a leader's scope: the whole city, usually).
    if (!platform.session().isSignedIn()) {
        const QString login = cmd.user.isEmpty() ? config.value().account() : cmd.user;
        if (login.isEmpty()) {
            say(false, QStringLiteral("the wall signs in as an account: give --user or the wall file's account"));
            return 3;
        }
        if (auto s = platform.session().signIn(login, qEnvironmentVariable("YIWANG_PASSWORD")); !s) {
            say(false, yw::shell::ErrorMessages::describe(s.error()));
            return 3;
        }
    }
    yw::shell::ModuleStarter starter(host);
    // Scenarios first (the wall's usual content), the other modules' data after, in the background.
    starter.begin(QStringLiteral("scenario"));
    QQmlEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    yw::walldisplay::WallDisplay::Options options;
    options.startPreset = cmd.wallPreset;
    options.renderAll = !cmd.screenshot.isEmpty();
    yw::walldisplay::WallDisplay display(config.value(), host, platform.context(),
                                         [&starter](const QString &id) { starter.open(id); }, engine, options);
    if (auto s = display.start(); !s)
        say(false, s.error().message); // a port taken: the wall shows all the same
    const QList<quint16> ports = display.ports();
    say(true, QStringLiteral("wall %1: %2 monitors, control tcp %3 websocket %4 http %5 on %6")
                  .arg(config.value().id())
                  .arg(config.value().monitors().size())
                  .arg(ports.at(0))
                  .arg(ports.at(1))
                  .arg(ports.at(2))
                  .arg(config.value().bind().toString()));
    // No pointer on a wall.
    QGuiApplication::setOverrideCursor(QCursor(Qt::BlankCursor));

    int exitCode = 0;
    std::unique_ptr<Screenshotter> shot;
    if (!cmd.screenshot.isEmpty()) {
        shot = std::make_unique<Screenshotter>(display.quickWindows(), cmd.screenshot, 2000,
                                               [&display] { return display.picture(); });
        QObject::connect(shot.get(), &Screenshotter::finished, qApp, [&](bool ok, const QString &message) {
            say(ok, message);
            exitCode = ok ? 0 : 4;
            QApplication::exit(exitCode);
        });
        shot->start();
    }
    const int rc = QApplication::exec();
    return shot ? exitCode : rc;
}

} // namespace yw::app
