#pragma once

// The full demo city the benchmarks share: built once into $YW_BENCH_DIR (default
// /tmp/yw-bench) by yiwang-admin, with a fixed end so that every build is the same city; the
// file is named by the generator's version, so that a changed generator builds it anew.
#include "democitybuilder.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTextStream>

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

} // namespace yw::bench
