#pragma once

// Runs one of our programs (yiwang-admin, pdftoppm, python3…) as a test would from a shell:
// its exit code and what it printed.
#include <QProcess>
#include <QStringList>

namespace yw::test {

struct ProgramRun
{
    int code = -1; // -2: crashed; -1: did not start or timed out
    QString out, err;
    QString all() const { return out + err; }
};

inline ProgramRun runProgram(const QString &program, const QStringList &args, int timeoutMs = 300000)
{
    QProcess p;
    p.start(program, args);
    ProgramRun r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace yw::test
