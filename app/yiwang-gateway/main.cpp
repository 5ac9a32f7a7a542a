// yiwang-gateway: runs the intake source plugins (12345 hotline feed, Open311, IoT alarms and
// video-AI detections) against the case database, headless, as the gateway's own account.
#include "gatewayruntime.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

#include <csignal>
#include <cstdio>

namespace {
volatile std::sig_atomic_t g_stop = 0;
void onSignal(int)
{
    g_stop = 1;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("yiwang-gateway"));
    QCoreApplication::setApplicationVersion(QStringLiteral(YIWANG_VERSION));
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Runs Yiwang's intake channels against the case database.\n"
        "Example: yiwang-gateway --db yiwang.db --user gateway --source hotline12345 "
        "--set hotline12345.folder=/srv/12345\n"
        "The password is read from YIWANG_PASSWORD."));
    p.addHelpOption();
    p.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("SQLite file or postgresql:// URL."),
                                QStringLiteral("location"));
    const QCommandLineOption user(QStringLiteral("user"),
                                  QStringLiteral("The account cases are reported as (IntakeOperator role)."),
                                  QStringLiteral("login"), QStringLiteral("gateway"));
    const QCommandLineOption workstation(QStringLiteral("workstation"),
                                         QStringLiteral("Name in the case history (gateway)."),
                                         QStringLiteral("name"), QStringLiteral("gateway"));
    const QCommandLineOption source(QStringLiteral("source"),
                                    QStringLiteral("Start this intake source (repeatable)."),
                                    QStringLiteral("id"));
    const QCommandLineOption set(QStringLiteral("set"),
                                 QStringLiteral("A source's setting: id.key=value (repeatable)."),
                                 QStringLiteral("setting"));
    const QCommandLineOption list(QStringLiteral("list"),
                                  QStringLiteral("List the intake source plugins and their settings."));
    p.addOptions({db, user, workstation, source, set, list});
    p.process(app);

    QTextStream err(stderr);
    QTextStream out(stdout);
    yw::core::SystemClock clock;
    yw::app::GatewayRuntime runtime(clock);
    if (p.isSet(list)) {
        runtime.loader().loadAll();
        for (const auto &l : runtime.loader().sources()) {
            out << l.source->id() << "  " << l.source->title() << "  (" << l.file << ")\n";
            const QVariantMap help = l.source->settingsHelp();
            for (auto it = help.begin(); it != help.end(); ++it)
                out << "    " << l.source->id() << '.' << it.key() << ": " << it.value().toString()
                    << '\n';
        }
        for (const auto &f : runtime.loader().failures())
            err << "not loaded: " << f.file << ": " << f.reason << '\n';
        return runtime.loader().sources().empty() ? 1 : 0;
    }
    if (!p.isSet(db) || p.values(source).isEmpty()) {
        err << "yiwang-gateway: --db and at least one --source are needed (see --help, --list)\n";
        return 2;
    }
    auto loc = yw::store::DatabaseLocation::parse(p.value(db));
    if (!loc) {
        err << "yiwang-gateway: " << loc.error().message << '\n';
        return 2;
    }
    yw::app::GatewayRuntime::Options o;
    o.database = loc.value();
    o.login = p.value(user);
    o.password = qEnvironmentVariable("YIWANG_PASSWORD");
    o.workstation = p.value(workstation);
    o.sources = p.values(source);
    for (const QString &s : p.values(set)) {
        const int dot = s.indexOf(u'.');
        const int eq = s.indexOf(u'=');
        if (dot <= 0 || eq < dot) {
            err << "yiwang-gateway: --set " << s << ": expected id.key=value\n";
            return 2;
        }
        o.settings[s.left(dot)].insert(s.mid(dot + 1, eq - dot - 1), s.mid(eq + 1));
    }
    if (auto s = runtime.start(o); !s) {
        err << "yiwang-gateway: " << s.error().message << '\n';
        return s.error().code == yw::core::Error::Code::DatabaseUnavailable ? 3 : 1;
    }
    for (const QString &id : o.sources)
        out << id << ": " << runtime.loader().find(id)->status() << '\n';
    out.flush();

    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    QTimer watch;
    QObject::connect(&watch, &QTimer::timeout, &app, [&] {
        if (g_stop)
            app.quit();
    });
    watch.start(200);
    const int rc = app.exec();
    runtime.stop();
    for (const QString &id : o.sources) {
        const auto c = runtime.gateway()->counters(id);
        out << id << ": received " << c.received << ", reported " << c.reported << ", duplicates "
            << c.duplicates << ", already received " << c.alreadyReceived << ", rejected "
            << c.rejected << ", failed " << c.failed << '\n';
    }
    return rc;
}
