#pragma once

#include "databaselocation.h"
#include "pgcluster.h"

#include <QTemporaryDir>

namespace yw::test {

// The backend a store test runs on, from YW_TEST_BACKEND (sqlite, the default, or postgresql):
// CTest runs every store suite once per backend (see tests/CMakeLists.txt).
class TestBackend
{
public:
    TestBackend();
    // A given backend, whatever YW_TEST_BACKEND says: for cases that need a server in every run.
    explicit TestBackend(bool postgres);
    bool isPostgres() const { return m_postgres; }
    QString name() const
    {
        return m_postgres ? QStringLiteral("postgresql") : QStringLiteral("sqlite");
    }
    // Call from initTestCase(): starts the cluster for PostgreSQL. Empty on success.
    QString setUp();
    void tearDown() { m_cluster.stop(); }
    // A new, empty database.
    yw::store::DatabaseLocation fresh();
    // The same, as the --db argument of the command-line tools.
    QString freshSpec();
    PgCluster &cluster() { return m_cluster; }
    QString tempPath(const QString &file) const { return m_tmp.filePath(file); }

private:
    bool m_postgres = false;
    PgCluster m_cluster;
    QTemporaryDir m_tmp;
    int m_counter = 0;
};

} // namespace yw::test
