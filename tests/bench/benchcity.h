#pragma once

// The full demo city the benchmarks share: built once into $YW_BENCH_DIR (default
// /tmp/yw-bench) by yiwang-admin, with a fixed end so that every build is the same city; the
// file is named by the generator's version, so that a changed generator builds it anew.
#include "democitybuilder.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTextStream>
#include <QTimeZone>

namespace yw::bench {

inline QString benchDir()
{
    const QString dir = qEnvironmentVariable("YW_BENCH_DIR", QStringLiteral("/tmp/yw-bench"));
    QDir().mkpath(dir);
    return dir;
}

// The path of the full city's SQLite file, built first if missing (about three minutes);
// empty when building failed.
inline QString fullDemoCity(const QString &adminBinary)
{
    const QString path = benchDir() + QStringLiteral("/demo-full-v%1.sqlite")
                                          .arg(yw::demo::DemoCityBuilder::kGeneratorVersion);
    if (QFile::exists(path))
        return path;
    QTextStream(stderr) << "building the full demo city into " << path << " (about three minutes)…"
                        << Qt::endl;
    const int rc = QProcess::execute(adminBinary, {QStringLiteral("demo"), QStringLiteral("--out"), path,
                                                   QStringLiteral("--scale"), QStringLiteral("full"),
                                                   QStringLiteral("--end"), QStringLiteral("2026-11-20")});
    if (rc != 0) {
        QFile::remove(path);
        return QString();
    }
    return path;
}

// A database given as the command-line tools take it (a file or postgresql://…).
inline yw::core::Result<std::unique_ptr<yw::store::Database>>
openDatabase(const QString &spec, yw::store::Database::OpenMode mode)
{
    auto where = yw::store::DatabaseLocation::parse(spec);
    if (!where)
        return where.error();
    return yw::store::Database::open(where.value(), mode);
}

// The same city built into another database (PostgreSQL): the same seed and end as the file
// above. Seconds it took, or the error.
inline yw::core::Result<double> buildFullDemoCityInto(yw::store::Database &db)
{
    QTextStream(stderr) << "building the full demo city into " << db.location().displayName()
                        << "…" << Qt::endl;
    QElapsedTimer t;
    t.start();
    yw::demo::DemoCityBuilder::Options o;
    o.scale = yw::demo::DemoScale::full();
    o.end = QDateTime(QDate(2026, 11, 20), QTime(0, 0), QTimeZone(8 * 3600));
    if (auto s = yw::demo::DemoCityBuilder::build(db, o, {}); !s)
        return s.error();
    return t.nsecsElapsed() / 1e9;
}

} // namespace yw::bench
