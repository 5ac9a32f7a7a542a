#include "mapprinter.h"

#include "trainingwatermark.h"

#include "tilerenderer.h"
#include "webmercator.h"

#include <QDateTime>
#include <QFile>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <cmath>

namespace yw::map {

MapPrinter::MapPrinter(QList<Layer> layers, View view, QString title)
    : m_layers(std::move(layers))
    , m_view(view)
    , m_title(std::move(title))
{}

QImage MapPrinter::renderMap() const
{
    QImage image(m_view.size, QImage::Format_ARGB32_Premultiplied);
    image.fill(QColor(11, 22, 34));
    const int z = int(std::floor(m_view.zoom + 0.5));
    const double scale = std::pow(2.0, m_view.zoom - z);
    const double tilePx = WebMercator::kTileSize * scale;
    const double worldPx = std::pow(2.0, z) * tilePx;
    const double cx = (m_view.centreMetres.x() + WebMercator::kHalfWorld) / (2 * WebMercator::kHalfWorld) * worldPx;
    const double cy = (WebMercator::kHalfWorld - m_view.centreMetres.y()) / (2 * WebMercator::kHalfWorld) * worldPx;
    const double left = cx - m_view.size.width() / 2.0, top = cy - m_view.size.height() / 2.0;
    QPainter p(&image);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    for (const Layer &l : m_layers) {
        if (m_view.zoom < l.layer->minZoom() || l.opacity <= 0)
            continue;
        p.setOpacity(l.opacity);
        for (int ty = int(std::floor(top / tilePx)); ty <= int(std::floor((top + m_view.size.height()) / tilePx)); ++ty)
            for (int tx = int(std::floor(left / tilePx)); tx <= int(std::floor((left + m_view.size.width()) / tilePx)); ++tx) {
                const QImage tile = TileRenderer::renderNow(*l.layer, TileKey{z, tx, ty});
                if (!TileRenderer::isEmptyTile(tile))
                    p.drawImage(QRectF(tx * tilePx - left, ty * tilePx - top, tilePx, tilePx), tile);
            }
    }
    return image;
}

void MapPrinter::decorate(QPainter &p, const QRectF &area, double k) const
{
    p.setOpacity(1);
    if (m_training)
        yw::print::TrainingWatermark::paint(p, area, k);
    p.setRenderHint(QPainter::Antialiasing);
    QFont font = p.font();
    // Title.
    font.setPixelSize(int(22 * k));
    font.setBold(true);
    p.setFont(font);
    const QRectF titleBox(area.left() + 14 * k, area.top() + 10 * k, area.width() - 28 * k, 32 * k);
    p.setPen(QColor(235, 242, 250));
    p.drawText(titleBox, Qt::AlignLeft | Qt::AlignVCenter, m_title);
    font.setPixelSize(int(12 * k));
    font.setBold(false);
    p.setFont(font);
    p.drawText(titleBox, Qt::AlignRight | Qt::AlignVCenter,
               QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    // North arrow.
    const QPointF n(area.right() - 30 * k, area.top() + 70 * k);
    QPolygonF arrow;
    arrow << n + QPointF(0, -18 * k) << n + QPointF(9 * k, 12 * k) << n + QPointF(0, 6 * k)
          << n + QPointF(-9 * k, 12 * k);
    p.setBrush(QColor(235, 242, 250));
    p.setPen(Qt::NoPen);
    p.drawPolygon(arrow);
    p.setPen(QColor(235, 242, 250));
    p.drawText(QRectF(n.x() - 20 * k, n.y() + 14 * k, 40 * k, 18 * k), Qt::AlignCenter, QStringLiteral("N"));
    // Scale bar: a round ground distance near a fifth of the width.
    const double lat = WebMercator::toLonLat(m_view.centreMetres).y();
    const double mpp = WebMercator::groundMetresPerPixel(m_view.zoom, lat) / k;
    const double target = area.width() / 5 * mpp;
    const double mag = std::pow(10.0, std::floor(std::log10(target)));
    double nice = mag;
    for (double m : {1.0, 2.0, 5.0})
        if (m * mag <= target)
            nice = m * mag;
    const double barPx = nice / mpp;
    const QPointF s0(area.left() + 16 * k, area.bottom() - 24 * k);
    p.fillRect(QRectF(s0.x(), s0.y(), barPx, 5 * k), QColor(235, 242, 250));
    p.drawText(QRectF(s0.x(), s0.y() - 20 * k, barPx + 80 * k, 18 * k), Qt::AlignLeft,
               nice >= 1000 ? QStringLiteral("%1 km").arg(nice / 1000) : QStringLiteral("%1 m").arg(nice));
    // Legend: each layer's title and entries.
    QStringList lines;
    QList<QColor> colours;
    for (const Layer &l : m_layers) {
        if (m_view.zoom < l.layer->minZoom() || l.opacity <= 0)
            continue;
        lines << l.layer->title();
        colours << QColor();
        for (const LegendEntry &e : l.layer->legend().mid(0, 6)) {
            lines << QStringLiteral("   ") + e.label;
            colours << e.colour;
        }
    }
    const double lineH = 16 * k;
    const QRectF box(area.right() - 220 * k, area.bottom() - (lines.size() * lineH + 20 * k) - 10 * k,
                     210 * k, lines.size() * lineH + 16 * k);
    p.setBrush(QColor(15, 31, 53, 220));
    p.setPen(QColor(60, 90, 130));
    p.drawRoundedRect(box, 6 * k, 6 * k);
    for (int i = 0; i < lines.size(); ++i) {
        const QRectF row(box.left() + 10 * k, box.top() + 8 * k + i * lineH, box.width() - 20 * k, lineH);
        if (colours[i].isValid()) {
            p.setBrush(colours[i]);
            p.setPen(Qt::NoPen);
            p.drawEllipse(QPointF(row.left() + 8 * k, row.center().y()), 4 * k, 4 * k);
        }
        p.setPen(QColor(220, 230, 240));
        p.drawText(row, Qt::AlignLeft | Qt::AlignVCenter, lines[i]);
    }
}

QImage MapPrinter::renderImage() const
{
    QImage image = renderMap();
    QPainter p(&image);
    decorate(p, QRectF(QPointF(0, 0), QSizeF(m_view.size)), 1.0);
    return image;
}

bool MapPrinter::writePdf(const QString &path, QString *error) const
{
    QPdfWriter pdf(path);
    if (!QFile(path).open(QIODevice::WriteOnly)) {
        if (error)
            *error = QStringLiteral("cannot write %1").arg(path);
        return false;
    }
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageOrientation(QPageLayout::Landscape);
    pdf.setResolution(150);
    pdf.setTitle(m_title);
    pdf.setCreator(QStringLiteral("Yiwang"));
    QPainter p(&pdf);
    if (!p.isActive()) {
        if (error)
            *error = QStringLiteral("cannot write %1").arg(path);
        return false;
    }
    const QRect page = p.viewport();
    const QImage map = renderMap();
    const QSizeF fitted = QSizeF(map.size()).scaled(page.size(), Qt::KeepAspectRatio);
    const QRectF area(page.left() + (page.width() - fitted.width()) / 2,
                      page.top() + (page.height() - fitted.height()) / 2, fitted.width(), fitted.height());
    p.drawImage(area, map);
    decorate(p, area, area.width() / map.width());
    return p.end();
}

} // namespace yw::map
