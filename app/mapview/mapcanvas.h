#pragma once

#include "layerlistmodel.h"
#include "tilerenderer.h"

#include <QElapsedTimer>
#include <QQuickPaintedItem>
#include <QTimer>

#include <atomic>

namespace yw::mapview {

// The one map's canvas: the layers of a LayerListModel drawn as tiles (rendered to QImage by
// TileRenderer in worker threads; the canvas only composes finished tiles, so it never waits).
// A painted item, so that the software scene graph of offscreen tests and the GPU one show the
// same thing (the software one misplaces texture nodes of a custom item: PLATFORM notes). Pan by drag with inertia, zoom by wheel, pinch and keys;
// the centre, zoom, scale bar and pointer position are properties for the QML around it.
class MapCanvas : public QQuickPaintedItem
{
    Q_OBJECT
    Q_PROPERTY(yw::mapview::LayerListModel *layers READ layers WRITE setLayers NOTIFY layersChanged)
    Q_PROPERTY(double zoom READ zoom NOTIFY viewChanged)
    Q_PROPERTY(double centerLon READ centerLon NOTIFY viewChanged)
    Q_PROPERTY(double centerLat READ centerLat NOTIFY viewChanged)
    Q_PROPERTY(QString scaleText READ scaleText NOTIFY viewChanged)
    Q_PROPERTY(double scaleBarPx READ scaleBarPx NOTIFY viewChanged)
    Q_PROPERTY(int pendingTiles READ pendingTiles NOTIFY tilesChanged)
    // Still drawing: a repaint asked for, or tiles on their way (screenshots wait for it).
    Q_PROPERTY(bool busy READ isBusy NOTIFY tilesChanged)

public:
    static constexpr double kMinZoom = 8;
    static constexpr double kMaxZoom = 20;

    explicit MapCanvas(QQuickItem *parent = nullptr);
    ~MapCanvas() override;

    LayerListModel *layers() const { return m_layers; }
    void setLayers(LayerListModel *layers);
    double zoom() const { return m_zoom; }
    double centerLon() const;
    double centerLat() const;
    QString scaleText() const;
    double scaleBarPx() const;
    int pendingTiles() const { return m_renderer.pending(); }
    bool isBusy() const { return m_dirty || m_renderer.pending() > 0; }
    yw::map::TileRenderer &renderer() { return m_renderer; }

    Q_INVOKABLE void setCenter(double lon, double lat, double zoom);
    // Centres on a lon/lat box and zooms so that it fills the canvas, with `margin` to spare
    // (1.1: a tenth more), at most to maxZoom.
    void fitLonLat(const QRectF &lonLat, double margin, double maxZoom = kMaxZoom);
    Q_INVOKABLE void pan(double dx, double dy);
    // Zooms by steps (may be fractional) keeping the point under (x, y) in place.
    Q_INVOKABLE void zoomAt(double steps, double x, double y);
    // Lets a drag's last velocity (pixels per second) carry the map on, slowing down.
    Q_INVOKABLE void flick(double vx, double vy);
    Q_INVOKABLE QPointF toLonLat(double x, double y) const;
    Q_INVOKABLE QPointF toScreen(double lon, double lat) const;
    // "112.98231, 28.19632" for the pointer's read-out.
    Q_INVOKABLE QString coordinateText(double x, double y) const;
    // What lies under (x, y) in the visible layers, top layer first.
    QList<yw::map::Identified> identifyAt(double x, double y, double radiusPx = 8) const;

signals:
    void layersChanged();
    void viewChanged();
    void tilesChanged();

protected:
    void paint(QPainter *painter) override;
    void geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry) override;

private:
    // The tiles at integer zoom z that cover the item, with where each is drawn.
    struct Placed
    {
        yw::map::TileKey key;
        QRectF rect;
    };
    QList<Placed> visibleTiles() const;
    void clampView();

    LayerListModel *m_layers = nullptr;
    yw::map::TileRenderer m_renderer;
    QPointF m_center; // metres, EPSG:3857
    double m_zoom = 12;
    QTimer m_flick;
    QPointF m_velocity;
    QElapsedTimer m_flickClock;
    std::atomic<bool> m_dirty{true};
    void repaint();
};

} // namespace yw::mapview
