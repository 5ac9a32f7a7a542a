#pragma once

#include <QString>

namespace yw::shell {

// The milestones of a start and a quit (platform open, signed in, window shown, a module
// interactive, every module's data ready, quit asked, modules stopped), printed on standard
// output when asked for (`yiwang --trace-startup`): one line each, "yiwang-trace <ms> <milestone>
// [detail]", ms since the trace was enabled at the top of main(). tests/bench/run startup reads
// them as they come, against its own clock.
class StartupTrace
{
public:
    static void enable();
    static bool enabled();
    static void mark(const QString &milestone, const QString &detail = QString());
};

} // namespace yw::shell
