#include "admincommands.h"

#include "admindatabase.h"

#include "authservice.h"
#include "cityreferencedata.h"
#include "clock.h"
#include "coreenums.h"
#include "database.h"
#include "democitybuilder.h"
#include "evaluatecommand.h"
#include "scenariocommand.h"
#include "wallcommand.h"
#include "trainingdatabasemaker.h"
#include "auditlog.h"
#include "geodatacommands.h"
#include "migrator.h"
#include "workcalendar.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTimeZone>

#include <unistd.h>

namespace yw::admin {

using namespace yw::core;
using namespace yw::store;

namespace {

// Parses `--db` and the given options of one sub-command.
struct Options
{
    QCommandLineParser parser;
    QString error;

    Options(const QStringList &args, const QList<QCommandLineOption> &extra)
    {
        parser.addOption(
            {QStringLiteral("db"), QStringLiteral("database"), QStringLiteral("location")});
        parser.addOptions(extra);
        if (!parser.parse(args))
            error = parser.errorText();
        else if (!parser.isSet(QStringLiteral("db")))
            error = QStringLiteral("--db is required");
        else if (!parser.positionalArguments().isEmpty())
            error =
                QStringLiteral("unexpected argument: %1").arg(parser.positionalArguments().first());
    }
    QString value(const QString &name) const { return parser.value(name); }
    bool isSet(const QString &name) const { return parser.isSet(name); }
};


} // namespace

AdminCommands::AdminCommands(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{}

QString AdminCommands::usage()
{
    return QStringLiteral(
        "usage: yiwang-admin <command> --db <sqlite file | postgresql://user@host:port/db> "
        "[options]\n"
        "\n"
        "  migrate --db D                 create or upgrade the schema, load the city's reference "
        "areas\n"
        "  check --db D                   integrity and schema version (non-zero if damaged, "
        "foreign or\n"
        "                                 not up to date)\n"
        "  user add --db D --login L --roles R[,R...] [--name N] [--department ID] [--scope "
        "CODE[,CODE...]]\n"
        "  user list --db D\n"
        "  user passwd --db D --login L\n"
        "  demo (--out FILE | --db D) [--scale full|small] [--seed N] [--end YYYY-MM-DD]\n"
        "                                 build the demo city of Changsha into a new database\n"
        "  import <grids|components> FILE --db D [--crs EPSG:n] [--map field=column]...\n"
        "                                 GeoPackage, Shapefile, GeoJSON or CSV; all or nothing\n"
        "  export --db D --layer L[,L...] --out FILE.gpkg|.geojson|.csv|.shp\n"
        "                                 L: districts streets communities grids responsibility\n"
        "                                    components cases devices (EPSG:4490); several\n"
        "                                    layers go into one GeoPackage\n"
        "  qgis-project --db D --out DIR  the city's layers (GeoPackage) and a QGIS project that\n"
        "                                 styles them like the one map, for QGIS Server\n"
        "  evaluate --db D --period P --by U [--format pdf|xlsx|csv] --out FILE [--lang zh_CN|en]\n"
        "                                 the evaluation report: P is YYYY-MM, YYYY-Www, YYYY-MM-DD,\n"
        "                                 A..B, last-month, last-week…; U is department, district,\n"
        "                                 street, community, inspector, class or source\n"
        "  locate --db D LON LAT          the unit grid, community, street and district of a "
        "point\n"
        "  scenario list|import|export|history|diff --db D …\n"
        "                                 scenarios (场景) as files: import FILE [--name N] [--publish NOTE],\n"
        "                                 export --name N [--revision R] --out FILE, history --name N,\n"
        "                                 diff --name N --from R [--to R|draft]\n"
        "  training create --from D|demo --out T [--scale full|small]\n"
        "                                 a training database (实训库): a snapshot of D (SQLite into\n"
        "                                 a new file, PostgreSQL into an empty database) or the demo\n"
        "                                 city, citizens' personal data masked, marked for training\n"
        "  wall [--address HOST:PORT | --wall-config FILE] <command…>\n"
        "                                 one command to the video wall (大屏) over its TCP control,\n"
        "                                 e.g. wall status, wall recall day, wall open m map on A1:B2;\n"
        "                                 the token from YIWANG_WALL_TOKEN (no --db)\n"
        "  wall-token --name N --role operate|control\n"
        "                                 a new control token and its line for the wall file\n"
        "\n"
        "Passwords are read from YIWANG_PASSWORD, or else from the first line of standard input.\n"
        "Roles: IntakeOperator Dispatcher ShiftLeader DepartmentHandler FieldInspector Leader "
        "Trainer Admin\n");
}

int AdminCommands::run(const QStringList &arguments)
{
    // arguments[0] is the program; QCommandLineParser expects it in front of each sub-command's
    // options too.
    const QString program = arguments.value(0);
    const QString command = arguments.value(1);
    if (command == QLatin1String("migrate"))
        return migrate(QStringList{program} + arguments.mid(2));
    if (command == QLatin1String("check"))
        return check(QStringList{program} + arguments.mid(2));
    if (command == QLatin1String("import") || command == QLatin1String("export") ||
        command == QLatin1String("qgis-project") || command == QLatin1String("locate")) {
        GeodataCommands geo(m_out, m_err);
        const QStringList rest = QStringList{program} + arguments.mid(2);
        return command == QLatin1String("import")   ? geo.importLayer(rest)
               : command == QLatin1String("export") ? geo.exportLayer(rest)
               : command == QLatin1String("qgis-project") ? geo.qgisProject(rest)
                                                          : geo.locate(rest);
    }
    if (command == QLatin1String("demo"))
        return demo(QStringList{program} + arguments.mid(2));
    if (command == QLatin1String("training")) {
        if (arguments.value(2) != QLatin1String("create"))
            return usageError(QStringLiteral("unknown training command '%1'").arg(arguments.value(2)));
        return trainingCreate(QStringList{program} + arguments.mid(3));
    }
    if (command == QLatin1String("evaluate"))
        return EvaluateCommand(m_out, m_err).run(QStringList{program} + arguments.mid(2));
    if (command == QLatin1String("scenario"))
        return ScenarioCommand(m_out, m_err).run(QStringList{program} + arguments.mid(2));
    if (command == QLatin1String("wall"))
        return WallAdminCommand(m_out, m_err).send(QStringList{program} + arguments.mid(2));
    if (command == QLatin1String("wall-token"))
        return WallAdminCommand(m_out, m_err).token(QStringList{program} + arguments.mid(2));
    if (command == QLatin1String("user")) {
        const QString sub = arguments.value(2);
        const QStringList rest = QStringList{program} + arguments.mid(3);
        if (sub == QLatin1String("add"))
            return userAdd(rest);
        if (sub == QLatin1String("list"))
            return userList(rest);
        if (sub == QLatin1String("passwd"))
            return userPasswd(rest);
        return usageError(QStringLiteral("unknown user command '%1'").arg(sub));
    }
    if (command == QLatin1String("help") || command == QLatin1String("--help") ||
        command == QLatin1String("-h")) {
        m_out << usage();
        return Ok;
    }
    return usageError(command.isEmpty() ? QStringLiteral("no command given")
                                        : QStringLiteral("unknown command '%1'").arg(command));
}

int AdminCommands::fail(const Error &e)
{
    m_err << "yiwang-admin: " << Error::codeName(e.code) << ": " << e.message << Qt::endl;
    return Failed;
}

int AdminCommands::usageError(const QString &message)
{
    m_err << "yiwang-admin: " << message << "\n\n" << usage() << Qt::flush;
    return Usage;
}

QString AdminCommands::readPassword()
{
    if (qEnvironmentVariableIsSet("YIWANG_PASSWORD"))
        return qEnvironmentVariable("YIWANG_PASSWORD");
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly | QIODevice::Text))
        return {};
    return QString::fromUtf8(in.readLine()).chopped(0).trimmed();
}

int AdminCommands::migrate(const QStringList &args)
{
    Options o(args, {});
    if (!o.error.isEmpty())
        return usageError(o.error);
    auto db = openAdminDatabase(o.value(QStringLiteral("db")), Database::OpenMode::CreateIfMissing);
    if (!db)
        return fail(db.error());
    const int before = db.value()->schemaVersion();
    auto s = Migrator::migrate(*db.value(),
                               [this](int v) { m_out << "applying migration " << v << Qt::endl; });
    if (!s)
        return fail(s.error());
    if (auto seeded = CityReferenceData::seed(*db.value(), QStringLiteral("changsha")); !seeded)
        return fail(seeded.error());
    m_out << db.value()->location().displayName() << ": schema version " << before << " -> "
          << db.value()->schemaVersion() << Qt::endl;
    return Ok;
}

int AdminCommands::check(const QStringList &args)
{
    Options o(args, {});
    if (!o.error.isEmpty())
        return usageError(o.error);
    auto db = openAdminDatabase(o.value(QStringLiteral("db")), Database::OpenMode::Existing);
    if (!db)
        return fail(db.error());
    Database &d = *db.value();
    if (auto s = d.checkIntegrity(); !s)
        return fail(s.error());
    const int version = d.schemaVersion();
    m_out << d.location().displayName() << "\n  schema version: " << version
          << " (this program: " << Migrator::latestVersion() << ")\n";
    if (version < Migrator::latestVersion()) {
        m_out << Qt::flush;
        return fail(
            Error::make(Error::Code::InvalidInput,
                        QStringLiteral("the schema is out of date: run yiwang-admin migrate")));
    }
    for (const char *table :
         {"areas", "departments", "users", "cases", "case_events", "audit_log"}) {
        auto q = d.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
        if (!q)
            return fail(q.error());
        q.value().next();
        m_out << "  " << table << ": " << q.value().value(0).toLongLong() << "\n";
    }
    m_out << "  integrity: ok" << Qt::endl;
    return Ok;
}

int AdminCommands::userAdd(const QStringList &args)
{
    Options o(
        args,
        {{QStringLiteral("login"), QStringLiteral("login"), QStringLiteral("login")},
         {QStringLiteral("name"), QStringLiteral("display name"), QStringLiteral("name")},
         {QStringLiteral("roles"), QStringLiteral("roles"), QStringLiteral("roles")},
         {QStringLiteral("department"), QStringLiteral("department id"), QStringLiteral("id")},
         {QStringLiteral("scope"), QStringLiteral("area codes"), QStringLiteral("codes")}});
    if (!o.error.isEmpty())
        return usageError(o.error);
    if (o.value(QStringLiteral("login")).isEmpty() || o.value(QStringLiteral("roles")).isEmpty())
        return usageError(QStringLiteral("user add needs --login and --roles"));
    User u;
    u.login = o.value(QStringLiteral("login"));
    u.displayName = o.value(QStringLiteral("name"));
    for (const QString &key :
         o.value(QStringLiteral("roles")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool found = false;
        for (Role r : enumValues<Role>())
            if (enumKey(r).compare(key.trimmed(), Qt::CaseInsensitive) == 0) {
                u.roles |= r;
                found = true;
            }
        if (!found)
            return usageError(QStringLiteral("unknown role '%1'").arg(key));
    }
    u.departmentId = o.value(QStringLiteral("department")).toLongLong();
    u.scopeAreas = o.value(QStringLiteral("scope")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    auto db = openAdminDatabase(o.value(QStringLiteral("db")), Database::OpenMode::Existing);
    if (!db)
        return fail(db.error());
    SystemClock clock;
    AuthService auth(*db.value(), clock);
    auto id = auth.createUser(nullptr, u, readPassword());
    if (!id)
        return fail(id.error());
    m_out << "created user " << u.login << " (id " << id.value() << ")" << Qt::endl;
    return Ok;
}

int AdminCommands::userList(const QStringList &args)
{
    Options o(args, {});
    if (!o.error.isEmpty())
        return usageError(o.error);
    auto db = openAdminDatabase(o.value(QStringLiteral("db")), Database::OpenMode::Existing);
    if (!db)
        return fail(db.error());
    SystemClock clock;
    AuthService auth(*db.value(), clock);
    auto users = auth.users(nullptr);
    if (!users)
        return fail(users.error());
    for (const User &u : users.value()) {
        QStringList roles;
        for (Role r : u.roleList())
            roles << enumKey(r);
        m_out << u.id << "\t" << u.login << "\t" << u.displayName << "\t"
              << roles.join(QLatin1Char(',')) << "\t"
              << (u.scopeAreas.isEmpty() ? QStringLiteral("city")
                                         : u.scopeAreas.join(QLatin1Char(',')))
              << "\t" << (u.active ? "active" : "disabled") << "\n";
    }
    m_out << Qt::flush;
    return Ok;
}

int AdminCommands::userPasswd(const QStringList &args)
{
    Options o(args, {{QStringLiteral("login"), QStringLiteral("login"), QStringLiteral("login")}});
    if (!o.error.isEmpty())
        return usageError(o.error);
    if (o.value(QStringLiteral("login")).isEmpty())
        return usageError(QStringLiteral("user passwd needs --login"));
    auto db = openAdminDatabase(o.value(QStringLiteral("db")), Database::OpenMode::Existing);
    if (!db)
        return fail(db.error());
    SystemClock clock;
    AuthService auth(*db.value(), clock);
    if (auto s = auth.changePassword(nullptr, o.value(QStringLiteral("login")), readPassword()); !s)
        return fail(s.error());
    m_out << "password changed for " << o.value(QStringLiteral("login")) << Qt::endl;
    return Ok;
}

int AdminCommands::demo(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("db"), QStringLiteral("database"), QStringLiteral("location")});
    p.addOption({QStringLiteral("out"), QStringLiteral("new SQLite file"), QStringLiteral("file")});
    p.addOption({QStringLiteral("scale"), QStringLiteral("full or small"), QStringLiteral("scale"),
                 QStringLiteral("full")});
    p.addOption({QStringLiteral("seed"), QStringLiteral("random seed"), QStringLiteral("n"),
                 QStringLiteral("1")});
    p.addOption(
        {QStringLiteral("end"), QStringLiteral("last day of the history"), QStringLiteral("date")});
    if (!p.parse(args))
        return usageError(p.errorText());
    if (p.isSet(QStringLiteral("db")) == p.isSet(QStringLiteral("out")))
        return usageError(QStringLiteral("demo needs one of --out FILE or --db LOCATION"));
    yw::demo::DemoCityBuilder::Options options;
    const QString scale = p.value(QStringLiteral("scale"));
    if (scale == QLatin1String("full"))
        options.scale = yw::demo::DemoScale::full();
    else if (scale == QLatin1String("small"))
        options.scale = yw::demo::DemoScale::small();
    else
        return usageError(QStringLiteral("--scale is full or small, not '%1'").arg(scale));
    bool ok = false;
    options.seed = p.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        return usageError(QStringLiteral("--seed takes a whole number"));
    if (p.isSet(QStringLiteral("end"))) {
        const QDate day = QDate::fromString(p.value(QStringLiteral("end")), Qt::ISODate);
        if (!day.isValid())
            return usageError(QStringLiteral("--end takes a date as YYYY-MM-DD"));
        options.end = QDateTime(day.addDays(1), QTime(0, 0),
                                yw::core::WorkCalendar::chinaMainland().timeZone());
    } else {
        options.end = QDateTime::currentDateTimeUtc();
    }
    QString spec = p.value(QStringLiteral("db"));
    if (p.isSet(QStringLiteral("out"))) {
        spec = p.value(QStringLiteral("out"));
        if (QFileInfo::exists(spec))
            return fail(Error::make(
                Error::Code::InvalidInput,
                QStringLiteral("%1 exists; the demo city goes into a new file").arg(spec)));
    }
    auto db = openAdminDatabase(spec, Database::OpenMode::CreateIfMissing);
    if (!db)
        return fail(db.error());

    // A progress bar on a terminal; plain lines otherwise (logs, CI).
    const bool tty = ::isatty(STDERR_FILENO);
    QElapsedTimer clock;
    clock.start();
    QString lastStage;
    auto progress = [&](const QString &stage, qint64 done, qint64 total) {
        const QString time = QStringLiteral("%1 s").arg(clock.elapsed() / 1000.0, 0, 'f', 1);
        if (tty) {
            QString bar;
            if (total > 0) {
                const int filled = int(30 * done / total);
                bar = QStringLiteral("[%1%2] %3%")
                          .arg(QString(filled, QLatin1Char('#')),
                               QString(30 - filled, QLatin1Char(' ')))
                          .arg(100 * done / total);
            }
            m_err << "\r\033[K" << stage << " " << bar << "  " << time << Qt::flush;
        } else if (stage != lastStage) {
            m_err << stage << " (" << time << ")" << Qt::endl;
        }
        lastStage = stage;
    };
    auto sum = yw::demo::DemoCityBuilder::build(*db.value(), options, progress);
    if (tty)
        m_err << "\n";
    if (!sum) {
        if (p.isSet(QStringLiteral("out")))
            db.value().reset(), QFile::remove(spec), QFile::remove(spec + QStringLiteral("-wal")),
                QFile::remove(spec + QStringLiteral("-shm"));
        return fail(sum.error());
    }
    const auto &s = sum.value();
    m_out << "demo city (" << options.scale.name << ", seed " << options.seed << ") in "
          << db.value()->location().displayName() << " after " << clock.elapsed() / 1000.0 << " s\n"
          << "  unit grids: " << s.grids << "\n  responsibility grids: " << s.responsibilityGrids
          << "\n  departments: " << s.departments << "\n  routing rules: " << s.routingRules
          << "\n  users: " << s.users << " (password of every demo account: " << options.password
          << ")"
          << "\n  components: " << s.components << "\n  cases: " << s.cases
          << " (open: " << s.openCases << ")"
          << "\n  case events: " << s.caseEvents << "\n  devices: " << s.devices
          << "\n  sensor readings: " << s.readings << "\n  vehicle positions: " << s.positions
          << Qt::endl;
    return Ok;
}

int AdminCommands::trainingCreate(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("from"), QStringLiteral("production database or demo"),
                 QStringLiteral("location")});
    p.addOption({QStringLiteral("out"), QStringLiteral("the training database"),
                 QStringLiteral("location")});
    p.addOption({QStringLiteral("scale"), QStringLiteral("full or small (with --from demo)"),
                 QStringLiteral("scale"), QStringLiteral("full")});
    if (!p.parse(args))
        return usageError(p.errorText());
    if (!p.isSet(QStringLiteral("from")) || !p.isSet(QStringLiteral("out")))
        return usageError(QStringLiteral("training create needs --from D|demo and --out T"));
    auto to = DatabaseLocation::parse(p.value(QStringLiteral("out")));
    if (!to)
        return fail(to.error());
    QElapsedTimer clock;
    clock.start();
    Result<yw::training::TrainingDatabaseMaker::Summary> made =
        Error::make(Error::Code::Internal, QString());
    if (p.value(QStringLiteral("from")) == QLatin1String("demo")) {
        const bool file = to.value().backend() == DatabaseLocation::Backend::Sqlite;
        const int rc = demo({args.value(0), file ? QStringLiteral("--out") : QStringLiteral("--db"),
                             p.value(QStringLiteral("out")), QStringLiteral("--scale"),
                             p.value(QStringLiteral("scale"))});
        if (rc != Ok)
            return rc;
        auto db = openAdminDatabase(p.value(QStringLiteral("out")), Database::OpenMode::Existing);
        if (!db)
            return fail(db.error());
        made = yw::training::TrainingDatabaseMaker::prepare(*db.value(), QStringLiteral("demo city"));
        if (made)
            if (auto s = yw::training::TrainingDatabaseMaker::addDemoAccounts(
                    *db.value(), yw::demo::DemoCityBuilder::Options().password);
                !s)
                return fail(s.error());
    } else {
        auto from = DatabaseLocation::parse(p.value(QStringLiteral("from")));
        if (!from)
            return fail(from.error());
        made = yw::training::TrainingDatabaseMaker::fromSnapshot(from.value(), to.value());
    }
    if (!made)
        return fail(made.error());
    if (auto db = openAdminDatabase(p.value(QStringLiteral("out")), Database::OpenMode::Existing))
        AuditLog(*db.value())
            .append(QDateTime::currentDateTimeUtc(), QStringLiteral("yiwang-admin"),
                    QStringLiteral("training.create"), made.value().origin);
    const auto &m = made.value().masked;
    m_out << "training database " << to.value().displayName() << " made from "
          << p.value(QStringLiteral("from")) << " in " << clock.elapsed() / 1000.0 << " s\n"
          << "  personal data masked: " << m.cases << " cases, " << m.events << " history entries, "
          << m.intakeRecords << " channel records\n"
          << "  production clients refuse it; open it with yiwang --training --db "
          << p.value(QStringLiteral("out")) << Qt::endl;
    return Ok;
}

} // namespace yw::admin
