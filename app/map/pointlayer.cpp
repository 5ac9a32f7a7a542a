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

void PointLayer::renderTile(QImage &image, const TileKey &key) const
{
    const auto d = data();
    if (key.z >= m_symbolZoom)
        renderSymbols(image, key, *d);
    else
        renderDensity(image, key, *d);
}

void PointLayer::renderDensity(QImage &image, const TileKey &key, const Data &d) const
{
    constexpr int n = WebMercator::kTileSize;
    const QRectF tile = WebMercator::tileBounds(key.z, key.x, key.y);
    const double s = n / tile.width();
    std::vector<uint32_t> counts(size_t(n) * n, 0);
    uint32_t peak = 0;
    d.index.forEachIn(tile, [&](uint32_t i) {
        const int px = std::min(n - 1, int((d.index.x(i) - tile.left()) * s));
        const int py = std::min(n - 1, int((tile.bottom() - d.index.y(i)) * s));
        peak = std::max(peak, ++counts[size_t(py) * n + px]);
    });
    if (peak == 0)
        return;
    // A fixed logarithmic ramp (not per tile: tiles must agree at their edges): one point is
    // faint, a hundred in a pixel is full.
    const QColor base = m_categories.isEmpty() ? QColor(90, 200, 250) : m_categories.first().colour;
    for (int y = 0; y < n; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < n; ++x) {
            const uint32_t c = counts[size_t(y) * n + x];
            if (c == 0)
                continue;
            const double v = std::min(1.0, 0.25 + std::log10(double(c)) / 2.0 * 0.75);
            const int a = int(v * 255);
            line[x] = qPremultiply(qRgba(base.red(), base.green(), base.blue(), a));
        }
    }
}

void PointLayer::renderSymbols(QImage &image, const TileKey &key, const Data &d) const
{
    const QRectF tile = WebMercator::tileBounds(key.z, key.x, key.y);
    const double margin = tile.width() / WebMercator::kTileSize * (m_radius + 1);
    const QTransform t = tileTransform(key);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(10, 20, 30, 200), 1));
    d.index.forEachIn(tile.adjusted(-margin, -margin, margin, margin), [&](uint32_t i) {
        const uint16_t c = d.category.empty() ? 0 : d.category[i];
        p.setBrush(c < m_categories.size() ? m_categories[c].colour : QColor(Qt::white));
        p.drawEllipse(t.map(QPointF(d.index.x(i), d.index.y(i))), m_radius, m_radius);
    });
}

QList<Identified> PointLayer::identify(const QPointF &metres, double zoom, double radiusPx) const
{
    const auto d = data();
    const double r = WebMercator::metresPerPixel(zoom) * radiusPx;
    QList<Identified> out;
    d->index.forEachIn(QRectF(metres.x() - r, metres.y() - r, 2 * r, 2 * r), [&](uint32_t i) {
        const double dx = d->index.x(i) - metres.x(), dy = d->index.y(i) - metres.y();
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
