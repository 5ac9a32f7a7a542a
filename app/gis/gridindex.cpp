#include "gridindex.h"

#include <algorithm>
#include <cmath>

namespace yw::gis {

namespace {
bool isAxisAlignedBox(const MultiPolygon &shape, const Box &box)
{
    if (shape.size() != 1 || !shape.front().inners().empty())
        return false;
    const auto &ring = shape.front().outer();
    if (ring.size() != 5)
        return false;
    const double area = std::abs(bg::area(shape));
    const double boxArea = bg::area(box);
    return boxArea > 0 && std::abs(area - boxArea) <= boxArea * 1e-9;
}
} // namespace

void GridIndex::build(std::vector<GridCell> cells)
{
    m_cells = std::move(cells);
    m_boxes.clear();
    m_isBox.clear();
    m_boxes.reserve(m_cells.size());
    bg::assign_inverse(m_extent);
    double sumW = 0, sumH = 0;
    for (const GridCell &c : m_cells) {
        Box b;
        bg::envelope(c.shape, b);
        m_boxes.push_back(b);
        m_isBox.push_back(isAxisAlignedBox(c.shape, b) ? 1 : 0);
        bg::expand(m_extent, b);
        sumW += b.max_corner().x() - b.min_corner().x();
        sumH += b.max_corner().y() - b.min_corner().y();
    }
    m_bucketStart.assign(1, 0);
    m_bucketItems.clear();
    if (m_cells.empty()) {
        m_nx = m_ny = 0;
        return;
    }
    // Buckets the size of an average cell: a point meets one to four candidates.
    const double n = double(m_cells.size());
    m_x0 = m_extent.min_corner().x();
    m_y0 = m_extent.min_corner().y();
    m_dx = std::max(sumW / n, 1e-9);
    m_dy = std::max(sumH / n, 1e-9);
    m_nx = std::max(1, int(std::ceil((m_extent.max_corner().x() - m_x0) / m_dx)));
    m_ny = std::max(1, int(std::ceil((m_extent.max_corner().y() - m_y0) / m_dy)));
    // Keep the table bounded for odd inputs (one huge cell among tiny ones).
    while (double(m_nx) * m_ny > 64.0 * n + 1024) {
        m_dx *= 2;
        m_dy *= 2;
        m_nx = std::max(1, int(std::ceil((m_extent.max_corner().x() - m_x0) / m_dx)));
        m_ny = std::max(1, int(std::ceil((m_extent.max_corner().y() - m_y0) / m_dy)));
    }
    std::vector<uint32_t> counts(size_t(m_nx) * m_ny + 1, 0);
    auto forEachBucket = [&](const Box &b, auto f) {
        const int x1 = bucketX(b.min_corner().x()), x2 = bucketX(b.max_corner().x());
        const int y1 = bucketY(b.min_corner().y()), y2 = bucketY(b.max_corner().y());
        for (int y = y1; y <= y2; ++y)
            for (int x = x1; x <= x2; ++x)
                f(size_t(y) * m_nx + x);
    };
    for (const Box &b : m_boxes)
        forEachBucket(b, [&](size_t k) { ++counts[k + 1]; });
    for (size_t k = 1; k < counts.size(); ++k)
        counts[k] += counts[k - 1];
    m_bucketStart = counts;
    m_bucketItems.assign(counts.back(), 0);
    std::vector<uint32_t> fill(counts.begin(), counts.end() - 1);
    for (uint32_t i = 0; i < m_boxes.size(); ++i)
        forEachBucket(m_boxes[i], [&](size_t k) { m_bucketItems[fill[k]++] = i; });
}

int GridIndex::bucketX(double lon) const
{
    return std::clamp(int((lon - m_x0) / m_dx), 0, m_nx - 1);
}

int GridIndex::bucketY(double lat) const
{
    return std::clamp(int((lat - m_y0) / m_dy), 0, m_ny - 1);
}

int GridIndex::locate(double lon, double lat) const
{
    if (m_nx == 0 || lon < m_extent.min_corner().x() || lon > m_extent.max_corner().x() ||
        lat < m_extent.min_corner().y() || lat > m_extent.max_corner().y())
        return -1;
    const size_t k = size_t(bucketY(lat)) * m_nx + bucketX(lon);
    const Point p(lon, lat);
    for (uint32_t j = m_bucketStart[k]; j < m_bucketStart[k + 1]; ++j) {
        const uint32_t i = m_bucketItems[j];
        const Box &b = m_boxes[i];
        if (lon < b.min_corner().x() || lon > b.max_corner().x() || lat < b.min_corner().y() ||
            lat > b.max_corner().y())
            continue;
        if (m_isBox[i] || bg::covered_by(p, m_cells[i].shape))
            return int(i);
    }
    return -1;
}

std::vector<int> GridIndex::intersecting(const Box &box) const
{
    std::vector<int> out;
    if (m_nx == 0 || !bg::intersects(box, m_extent))
        return out;
    const int x1 = bucketX(box.min_corner().x()), x2 = bucketX(box.max_corner().x());
    const int y1 = bucketY(box.min_corner().y()), y2 = bucketY(box.max_corner().y());
    std::vector<uint8_t> seen(m_cells.size(), 0);
    for (int y = y1; y <= y2; ++y)
        for (int x = x1; x <= x2; ++x) {
            const size_t k = size_t(y) * m_nx + x;
            for (uint32_t j = m_bucketStart[k]; j < m_bucketStart[k + 1]; ++j) {
                const uint32_t i = m_bucketItems[j];
                if (!seen[i] && bg::intersects(box, m_boxes[i])) {
                    seen[i] = 1;
                    out.push_back(int(i));
                }
            }
        }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace yw::gis
