#pragma once

#include "commandline.h"

namespace yw::shell {
class ModuleHost;
class Platform;
} // namespace yw::shell

namespace yw::app {

// `yiwang --wall`: the wall's windows and control ports instead of the workstation's shell, the
// modules' data started for the scenes it shows. Returns the exit code.
int runWall(const CommandLine &cmd, yw::shell::Platform &platform, yw::shell::ModuleHost &host);

} // namespace yw::app
