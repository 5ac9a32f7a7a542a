#include "mapcanvas.h"

#include "webmercator.h"

#include <QPainter>

#include <cmath>

namespace yw::mapview {

using yw::map::TileKey;
using yw::map::WebMercator;

MapCanvas::MapCanvas(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    setOpaquePainting(false);
    m_center = WebMercator::toMetres(112.985, 28.195);
    connect(&m_renderer, &yw::map::TileRenderer::tileReady, this, [this] {
        repaint();
        emit tilesChanged();
    });
    m_flick.setInterval(16);
    connect(&m_flick, &QTimer::timeout, this, [this] {
        const double dt = m_flickClock.restart() / 1000.0;
        pan(m_velocity.x() * dt, m_velocity.y() * dt);
        m_velocity *= std::pow(0.04, dt); // a flick dies out within about a second
        if (std::hypot(m_velocity.x(), m_velocity.y()) < 20)
            m_flick.stop();
    });
}

MapCanvas::~MapCanvas() = default;

void MapCanvas::setLayers(LayerListModel *model)
{
    if (model == m_layers)
        return;
    if (m_layers)
        disconnect(m_layers, nullptr, this, nullptr);
    m_layers = model;
    if (m_layers)
        connect(m_layers, &LayerListModel::layersChanged, this, &MapCanvas::repaint);
    emit layersChanged();
    repaint();
}

void MapCanvas::repaint()
{
    const bool was = m_dirty.exchange(true);
    update();
    if (!was)
        emit tilesChanged();
}

double MapCanvas::centerLon() const
{
    return WebMercator::toLonLat(m_center).x();
}

double MapCanvas::centerLat() const
{
    return WebMercator::toLonLat(m_center).y();
}

void MapCanvas::setCenter(double lon, double lat, double zoom)
{
    m_center = WebMercator::toMetres(lon, lat);
    m_zoom = zoom;
    clampView();
}

void MapCanvas::fitLonLat(const QRectF &box, double margin, double maxZoom)
{
    const QPointF a = WebMercator::toMetres(box.left(), box.top());
    const QPointF b = WebMercator::toMetres(box.right(), box.bottom());
    const double mpp = std::max(std::abs(b.x() - a.x()) / std::max(1.0, width()),
                                std::abs(b.y() - a.y()) / std::max(1.0, height()))
                       * margin;
    const double z = std::log2(2 * WebMercator::kHalfWorld / (WebMercator::kTileSize * std::max(mpp, 0.1)));
    setCenter(box.center().x(), box.center().y(), std::min(z, maxZoom));
}

void MapCanvas::clampView()
{
    m_zoom = std::clamp(m_zoom, kMinZoom, kMaxZoom);
    emit viewChanged();
    repaint();
}

void MapCanvas::pan(double dx, double dy)
{
    const double mpp = WebMercator::metresPerPixel(m_zoom);
    m_center += QPointF(-dx * mpp, dy * mpp);
    clampView();
}

void MapCanvas::zoomAt(double steps, double x, double y)
{
    const QPointF before = QPointF(x - width() / 2, y - height() / 2);
    const double mppBefore = WebMercator::metresPerPixel(m_zoom);
    const QPointF anchor = m_center + QPointF(before.x() * mppBefore, -before.y() * mppBefore);
    m_zoom = std::clamp(m_zoom + steps, kMinZoom, kMaxZoom);
    const double mpp = WebMercator::metresPerPixel(m_zoom);
    m_center = anchor - QPointF(before.x() * mpp, -before.y() * mpp);
    m_flick.stop();
    clampView();
}

void MapCanvas::flick(double vx, double vy)
{
    m_velocity = QPointF(vx, vy);
    m_flickClock.start();
    m_flick.start();
}

QPointF MapCanvas::toLonLat(double x, double y) const
{
    const double mpp = WebMercator::metresPerPixel(m_zoom);
    return WebMercator::toLonLat(m_center + QPointF((x - width() / 2) * mpp, -(y - height() / 2) * mpp));
}

QPointF MapCanvas::toScreen(double lon, double lat) const
{
    const double mpp = WebMercator::metresPerPixel(m_zoom);
    const QPointF d = (WebMercator::toMetres(lon, lat) - m_center) / mpp;
    return {width() / 2 + d.x(), height() / 2 - d.y()};
}

QString MapCanvas::coordinateText(double x, double y) const
{
    const QPointF ll = toLonLat(x, y);
    return QStringLiteral("%1, %2").arg(ll.x(), 0, 'f', 5).arg(ll.y(), 0, 'f', 5);
}

double MapCanvas::scaleBarPx() const
{
    // A round ground distance of about 120 pixels.
    const double mpp = WebMercator::groundMetresPerPixel(m_zoom, centerLat());
    const double target = 120 * mpp;
    const double magnitude = std::pow(10.0, std::floor(std::log10(target)));
    double nice = magnitude;
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (m * magnitude <= target)
            nice = m * magnitude;
    return nice / mpp;
}

QString MapCanvas::scaleText() const
{
    const double metres = scaleBarPx() * WebMercator::groundMetresPerPixel(m_zoom, centerLat());
    return metres >= 1000 ? QStringLiteral("%1 km").arg(metres / 1000)
                          : QStringLiteral("%1 m").arg(qRound(metres));
}

QList<MapCanvas::Placed> MapCanvas::visibleTiles() const
{
    QList<Placed> out;
    if (width() <= 0 || height() <= 0)
        return out;
    const int z = int(std::floor(m_zoom + 0.5));
    const double scale = std::pow(2.0, m_zoom - z); // screen pixels per tile pixel
    const double tilePx = WebMercator::kTileSize * scale;
    const double worldTiles = std::pow(2.0, z);
    const double worldPx = worldTiles * tilePx;
    // The centre in the world's pixels at this zoom (origin north-west).
    const double cx = (m_center.x() + WebMercator::kHalfWorld) / (2 * WebMercator::kHalfWorld) * worldPx;
    const double cy = (WebMercator::kHalfWorld - m_center.y()) / (2 * WebMercator::kHalfWorld) * worldPx;
    const double left = cx - width() / 2, top = cy - height() / 2;
    const int x0 = int(std::floor(left / tilePx)), x1 = int(std::floor((left + width()) / tilePx));
    const int y0 = int(std::floor(top / tilePx)), y1 = int(std::floor((top + height()) / tilePx));
    for (int ty = y0; ty <= y1; ++ty)
        for (int tx = x0; tx <= x1; ++tx) {
            if (tx < 0 || ty < 0 || tx >= worldTiles || ty >= worldTiles)
                continue;
            // Whole pixels, each tile ending where the next begins: no seams between tiles.
            const double l = std::floor(tx * tilePx - left), r = std::floor((tx + 1) * tilePx - left);
            const double t = std::floor(ty * tilePx - top), b = std::floor((ty + 1) * tilePx - top);
            out << Placed{TileKey{z, tx, ty}, QRectF(l, t, r - l, b - t)};
        }
    return out;
}

QList<yw::map::Identified> MapCanvas::identifyAt(double x, double y, double radiusPx) const
{
    QList<yw::map::Identified> out;
    if (!m_layers)
        return out;
    const QPointF ll = toLonLat(x, y);
    const QPointF metres = WebMercator::toMetres(ll.x(), ll.y());
    for (const LayerListModel::Entry &e : m_layers->entries()) // the top layer first
        if (e.visible && m_zoom >= e.layer->minZoom())
            out += e.layer->identify(metres, m_zoom, radiusPx);
    return out;
}

void MapCanvas::geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry)
{
    QQuickPaintedItem::geometryChange(newGeometry, oldGeometry);
    emit viewChanged();
    repaint();
}

void MapCanvas::paint(QPainter *painter)
{
    if (!m_layers)
        return;
    const QList<Placed> tiles = visibleTiles();
    QList<const LayerListModel::Entry *> shown;
    const auto &entries = m_layers->entries();
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) // drawn bottom up
        if (it->visible && it->opacity > 0 && m_zoom >= it->layer->minZoom())
            shown << &*it;
    // Say what is wanted before asking for it: a worker checks the wanted set when it starts a
    // tile, and would drop a tile asked for under the previous view's set.
    QSet<QString> wanted;
    for (const auto *e : shown)
        for (const Placed &t : tiles)
            wanted.insert(yw::map::TileRenderer::keyOf(*e->layer, t.key));
    m_renderer.setWanted(wanted);
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    for (const auto *e : shown) {
        painter->setOpacity(e->opacity);
        for (const Placed &t : tiles) {
            const QImage image = m_renderer.tile(e->layer, t.key);
            if (!image.isNull() && !yw::map::TileRenderer::isEmptyTile(image)) // null: queued
                painter->drawImage(t.rect, image);
        }
    }
    painter->setOpacity(1);
    m_dirty = false;
    // (Queued: paint may run on the render thread.)
    QMetaObject::invokeMethod(this, &MapCanvas::tilesChanged, Qt::QueuedConnection);
}

} // namespace yw::mapview
