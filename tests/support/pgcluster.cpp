#include "pgcluster.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QTcpServer>
#include <QThread>

#include <csignal>
#include <pwd.h>
#include <sys/types.h>
#include <unistd.h>

namespace yw::test {

namespace {
int freePort()
{
    QTcpServer s;
    if (!s.listen(QHostAddress::LocalHost, 0))
        return 0;
    return s.serverPort();
}

bool processAlive(qint64 pid)
{
    return pid > 0 && ::kill(pid_t(pid), 0) == 0;
}
} // namespace

PgCluster::PgCluster()
{
    // The newest installed server.
    QDir lib(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = lib.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(),
              [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    for (const QString &v : versions)
        if (QFile::exists(lib.filePath(v + QStringLiteral("/bin/initdb")))) {
            m_bin = lib.filePath(v + QStringLiteral("/bin"));
            break;
        }
}

PgCluster::~PgCluster()
{
    stop();
}

QString PgCluster::binary(const QString &name) const
{
    return m_bin + u'/' + name;
}

QString PgCluster::run(const QString &program, const QStringList &args, bool asPostgresUser)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    if (asPostgresUser && ::geteuid() == 0)
        p.start(QStringLiteral("runuser"),
                QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"),
                            program} +
                    args);
    else
        p.start(program, args);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QStringLiteral("%1 failed: %2").arg(program, QString::fromLocal8Bit(p.readAll()));
    return {};
}

QString PgCluster::start()
{
    if (m_bin.isEmpty())
        return QStringLiteral(
            "no PostgreSQL server under /usr/lib/postgresql: run scripts/setup.sh");
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/yw-pg-XXXXXX"));
    if (!m_dir->isValid())
        return QStringLiteral("cannot create a temporary folder");
    const QString data = m_dir->filePath(QStringLiteral("data"));
    const QString pwfile = m_dir->filePath(QStringLiteral("pw"));
    {
        QFile f(pwfile);
        f.open(QIODevice::WriteOnly);
        f.write(kPassword);
    }
    if (::geteuid() == 0) {
        struct passwd *pw = ::getpwnam("postgres");
        if (!pw)
            return QStringLiteral("running as root but there is no postgres user");
        ::chown(QFile::encodeName(m_dir->path()).constData(), pw->pw_uid, pw->pw_gid);
        ::chown(QFile::encodeName(pwfile).constData(), pw->pw_uid, pw->pw_gid);
    }
    if (QString e =
            run(binary(QStringLiteral("initdb")),
                {QStringLiteral("-D"), data, QStringLiteral("-U"), QString::fromLatin1(kUser),
                 QStringLiteral("--pwfile=") + pwfile, QStringLiteral("--auth-local=trust"),
                 QStringLiteral("--auth-host=scram-sha-256"), QStringLiteral("-E"),
                 QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8"),
                 QStringLiteral("--no-sync")},
                true);
        !e.isEmpty())
        return e;
    m_port = freePort();
    return startServer();
}

QString PgCluster::startServer()
{
    const QString data = m_dir->filePath(QStringLiteral("data"));
    if (QString e = run(binary(QStringLiteral("pg_ctl")),
                        {QStringLiteral("-w"), QStringLiteral("-D"), data, QStringLiteral("-l"),
                         m_dir->filePath(QStringLiteral("log")), QStringLiteral("-o"),
                         QStringLiteral("-k %1 -p %2 -c listen_addresses=127.0.0.1 -c fsync=off")
                             .arg(m_dir->path())
                             .arg(m_port),
                         QStringLiteral("start")},
                        true);
        !e.isEmpty())
        return e;
    QFile pidFile(data + QStringLiteral("/postmaster.pid"));
    if (!pidFile.open(QIODevice::ReadOnly))
        return QStringLiteral("the server started but wrote no postmaster.pid");
    m_pid = pidFile.readLine().trimmed().toLongLong();
    return m_pid > 0 ? QString() : QStringLiteral("no PID in postmaster.pid");
}

void PgCluster::stop()
{
    stopServer();
    m_dir.reset();
}

void PgCluster::stopServer()
{
    if (m_pid <= 0)
        return;
    // SIGINT is PostgreSQL's fast shutdown.
    ::kill(pid_t(m_pid), SIGINT);
    for (int i = 0; i < 100 && processAlive(m_pid); ++i)
        QThread::msleep(50);
    if (processAlive(m_pid))
        ::kill(pid_t(m_pid), SIGKILL);
    m_pid = 0;
}

QString PgCluster::url(const QString &database, const QString &password) const
{
    return QStringLiteral("postgresql://%1:%2@127.0.0.1:%3/%4")
        .arg(QString::fromLatin1(kUser), password)
        .arg(m_port)
        .arg(database);
}

QString PgCluster::createDatabase(const QString &name)
{
    return run(binary(QStringLiteral("createdb")),
               {QStringLiteral("-h"), m_dir->path(), QStringLiteral("-p"), QString::number(m_port),
                QStringLiteral("-U"), QString::fromLatin1(kUser), name},
               true);
}

} // namespace yw::test
