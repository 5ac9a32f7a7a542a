#include "commandline.h"

#include "localization.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace yw::app {

using namespace yw::core;

QString CommandLine::defaultDatabasePath(bool training)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(training ? QStringLiteral("training.sqlite")
                                       : QStringLiteral("yiwang.sqlite"));
}

Result<CommandLine> CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Yiwang city-management command center"));
    p.addHelpOption();
    p.addVersionOption();
    const QCommandLineOption db(
        QStringLiteral("db"),
        QStringLiteral("Case database: an SQLite file or postgresql://user@host:port/db "
                       "(default: %1).")
            .arg(defaultDatabasePath()),
        QStringLiteral("location"));
    const QCommandLineOption module(QStringLiteral("module"),
                                    QStringLiteral("Module to open first."), QStringLiteral("id"));
    const QCommandLineOption lang(
        QStringLiteral("lang"), QStringLiteral("Interface language: zh_CN (default) or en."),
        QStringLiteral("language"), yw::shell::Localization::defaultLanguage());
    const QCommandLineOption shot(
        QStringLiteral("screenshot"),
        QStringLiteral("Render the window, write it to this PNG file and quit."),
        QStringLiteral("png"));
    const QCommandLineOption user(
        QStringLiteral("user"),
        QStringLiteral("Sign in as this user; the password is read from YIWANG_PASSWORD."),
        QStringLiteral("login"));
    const QCommandLineOption ws(
        QStringLiteral("workstation"),
        QStringLiteral("Workstation name for the case log (default: host name)."),
        QStringLiteral("name"));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QStringLiteral("At the first start without --db: build the full or small demo city "
                       "without asking."),
        QStringLiteral("full|small"));
    const QCommandLineOption settings(
        QStringLiteral("settings"),
        QStringLiteral("Read and keep the settings in this INI file (a wall or training-room "
                       "configuration) instead of the user's."),
        QStringLiteral("file"));
    const QCommandLineOption trace(
        QStringLiteral("trace-startup"),
        QStringLiteral("Print the milestones of the start and the quit with their times "
                       "(tests/bench/run startup reads them)."));
    const QCommandLineOption quitWhen(
        QStringLiteral("quit-when"),
        QStringLiteral("Quit by itself once the first module is interactive or every module's "
                       "data is ready (for benchmarks and scripted checks)."),
        QStringLiteral("interactive|ready"));
    const QCommandLineOption wall(
        QStringLiteral("wall"),
        QStringLiteral("Run as the video wall (大屏) described by --wall-config, driven by its control ports."));
    const QCommandLineOption wallConfig(
        QStringLiteral("wall-config"),
        QStringLiteral("The wall file: monitors, bezels, output, control ports and tokens (docs/DATA_FORMATS.md)."),
        QStringLiteral("file"));
    const QCommandLineOption wallPreset(
        QStringLiteral("wall-preset"),
        QStringLiteral("The preset the wall shows at start when it kept no layout of its own."),
        QStringLiteral("name"));
    const QCommandLineOption training(
        QStringLiteral("training"),
        QStringLiteral("Training (实训): work on a training database (default: %1, made from the "
                       "embedded database or the demo city at the first start) with the training "
                       "console.")
            .arg(defaultDatabasePath(true)));
    p.addOptions({db, module, lang, shot, user, ws, demo, settings, trace, quitWhen, wall, wallConfig,
                  wallPreset, training});
    p.process(arguments); // exits on --help, --version and unknown options, with a message

    CommandLine c;
    c.training = p.isSet(training);
    if (p.isSet(db)) {
        auto loc = yw::store::DatabaseLocation::parse(p.value(db));
        if (!loc)
            return loc.error();
        c.database = loc.value();
    } else {
        const QString path = defaultDatabasePath(c.training);
        QDir().mkpath(QFileInfo(path).absolutePath());
        c.database = yw::store::DatabaseLocation::sqliteFile(path);
        c.firstStart = !QFileInfo::exists(path);
        // The first training start copies the embedded production database when there is one.
        if (c.firstStart && c.training && QFileInfo::exists(defaultDatabasePath(false)))
            c.trainingSource = defaultDatabasePath(false);
    }
    c.module = p.value(module);
    c.language = p.value(lang);
    c.screenshot = p.value(shot);
    c.user = p.value(user);
    c.workstation = p.value(ws);
    c.demo = p.value(demo);
    c.settingsFile = p.value(settings);
    c.traceStartup = p.isSet(trace);
    c.quitWhen = p.value(quitWhen);
    c.wall = p.isSet(wall);
    c.wallConfig = p.value(wallConfig);
    c.wallPreset = p.value(wallPreset);
    if (c.wall && c.wallConfig.isEmpty())
        return Error::make(Error::Code::InvalidInput, QStringLiteral("--wall needs --wall-config <file>"));
    if (!c.wall && (!c.wallConfig.isEmpty() || !c.wallPreset.isEmpty()))
        return Error::make(Error::Code::InvalidInput, QStringLiteral("--wall-config and --wall-preset go with --wall"));
    if (!c.quitWhen.isEmpty() && c.quitWhen != QLatin1String("interactive") &&
        c.quitWhen != QLatin1String("ready"))
        return Error::make(Error::Code::InvalidInput,
                           QStringLiteral("--quit-when is interactive or ready, not '%1'")
                               .arg(c.quitWhen));
    if (!c.demo.isEmpty() && c.demo != QLatin1String("full") && c.demo != QLatin1String("small"))
        return Error::make(Error::Code::InvalidInput,
                           QStringLiteral("--demo is full or small, not '%1'").arg(c.demo));
    if (!p.positionalArguments().isEmpty())
        return Error::make(
            Error::Code::InvalidInput,
            QStringLiteral("unexpected argument: %1").arg(p.positionalArguments().first()));
    return c;
}

} // namespace yw::app
