#include "admincommands.h"

#include "authservice.h"
#include "cityreferencedata.h"
#include "clock.h"
#include "coreenums.h"
#include "database.h"
#include "migrator.h"

#include <QCommandLineParser>
#include <QFile>

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

Result<std::unique_ptr<Database>> openDatabase(const QString &spec, Database::OpenMode mode)
{
    auto loc = DatabaseLocation::parse(spec);
    if (!loc)
        return loc.error();
    return Database::open(loc.value(), mode, QStringLiteral("yiwang-admin"));
}

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
    auto db = openDatabase(o.value(QStringLiteral("db")), Database::OpenMode::CreateIfMissing);
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
    auto db = openDatabase(o.value(QStringLiteral("db")), Database::OpenMode::Existing);
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
    auto db = openDatabase(o.value(QStringLiteral("db")), Database::OpenMode::Existing);
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
    auto db = openDatabase(o.value(QStringLiteral("db")), Database::OpenMode::Existing);
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
    auto db = openDatabase(o.value(QStringLiteral("db")), Database::OpenMode::Existing);
    if (!db)
        return fail(db.error());
    SystemClock clock;
    AuthService auth(*db.value(), clock);
    if (auto s = auth.changePassword(nullptr, o.value(QStringLiteral("login")), readPassword()); !s)
        return fail(s.error());
    m_out << "password changed for " << o.value(QStringLiteral("login")) << Qt::endl;
    return Ok;
}

} // namespace yw::admin
