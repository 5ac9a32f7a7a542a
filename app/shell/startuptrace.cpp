#include "startuptrace.h"

#include <QElapsedTimer>

#include <cstdio>

namespace yw::shell {

namespace {
QElapsedTimer &clock()
{
    static QElapsedTimer t;
    return t;
}
} // namespace

void StartupTrace::enable()
{
    clock().start();
}

bool StartupTrace::enabled()
{
    return clock().isValid();
}

void StartupTrace::mark(const QString &milestone, const QString &detail)
{
    if (!enabled())
        return;
    // stdio, flushed at once: the reader times each line as it arrives.
    std::fprintf(stdout, "yiwang-trace %lld %s%s%s\n", static_cast<long long>(clock().elapsed()),
                 qPrintable(milestone), detail.isEmpty() ? "" : " ", qPrintable(detail));
    std::fflush(stdout);
}

} // namespace yw::shell
