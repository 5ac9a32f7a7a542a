#pragma once

#include <QRectF>

#include <cstdint>
#include <vector>

namespace yw::map {

// Millions of points (metres, EPSG:3857) in a uniform bucket grid, kept as float: a metre of
// precision at the city's coordinates, half the memory of double. The coordinates are stored in
// bucket order, so that a rectangle query reads memory in sequence (a random walk through
// millions of points is what made density tiles slow), with each point's original index.
class PointIndex
{
public:
    void build(std::vector<float> xs, std::vector<float> ys, int bucketsPerSide = 512);

    size_t size() const { return m_x.size(); }
    QRectF extent() const { return m_extent; }

    // Calls f(i, x, y) for every point inside r (i: the point's index as given to build()).
    template<typename F>
    void forEachIn(const QRectF &r, F &&f) const
    {
        if (m_x.empty() || !r.intersects(m_extent.adjusted(-1, -1, 1, 1)))
            return;
        const int bx0 = bucketX(r.left()), bx1 = bucketX(r.right());
        const int by0 = bucketY(r.top()), by1 = bucketY(r.bottom());
        const float l = float(r.left()), rr = float(r.right()), t = float(r.top()),
                    b = float(r.bottom());
        for (int by = by0; by <= by1; ++by)
            for (int bx = bx0; bx <= bx1; ++bx) {
                const size_t bucket = size_t(by) * m_n + bx;
                for (uint32_t k = m_start[bucket]; k < m_start[bucket + 1]; ++k) {
                    const float px = m_x[k], py = m_y[k];
                    if (px >= l && px <= rr && py >= t && py <= b)
                        f(m_items[k], px, py);
                }
            }
    }

private:
    int bucketX(double x) const;
    int bucketY(double y) const;

    std::vector<float> m_x, m_y;       // in bucket order
    // m_items[k]: the original index of the k-th stored point
    std::vector<uint32_t> m_start, m_items;
    QRectF m_extent;
    int m_n = 1;
    double m_dx = 1, m_dy = 1;
};

} // namespace yw::map
