#include "testbackend.h"

namespace yw::test {

TestBackend::TestBackend()
    : m_postgres(qEnvironmentVariable("YW_TEST_BACKEND") == QLatin1String("postgresql"))
{}

TestBackend::TestBackend(bool postgres)
    : m_postgres(postgres)
{}

QString TestBackend::setUp()
{
    if (!m_tmp.isValid())
        return QStringLiteral("no temporary folder");
    return m_postgres ? m_cluster.start() : QString();
}

QString TestBackend::freshSpec()
{
    const QString name = QStringLiteral("t%1").arg(++m_counter);
    if (!m_postgres)
        return m_tmp.filePath(name + QStringLiteral(".sqlite"));
    const QString err = m_cluster.createDatabase(name);
    if (!err.isEmpty())
        qFatal("createdb failed: %s", qPrintable(err));
    return m_cluster.url(name);
}

yw::store::DatabaseLocation TestBackend::fresh()
{
    return yw::store::DatabaseLocation::parse(freshSpec()).value();
}

} // namespace yw::test
