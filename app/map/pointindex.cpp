#include "pointindex.h"

#include <algorithm>

namespace yw::map {

void PointIndex::build(std::vector<float> xs, std::vector<float> ys, int bucketsPerSide)
{
    m_x = std::move(xs);
    m_y = std::move(ys);
    m_n = std::max(1, bucketsPerSide);
    if (m_x.empty()) {
        m_start.assign(size_t(m_n) * m_n + 1, 0);
        m_items.clear();
        return;
    }
    const auto [minX, maxX] = std::minmax_element(m_x.begin(), m_x.end());
    const auto [minY, maxY] = std::minmax_element(m_y.begin(), m_y.end());
    m_extent = QRectF(QPointF(*minX, *minY), QPointF(*maxX, *maxY));
    m_dx = std::max(1.0, m_extent.width() / m_n);
    m_dy = std::max(1.0, m_extent.height() / m_n);
    const size_t buckets = size_t(m_n) * m_n;
    std::vector<uint32_t> count(buckets + 1, 0);
    std::vector<uint32_t> bucketOf(m_x.size());
    for (size_t i = 0; i < m_x.size(); ++i) {
        bucketOf[i] = uint32_t(bucketY(m_y[i])) * m_n + bucketX(m_x[i]);
        ++count[bucketOf[i] + 1];
    }
    for (size_t b = 0; b < buckets; ++b)
        count[b + 1] += count[b];
    m_start = count;
    m_items.resize(m_x.size());
    std::vector<float> sx(m_x.size()), sy(m_y.size());
    for (size_t i = 0; i < m_x.size(); ++i) {
        const uint32_t k = count[bucketOf[i]]++;
        m_items[k] = uint32_t(i);
        sx[k] = m_x[i];
        sy[k] = m_y[i];
    }
    m_x = std::move(sx);
    m_y = std::move(sy);
}

int PointIndex::bucketX(double x) const
{
    return std::clamp(int((x - m_extent.left()) / m_dx), 0, m_n - 1);
}

int PointIndex::bucketY(double y) const
{
    return std::clamp(int((y - m_extent.top()) / m_dy), 0, m_n - 1);
}

} // namespace yw::map
