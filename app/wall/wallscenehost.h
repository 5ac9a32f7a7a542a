#pragma once

#include "error.h"

#include <QJsonArray>
#include <QStringList>

namespace yw::wall {

// What the wall's controller needs of the screens it drives (the wall display in `yiwang --wall`;
// the controller's tests give their own): the scenes the modules offer, whether a scene can show
// an argument, the monitors' state, a map to focus and a picture of the whole wall.
class WallSceneHost
{
public:
    virtual ~WallSceneHost();

    virtual QStringList sceneIds() const = 0;
    // Success when `scene` can show `argument` (the scenario exists and can be read...); the
    // reason otherwise, with NotFound for an unknown argument.
    virtual yw::core::Status checkScene(const QString &scene, const QString &argument) = 0;
    // Each monitor: {"id", "connected", "screen"}.
    virtual QJsonArray monitorStates() const = 0;
    // What a window of `scene` with `argument` shows, for people (the scenario's title, the
    // camera's name); empty when the host cannot say.
    virtual QString windowTitle(const QString &scene, const QString &argument) const { return {}; }
    // Each live source shown (a camera): {"id", "name", "state", "lastFrame", "problem"}.
    virtual QJsonArray sourceStates() const { return {}; }
    // Centres the wall's maps on a point (CGCS2000 lon/lat); zoom 0 keeps each map's own.
    virtual yw::core::Status focus(double lon, double lat, double zoom) = 0;
    // Writes a PNG of the whole wall (bezels drawn) and returns its path.
    virtual yw::core::Result<QString> screenshot() = 0;
};

} // namespace yw::wall
