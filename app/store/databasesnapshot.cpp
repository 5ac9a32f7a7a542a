#include "databasesnapshot.h"

#include "database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace yw::store {

using namespace yw::core;

namespace {

// The client tools of the PostgreSQL the set-up installs (Debian keeps them per version).
QString postgresTool(const QString &name)
{
    const QString onPath = QStandardPaths::findExecutable(name);
    if (!onPath.isEmpty())
        return onPath;
    const QStringList versions =
        QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (auto it = versions.rbegin(); it != versions.rend(); ++it) {
        const QString path = QStringLiteral("/usr/lib/postgresql/%1/bin/%2").arg(*it, name);
        if (QFileInfo(path).isExecutable())
            return path;
    }
    return {};
}

QStringList connectionArgs(const DatabaseLocation &l)
{
    return {QStringLiteral("--host"), l.host().isEmpty() ? QStringLiteral("localhost") : l.host(),
            QStringLiteral("--port"), QString::number(l.port() > 0 ? l.port() : 5432),
            QStringLiteral("--username"), l.user(), QStringLiteral("--no-password")};
}

// Runs a client tool with the password in its environment (never on its command line, which
// others can read); the error is the tool's own message.
Status runTool(const QString &tool, const QStringList &args, const DatabaseLocation &l)
{
    const QString program = postgresTool(tool);
    if (program.isEmpty())
        return Error::make(Error::Code::Internal,
                           QStringLiteral("%1 is not installed (package postgresql-client)").arg(tool));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), l.password());
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForStarted())
        return Error::make(Error::Code::Internal, QStringLiteral("%1 did not start").arg(tool));
    p.waitForFinished(-1);
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return Error::make(Error::Code::DatabaseUnavailable,
                           QStringLiteral("%1 failed: %2")
                               .arg(tool, QString::fromLocal8Bit(p.readAllStandardError()).trimmed()));
    return success();
}

} // namespace

Status DatabaseSnapshot::copy(const DatabaseLocation &from, const DatabaseLocation &to)
{
    if (from.backend() != to.backend())
        return Error::make(Error::Code::InvalidInput,
                           QStringLiteral("%1 and %2 are different kinds of database: copy an SQLite "
                                          "file into a new file, a PostgreSQL database into an "
                                          "empty PostgreSQL database")
                               .arg(from.displayName(), to.displayName()));
    return from.backend() == DatabaseLocation::Backend::Postgres ? copyPostgres(from, to)
                                                                  : copySqlite(from, to);
}

Status DatabaseSnapshot::copySqlite(const DatabaseLocation &from, const DatabaseLocation &to)
{
    if (QFileInfo::exists(to.filePath()))
        return Error::make(Error::Code::InvalidInput,
                           QStringLiteral("%1 exists; the copy goes into a new file").arg(to.filePath()));
    auto db = Database::open(from, Database::OpenMode::Existing, QStringLiteral("snapshot"));
    if (!db)
        return db.error();
    // One read transaction: a consistent picture even while workstations write (WAL).
    auto q = db.value()->exec(QStringLiteral("VACUUM INTO ?"), {to.filePath()});
    if (!q) {
        QFile::remove(to.filePath());
        return q.error();
    }
    return success();
}

Status DatabaseSnapshot::copyPostgres(const DatabaseLocation &from, const DatabaseLocation &to)
{
    {
        auto target = Database::open(to, Database::OpenMode::Existing, QStringLiteral("snapshot"));
        if (!target)
            return target.error();
        if (target.value()->hasTable(QStringLiteral("yw_meta")))
            return Error::make(Error::Code::InvalidInput,
                               QStringLiteral("%1 is not empty; the copy goes into an empty database "
                                              "(createdb it first)")
                                   .arg(to.displayName()));
    }
    QTemporaryDir dir;
    if (!dir.isValid())
        return Error::make(Error::Code::Internal, QStringLiteral("no temporary folder"));
    const QString dump = dir.filePath(QStringLiteral("snapshot.dump"));
    // pg_dump reads in one repeatable-read transaction: consistent while others write.
    if (auto s = runTool(QStringLiteral("pg_dump"),
                         connectionArgs(from)
                             + QStringList{QStringLiteral("--format=custom"), QStringLiteral("--no-owner"),
                                           QStringLiteral("--no-privileges"), QStringLiteral("--file"),
                                           dump, from.databaseName()},
                         from);
        !s)
        return s;
    return runTool(QStringLiteral("pg_restore"),
                   connectionArgs(to)
                       + QStringList{QStringLiteral("--no-owner"), QStringLiteral("--no-privileges"),
                                     QStringLiteral("--exit-on-error"),
                                     QStringLiteral("--single-transaction"), QStringLiteral("--dbname"),
                                     to.databaseName(), dump},
                   to);
}

} // namespace yw::store
