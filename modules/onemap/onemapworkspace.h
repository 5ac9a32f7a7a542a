#pragma once

#include "arealayerloader.h"
#include "componentlayerloader.h"
#include "dayreplay.h"
#include "devicelayerloader.h"
#include "heatmapcontrol.h"
#include "maplayerset.h"
#include "mapsettings.h"
#include "modulecontext.h"
#include "opencaselayer.h"

#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace yw::mapview {
class MapCanvas;
}

namespace yw::onemap {


// What the one map's page works with: the styled layers and their panel, filled by loaders that
// read on worker threads (areas, components, open cases live from the change feed, devices and
// vehicles), the heat map's settings and a day's replay. The page declares its tools (identify,
// search, measure, export) itself and gives them this workspace.
class OneMapWorkspace : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("mapcanvas.h")
    QML_UNCREATABLE("made by the one map module")
    Q_PROPERTY(yw::mapview::LayerListModel *layers READ layers CONSTANT)
    Q_PROPERTY(yw::onemap::HeatMapControl *heat READ heat CONSTANT)
    Q_PROPERTY(yw::onemap::DayReplay *replay READ replay CONSTANT)
    Q_PROPERTY(bool training READ training CONSTANT)
    Q_PROPERTY(bool componentsLoaded READ componentsLoaded NOTIFY loadingChanged)
    // Something is still being read (the page says so; a screenshot waits).
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    // What went wrong last (a layer that could not be read, a refused filter), or empty.
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)

public:
    explicit OneMapWorkspace(yw::shell::ModuleContext &context, QObject *parent = nullptr);
    ~OneMapWorkspace() override;

    yw::mapview::LayerListModel *layers() { return &m_layers.panel(); }
    MapLayerSet &layerSet() { return m_layers; }
    MapSettings *settings() { return &m_settings; }
    HeatMapControl *heat() { return &m_heat; }
    DayReplay *replay() { return &m_replay; }
    bool componentsLoaded() const { return m_components.isLoaded(); }
    bool loading() const;
    // The city's outlines and its live cases are on the map (the components may still come).
    bool isInteractive() const { return m_areas.isSettled() && m_cases.isSettled(); }
    // Every layer's first read ended.
    bool isComplete() const
    {
        return isInteractive() && m_components.isSettled() && m_devices.isSettled();
    }
    QString message() const { return m_message; }
    yw::shell::ModuleContext &context() { return m_context; }
    bool training() const { return m_context.training; }
    // The extent of the city's areas (lon/lat), once they are in.
    QRectF cityBounds() const { return m_areas.cityBounds(); }

    // Starts reading every layer.
    void start();
    // Blocks until every layer is in (tests, benchmarks).
    void waitUntilLoaded();
    // Centres the canvas on the whole city; false while the areas are not in yet.
    Q_INVOKABLE bool showCity(yw::mapview::MapCanvas *canvas) const;
    // The canvas's view (centre and zoom) on the video wall's map.
    Q_INVOKABLE bool sendViewToWall(yw::mapview::MapCanvas *canvas) const;
    Q_INVOKABLE bool canSendToWall() const;
    void setMessage(const QString &m);

signals:
    void loadingChanged();
    // A layer's first read ended (see isInteractive, isComplete).
    void settledChanged();
    void messageChanged();
    // The city's areas are in: a canvas waiting for them can show the city.
    void cityReady();
    // Another module asked to look at a place (Navigator::showOnMap): the page centres on it, at
    // `zoom` (0: close up).
    void placeRequested(double lon, double lat, double zoom);

private:
    yw::shell::ModuleContext &m_context;
    MapLayerSet m_layers;
    MapSettings m_settings; // restores the panel as this workstation left it
    AreaLayerLoader m_areas;
    ComponentLayerLoader m_components;
    OpenCaseLayer m_cases;
    DeviceLayerLoader m_devices;
    HeatMapControl m_heat;
    DayReplay m_replay;
    QTimer m_rasterStatus;
    QString m_message;
};

} // namespace yw::onemap
