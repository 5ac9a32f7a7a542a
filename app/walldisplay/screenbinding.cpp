#include "screenbinding.h"

namespace yw::walldisplay {

QStringList ScreenBinding::assign(const QList<yw::wall::WallMonitor> &monitors, const QStringList &screens)
{
    QStringList out;
    QStringList free = screens;
    for (const auto &m : monitors) {
        if (!m.output.isEmpty() && free.contains(m.output)) {
            free.removeOne(m.output);
            out << m.output;
        } else {
            out << QString();
        }
    }
    // Named outputs are never given to another monitor, even while absent.
    for (const auto &m : monitors)
        free.removeAll(m.output);
    for (int i = 0; i < monitors.size(); ++i)
        if (monitors.at(i).output.isEmpty() && !free.isEmpty())
            out[i] = free.takeFirst();
    return out;
}

} // namespace yw::walldisplay
