#include "heatlayer.h"

#include "webmercator.h"

#include <cmath>

namespace yw::map {

namespace {
// Transparent → blue → yellow → red.
QRgb ramp(double v)
{
    v = std::clamp(v, 0.0, 1.0);
    struct Stop { double at; int r, g, b, a; };
    static const Stop stops[] = {{0.0, 40, 80, 255, 0},
                                 {0.25, 40, 120, 255, 120},
                                 {0.55, 250, 220, 50, 190},
                                 {1.0, 240, 40, 30, 230}};
    for (int i = 1; i < 4; ++i)
        if (v <= stops[i].at) {
            const Stop &a = stops[i - 1], &b = stops[i];
            const double t = (v - a.at) / (b.at - a.at);
            auto mix = [&](int x, int y) { return int(x + (y - x) * t); };
            return qPremultiply(qRgba(mix(a.r, b.r), mix(a.g, b.g), mix(a.b, b.b), mix(a.a, b.a)));
        }
    return qPremultiply(qRgba(240, 40, 30, 230));
}
} // namespace

HeatLayer::HeatLayer(QString id, QString title, double radiusPx, double fullAt)
    : m_id(std::move(id))
    , m_title(std::move(title))
    , m_radius(radiusPx)
    , m_fullAt(fullAt)
    , m_points(std::make_shared<const PointIndex>())
{}

QList<LegendEntry> HeatLayer::legend() const
{
    return {{QStringLiteral("low"), QColor::fromRgba(qUnpremultiply(ramp(0.25)))},
            {QStringLiteral("high"), QColor::fromRgba(qUnpremultiply(ramp(1.0)))}};
}

void HeatLayer::setPoints(std::vector<float> xs, std::vector<float> ys)
{
    auto index = std::make_shared<PointIndex>();
    index->build(std::move(xs), std::move(ys), 256);
    QMutexLocker lock(&m_mutex);
    m_points = std::move(index);
    bumpRevision();
}

std::shared_ptr<const PointIndex> HeatLayer::points() const
{
    QMutexLocker lock(&m_mutex);
    return m_points;
}

double HeatLayer::valueAt(const QPointF &m, double zoom) const
{
    const auto pts = points();
    const double mpp = WebMercator::metresPerPixel(zoom);
    const double sigma = m_radius / 2 * mpp;
    const double reach = 3 * sigma;
    double sum = 0;
    pts->forEachIn(QRectF(m.x() - reach, m.y() - reach, 2 * reach, 2 * reach), [&](uint32_t, float x, float y) {
        const double dx = x - m.x(), dy = y - m.y();
        sum += std::exp(-(dx * dx + dy * dy) / (2 * sigma * sigma));
    });
    return sum;
}

TileResult HeatLayer::renderTile(QImage &image, const TileKey &key) const
{
    constexpr int n = WebMercator::kTileSize;
    const auto pts = points();
    const QRectF tile = WebMercator::tileBounds(key.z, key.x, key.y);
    const double mpp = tile.width() / n;
    const double sigmaPx = m_radius / 2;
    const int reach = int(std::ceil(3 * sigmaPx));
    std::vector<float> field(size_t(n) * n, 0.f);
    // Each point adds its kernel to the pixels it reaches, those beyond the tile's edge included.
    const double margin = reach * mpp;
    std::vector<float> kernel(size_t(2 * reach + 1) * (2 * reach + 1));
    for (int dy = -reach; dy <= reach; ++dy)
        for (int dx = -reach; dx <= reach; ++dx)
            kernel[size_t(dy + reach) * (2 * reach + 1) + (dx + reach)] =
                float(std::exp(-(dx * dx + dy * dy) / (2 * sigmaPx * sigmaPx)));
    bool any = false;
    pts->forEachIn(tile.adjusted(-margin, -margin, margin, margin), [&](uint32_t, float x, float y) {
        any = true;
        const int cx = int((x - tile.left()) / mpp);
        const int cy = int((tile.bottom() - y) / mpp);
        for (int dy = -reach; dy <= reach; ++dy) {
            const int y = cy + dy;
            if (y < 0 || y >= n)
                continue;
            for (int dx = -reach; dx <= reach; ++dx) {
                const int x = cx + dx;
                if (x >= 0 && x < n)
                    field[size_t(y) * n + x] += kernel[size_t(dy + reach) * (2 * reach + 1) + (dx + reach)];
            }
        }
    });
    if (!any)
        return TileResult::Empty;
    for (int y = 0; y < n; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < n; ++x) {
            const float v = field[size_t(y) * n + x];
            if (v > 0.05f)
                line[x] = ramp(v / m_fullAt);
        }
    }
    return TileResult::Drawn;
}

} // namespace yw::map
