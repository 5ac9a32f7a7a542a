#include "arealayer.h"

#include "webmercator.h"

#include <QPainter>

#include <algorithm>

namespace yw::map {

AreaLayer::AreaLayer(QString id, QString title, Style style)
    : m_id(std::move(id))
    , m_title(std::move(title))
    , m_style(std::move(style))
    , m_features(std::make_shared<const std::vector<AreaFeature>>())
{}

void AreaLayer::setFeatures(std::vector<AreaFeature> features)
{
    // Build the paths' lazy caches now, before worker threads share them (identify reads them).
    for (AreaFeature &f : features) {
        f.path.boundingRect();
        f.path.controlPointRect();
    }
    auto next = std::make_shared<const std::vector<AreaFeature>>(std::move(features));
    QMutexLocker lock(&m_mutex);
    m_features = std::move(next);
    bumpRevision();
}

std::shared_ptr<const std::vector<AreaFeature>> AreaLayer::features() const
{
    QMutexLocker lock(&m_mutex);
    return m_features;
}

int AreaLayer::featureCount() const
{
    return int(features()->size());
}

TileResult AreaLayer::renderTile(QImage &image, const TileKey &key) const
{
    const auto all = features();
    const QRectF tile = WebMercator::tileBounds(key.z, key.x, key.y);
    if (std::none_of(all->begin(), all->end(),
                     [&](const AreaFeature &f) { return f.bounds.intersects(tile); }))
        return TileResult::Empty;
    const QTransform t = tileTransform(key);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QPen pen(m_style.stroke, m_style.strokeWidth, m_style.penStyle);
    pen.setCosmetic(true);
    QList<std::pair<QPointF, QString>> labels;
    // Each tile maps its own copy of the paths: a QPainterPath drawn as it is keeps lazily built
    // caches inside, and two workers drawing the same shared path at once corrupt them.
    p.setPen(pen);
    for (const AreaFeature &f : *all) {
        if (!f.bounds.intersects(tile))
            continue;
        p.setBrush(f.fill.alpha() > 0 ? QBrush(f.fill) : QBrush(Qt::NoBrush));
        p.drawPath(t.map(f.path));
        if (key.z >= m_style.labelZoom && tile.contains(f.bounds.center()))
            labels.append({t.map(f.bounds.center()), f.name});
    }
    if (!labels.isEmpty()) {
        QFont font = p.font();
        font.setPixelSize(12);
        p.setFont(font);
        for (const auto &[at, text] : labels) {
            const QRectF box(at.x() - 80, at.y() - 9, 160, 18);
            p.setPen(QColor(0, 0, 0, 160));
            p.drawText(box.translated(1, 1), Qt::AlignCenter, text);
            p.setPen(QColor(235, 242, 250));
            p.drawText(box, Qt::AlignCenter, text);
        }
    }
    return TileResult::Drawn;
}

QList<Identified> AreaLayer::identify(const QPointF &metres, double zoom, double radiusPx) const
{
    QList<Identified> out;
    if (zoom < m_style.minZoom)
        return out;
    Q_UNUSED(radiusPx);
    for (const AreaFeature &f : *features())
        if (f.bounds.contains(metres) && f.path.contains(metres))
            out << Identified{m_id, m_id, f.code, f.name, {}, 0};
    return out;
}

} // namespace yw::map
