#include "pointlayer.h"

#include "webmercator.h"

#include <QPainter>

#include <cmath>

namespace yw::map {

PointLayer::PointLayer(QString id, QString title, QString kind, QList<Category> categories,
                       double symbolZoom, double symbolRadiusPx)
    : m_id(std::move(id))
    , m_title(std::move(title))
    , m_kind(std::move(kind))
    , m_categories(std::move(categories))
    , m_symbolZoom(symbolZoom)
    , m_radius(symbolRadiusPx)
    , m_data(std::make_shared<const Data>())
{}

QList<LegendEntry> PointLayer::legend() const
{
    QList<LegendEntry> out;
    for (const Category &c : m_categories)
        out << LegendEntry{c.label, c.colour};
    return out;
}

void PointLayer::setData(std::shared_ptr<const Data> data)
{
    QMutexLocker lock(&m_mutex);
    m_data = std::move(data);
    bumpRevision();
}

std::shared_ptr<const PointLayer::Data> PointLayer::data() const
{
    QMutexLocker lock(&m_mutex);
    return m_data;
}

size_t PointLayer::pointCount() const
{
    return data()->index.size();
}

TileResult PointLayer::renderTile(QImage &image, const TileKey &key) const
{
    const auto d = data();
    const bool drawn =
        key.z >= m_symbolZoom ? renderSymbols(image, key, *d) : renderDensity(image, key, *d);
    return drawn ? TileResult::Drawn : TileResult::Empty;
}

bool PointLayer::renderDensity(QImage &image, const TileKey &key, const Data &d) const
{
    constexpr int n = WebMercator::kTileSize;
    const QRectF tile = WebMercator::tileBounds(key.z, key.x, key.y);
    const double s = n / tile.width();
    std::vector<uint32_t> counts(size_t(n) * n, 0);
    bool any = false;
    // Single precision is enough for a pixel (the points are floats already).
    const float left = float(tile.left()), bottom = float(tile.bottom()), fs = float(s);
    d.index.forEachIn(tile, [&](uint32_t, float x, float y) {
        const int px = std::min(n - 1, int((x - left) * fs));
        const int py = std::min(n - 1, int((bottom - y) * fs));
        ++counts[size_t(py) * n + px];
        any = true;
    });
    if (!any)
        return false;
    // A fixed logarithmic ramp (not per tile: tiles must agree at their edges): one point is
    // visible, thirty in a pixel are full. A table, not a logarithm per pixel.
    const QColor base = m_categories.isEmpty() ? QColor(90, 200, 250) : m_categories.first().colour;
    QRgb ramp[101];
    ramp[0] = 0;
    for (int c = 1; c <= 100; ++c) {
        const double v = std::min(1.0, 0.45 + std::log10(double(c)) / 1.5 * 0.55);
        ramp[c] = qPremultiply(qRgba(base.red(), base.green(), base.blue(), int(v * 255)));
    }
    for (int y = 0; y < n; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        const uint32_t *row = counts.data() + size_t(y) * n;
        for (int x = 0; x < n; ++x)
            if (row[x])
                line[x] = ramp[std::min<uint32_t>(row[x], 100)];
    }
    return true;
}

bool PointLayer::renderSymbols(QImage &image, const TileKey &key, const Data &d) const
{
    const QRectF tile = WebMercator::tileBounds(key.z, key.x, key.y);
    // Symbols shrink when zoomed out (down to 2 px), so that thousands stay apart.
    const double radius = std::clamp(m_radius * std::pow(2.0, (key.z - 15) / 2.0), 2.0, m_radius);
    const double margin = tile.width() / WebMercator::kTileSize * (radius + 1);
    const QTransform t = tileTransform(key);
    const int size = int(std::ceil(2 * radius + 2));
    const QList<QImage> sprites = spritesFor(key.z, radius);
    QPainter p(&image);
    bool any = false;
    d.index.forEachIn(tile.adjusted(-margin, -margin, margin, margin), [&](uint32_t i, float x, float y) {
        const uint16_t c = d.category.empty() ? 0 : d.category[i];
        if (c >= sprites.size())
            return;
        any = true;
        const QPointF at = t.map(QPointF(x, y));
        p.drawImage(QPointF(std::round(at.x() - size / 2.0), std::round(at.y() - size / 2.0)),
                    sprites[c]);
    });
    return any;
}

QList<QImage> PointLayer::spritesFor(int zoom, double radius) const
{
    // Each category's symbol drawn once for a zoom, then stamped: thousands of anti-aliased
    // ellipses a tile would cost ten times as much, and drawing them for every tile a tenth.
    QMutexLocker lock(&m_spriteMutex);
    const int slot = std::clamp(zoom, 0, int(m_sprites.size()) - 1);
    if (!m_sprites[slot].isEmpty())
        return m_sprites[slot];
    const int size = int(std::ceil(2 * radius + 2));
    QList<QImage> sprites;
    for (const Category &c : m_categories) {
        QImage sprite(size, size, QImage::Format_ARGB32_Premultiplied);
        sprite.fill(Qt::transparent);
        QPainter sp(&sprite);
        sp.setRenderHint(QPainter::Antialiasing);
        sp.setPen(QPen(QColor(10, 20, 30, 200), 1));
        sp.setBrush(c.colour);
        sp.drawEllipse(QPointF(size / 2.0, size / 2.0), radius, radius);
        sprites << sprite;
    }
    m_sprites[slot] = sprites;
    return sprites;
}

QList<uint32_t> PointLayer::pointsIn(const QRectF &metres, int limit, int *count) const
{
    const auto d = data();
    QList<uint32_t> out;
    int n = 0;
    d->index.forEachIn(metres.normalized(), [&](uint32_t i, float, float) {
        ++n;
        if (out.size() < limit)
            out << i;
    });
    if (count)
        *count = n;
    return out;
}

QList<Identified> PointLayer::identify(const QPointF &metres, double zoom, double radiusPx) const
{
    const auto d = data();
    const double r = WebMercator::metresPerPixel(zoom) * radiusPx;
    QList<Identified> out;
    d->index.forEachIn(QRectF(metres.x() - r, metres.y() - r, 2 * r, 2 * r), [&](uint32_t i, float x, float y) {
        const double dx = x - metres.x(), dy = y - metres.y();
        const double dist = std::sqrt(dx * dx + dy * dy);
        if (dist > r)
            return;
        Identified f;
        f.layer = m_id;
        f.kind = m_kind;
        f.id = !d->numericId.empty() ? QString::number(d->numericId[i])
               : i < uint32_t(d->textId.size()) ? d->textId[int(i)]
                                               : QString::number(i);
        const uint16_t c = d->category.empty() ? 0 : d->category[i];
        f.title = i < uint32_t(d->text.size()) ? d->text[int(i)]
                  : c < m_categories.size()   ? m_categories[c].label
                                              : m_title;
        f.distancePx = dist / WebMercator::metresPerPixel(zoom);
        out << f;
    });
    std::sort(out.begin(), out.end(),
              [](const Identified &a, const Identified &b) { return a.distancePx < b.distancePx; });
    if (out.size() > 20)
        out.erase(out.begin() + 20, out.end());
    return out;
}

} // namespace yw::map
