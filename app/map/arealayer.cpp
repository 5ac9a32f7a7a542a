#include "arealayer.h"

#include "ringclipper.h"
#include "webmercator.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace yw::map {

AreaLayer::AreaLayer(QString id, QString title, Style style)
    : m_id(std::move(id))
    , m_title(std::move(title))
    , m_style(std::move(style))
    , m_data(std::make_shared<const Data>())
{}

void AreaLayer::setFeatures(std::vector<AreaFeature> features)
{
    // Build the paths' lazy caches now, before worker threads share them (identify reads them).
    for (AreaFeature &f : features) {
        f.path.boundingRect();
        f.path.controlPointRect();
    }
    auto next = std::make_shared<Data>();
    next->index = AreaShapeIndex(features);
    next->features = std::move(features);
    QMutexLocker lock(&m_mutex);
    m_data = std::move(next);
    bumpRevision();
}

std::shared_ptr<const AreaLayer::Data> AreaLayer::data() const
{
    QMutexLocker lock(&m_mutex);
    return m_data;
}

int AreaLayer::featureCount() const
{
    return int(data()->features.size());
}

namespace {
// A name's box around an area's centre, in pixels.
constexpr double kLabelHalfWidth = 80;
constexpr double kLabelHalfHeight = 9;

// The runs of consecutive segments of a closed ring (pixels) that come near the tile, each with
// how far along the ring it starts (where its dashes start when the ring is drawn whole).
template<typename Run>
void runsNear(const QPolygonF &ring, const QRectF &near, Run &&onRun)
{
    const qsizetype n = ring.size();
    double along = 0;
    double runStart = 0;
    QPolygonF run;
    for (qsizetype i = 0; i < n; ++i) {
        const QPointF a = ring[i], b = ring[(i + 1) % n];
        const bool touches = std::max(a.x(), b.x()) >= near.left() && std::min(a.x(), b.x()) <= near.right()
                             && std::max(a.y(), b.y()) >= near.top() && std::min(a.y(), b.y()) <= near.bottom();
        if (touches) {
            if (run.isEmpty()) {
                run.append(a);
                runStart = along;
            }
            run.append(b);
        } else if (!run.isEmpty()) {
            onRun(run, runStart);
            run.clear();
        }
        along += std::hypot(b.x() - a.x(), b.y() - a.y());
    }
    if (!run.isEmpty())
        onRun(run, runStart);
}

// Whether a clipped ring is the clipping rectangle itself (the area covers the whole tile).
bool isWholeRect(const QPolygonF &ring, const QRectF &rect)
{
    if (ring.size() > 8)
        return false;
    for (const QPointF &p : ring)
        if ((p.x() != rect.left() && p.x() != rect.right()) || (p.y() != rect.top() && p.y() != rect.bottom()))
            return false;
    return ring.boundingRect() == rect;
}
} // namespace

TileResult AreaLayer::renderTile(QImage &image, const TileKey &key) const
{
    const auto d = data();
    const QRectF tile = WebMercator::tileBounds(key.z, key.x, key.y);
    // Drawn a little beyond the tile, so that what the clipping adds along the edges and the
    // ends of stroke runs fall outside the image.
    const double marginPx = m_style.strokeWidth + 3;
    const double marginM = marginPx * tile.width() / WebMercator::kTileSize;
    const std::vector<uint32_t> hits = d->index.intersecting(tile.adjusted(-marginM, -marginM, marginM, marginM));
    QList<std::pair<QPointF, QString>> labels;
    if (key.z >= m_style.labelZoom) {
        // Every label whose box reaches into the tile, also from a neighbour's centre: each tile
        // draws its part of a name that straddles the edge, and the halves meet.
        const double mpp = tile.width() / WebMercator::kTileSize;
        const QRectF reach = tile.adjusted(-(kLabelHalfWidth + 2) * mpp, -(kLabelHalfHeight + 2) * mpp,
                                           (kLabelHalfWidth + 2) * mpp, (kLabelHalfHeight + 2) * mpp);
        for (const uint32_t i : d->index.intersecting(reach))
            if (const AreaFeature &f = d->features[i]; reach.contains(f.bounds.center()))
                labels.append({f.bounds.center(), f.name});
    }
    if (hits.empty() && labels.isEmpty())
        return TileResult::Empty;
    const QTransform t = tileTransform(key);
    const QRectF near(-marginPx, -marginPx, WebMercator::kTileSize + 2 * marginPx,
                      WebMercator::kTileSize + 2 * marginPx);
    std::vector<std::vector<QPolygonF>> rings(hits.size());
    for (size_t h = 0; h < hits.size(); ++h)
        for (const QPolygonF &ring : d->index.rings(hits[h], key.z))
            rings[h].push_back(t.map(ring));
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    // Fills first, then every outline over them: areas of a layer tile the city, so a neighbour's
    // fill never covers half of a shared boundary.
    p.setPen(Qt::NoPen);
    for (size_t h = 0; h < hits.size(); ++h) {
        const QColor fill = d->features[hits[h]].fill;
        if (fill.alpha() == 0)
            continue;
        QPainterPath area;
        area.setFillRule(Qt::OddEvenFill);
        for (const QPolygonF &ring : rings[h]) {
            const QPolygonF inside = RingClipper::clip(ring, near);
            if (rings[h].size() == 1 && isWholeRect(inside, near)) {
                p.fillRect(image.rect(), fill); // the whole tile inside one area: no edges to smooth
                break;
            }
            if (inside.size() >= 3)
                area.addPolygon(inside);
        }
        if (!area.isEmpty())
            p.fillPath(area, fill);
    }
    QPen pen(m_style.stroke, m_style.strokeWidth, m_style.penStyle);
    pen.setCosmetic(true);
    p.setBrush(Qt::NoBrush);
    if (m_style.penStyle == Qt::SolidLine) {
        // One path for every outline of the tile: one stroke instead of one per area.
        QPainterPath lines;
        for (const auto &areaRings : rings)
            for (const QPolygonF &ring : areaRings)
                runsNear(ring, near, [&](const QPolygonF &run, double) {
                    lines.moveTo(run.first());
                    for (qsizetype k = 1; k < run.size(); ++k)
                        lines.lineTo(run[k]);
                });
        p.setPen(pen);
        p.drawPath(lines);
    } else {
        // Each run starts its dashes where the whole ring's would be there, so that a street's
        // dashed boundary meets across the edges of tiles. Qt measures the dash offset in pen
        // widths (a hairline counts as one).
        const double unit = std::max(1.0, pen.widthF());
        for (const auto &areaRings : rings)
            for (const QPolygonF &ring : areaRings)
                runsNear(ring, near, [&](const QPolygonF &run, double along) {
                    pen.setDashOffset(along / unit);
                    p.setPen(pen);
                    p.drawPolyline(run);
                });
    }
    if (!labels.isEmpty()) {
        QFont font = p.font();
        font.setPixelSize(12);
        p.setFont(font);
        for (const auto &[centre, text] : labels) {
            const QPointF at = t.map(centre);
            const QRectF box(at.x() - kLabelHalfWidth, at.y() - kLabelHalfHeight, 2 * kLabelHalfWidth,
                             2 * kLabelHalfHeight);
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
    const auto d = data();
    for (const uint32_t i : d->index.intersecting(QRectF(metres, QSizeF(0, 0))))
        if (const AreaFeature &f = d->features[i]; f.bounds.contains(metres) && f.path.contains(metres))
            out << Identified{m_id, m_id, f.code, f.name, {}, 0};
    return out;
}

} // namespace yw::map
