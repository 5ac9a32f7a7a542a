#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace yw::test {

// A throwaway PostgreSQL cluster for one test executable: initdb into a temporary folder, start
// on a free loopback port with password authentication over TCP, stop by the postmaster's PID.
// PLATFORM.md: initdb refuses to run as root, so as root it runs as the postgres user.
class PgCluster
{
public:
    static constexpr const char *kUser = "yw";
    static constexpr const char *kPassword = "yw-test-secret-1";

    PgCluster();
    ~PgCluster();
    // Empty on success, otherwise what went wrong.
    QString start();
    void stop();
    // Stops and restarts the server on the same port and data: the database "drops away".
    void stopServer();
    QString startServer();
    bool isRunning() const { return m_pid > 0; }
    qint64 pid() const { return m_pid; }
    int port() const { return m_port; }
    // postgresql://yw:secret@127.0.0.1:port/<db>
    QString url(const QString &database,
                const QString &password = QString::fromLatin1(kPassword)) const;
    // Creates an empty database; empty on success, otherwise the error.
    QString createDatabase(const QString &name);

private:
    QString binary(const QString &name) const;
    QString run(const QString &program, const QStringList &args, bool asPostgresUser);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_bin;
    int m_port = 0;
    qint64 m_pid = 0;
};

} // namespace yw::test
