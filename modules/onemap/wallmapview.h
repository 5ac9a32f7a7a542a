#pragma once

#include "error.h"
#include "layerlistmodel.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace yw::onemap {

class OneMapWorkspace;

// The one map in a window of the video wall: the workspace's layers (live cases, devices and
// vehicles, outlines; drawn once, shared with any other canvas), where the window starts (the
// whole city, or a place given as "lon,lat[,zoom]") and the places the wall is told to focus on.
class WallMapView : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by the one map for the wall")
    Q_PROPERTY(yw::mapview::LayerListModel *layers READ layers CONSTANT)
    Q_PROPERTY(bool hasStart READ hasStart CONSTANT)
    Q_PROPERTY(double startLon READ startLon CONSTANT)
    Q_PROPERTY(double startLat READ startLat CONSTANT)
    Q_PROPERTY(double startZoom READ startZoom CONSTANT)
public:
    // An empty argument starts on the whole city; "lon,lat[,zoom]" on a place (InvalidInput
    // otherwise).
    static yw::core::Result<std::shared_ptr<WallMapView>> create(OneMapWorkspace &workspace, const QString &argument);

    yw::mapview::LayerListModel *layers() const;
    bool hasStart() const { return m_hasStart; }
    double startLon() const { return m_lon; }
    double startLat() const { return m_lat; }
    double startZoom() const { return m_zoom; }
    // Places the canvas on the whole city once the outlines are in; false before.
    Q_INVOKABLE bool showCity(QObject *canvas) const;

signals:
    // Centre here (another module's or the wall's request), close up.
    void focusRequested(double lon, double lat, double zoom);
    void cityReady();

private:
    explicit WallMapView(OneMapWorkspace &workspace);

    OneMapWorkspace &m_workspace;
    bool m_hasStart = false;
    double m_lon = 0, m_lat = 0, m_zoom = 15;
};

} // namespace yw::onemap
