#pragma once

#include "wallmonitor.h"

#include <QStringList>

namespace yw::walldisplay {

// Which screen shows which monitor (per-screen output): a monitor that names its output gets the
// screen of that name or none (it is not connected); the others take the remaining screens in
// order. Run again whenever a screen comes or goes.
class ScreenBinding
{
public:
    // Per monitor, the screen's name, or an empty string for none.
    static QStringList assign(const QList<yw::wall::WallMonitor> &monitors, const QStringList &screens);
};

} // namespace yw::walldisplay
