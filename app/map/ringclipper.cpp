#include "ringclipper.h"

namespace yw::map {

namespace {
// One pass against one edge of the rectangle; inside(p) says which side is kept and cut(a, b)
// where the segment a→b crosses the edge.
template<typename Inside, typename Cut>
void clipAgainst(const QPolygonF &in, QPolygonF &out, Inside inside, Cut cut)
{
    out.clear();
    const qsizetype n = in.size();
    if (n == 0)
        return;
    QPointF prev = in[n - 1];
    bool prevIn = inside(prev);
    for (qsizetype i = 0; i < n; ++i) {
        const QPointF cur = in[i];
        const bool curIn = inside(cur);
        if (curIn != prevIn)
            out.append(cut(prev, cur));
        if (curIn)
            out.append(cur);
        prev = cur;
        prevIn = curIn;
    }
}
} // namespace

QPolygonF RingClipper::clip(const QPolygonF &ring, const QRectF &rect)
{
    QPolygonF a = ring;
    if (a.size() > 1 && a.first() == a.last())
        a.removeLast();
    const QRectF bounds = a.boundingRect();
    if (rect.contains(bounds))
        return a; // wholly inside: most rings of a street-level tile, nothing to do
    if (!rect.intersects(bounds) && !bounds.isEmpty())
        return {};
    const double left = rect.left(), right = rect.right(), top = rect.top(), bottom = rect.bottom();
    QPolygonF b;
    b.reserve(a.size() + 4);
    clipAgainst(a, b, [&](const QPointF &p) { return p.x() >= left; },
                [&](const QPointF &p, const QPointF &q) {
                    return QPointF(left, p.y() + (q.y() - p.y()) * (left - p.x()) / (q.x() - p.x()));
                });
    clipAgainst(b, a, [&](const QPointF &p) { return p.x() <= right; },
                [&](const QPointF &p, const QPointF &q) {
                    return QPointF(right, p.y() + (q.y() - p.y()) * (right - p.x()) / (q.x() - p.x()));
                });
    clipAgainst(a, b, [&](const QPointF &p) { return p.y() >= top; },
                [&](const QPointF &p, const QPointF &q) {
                    return QPointF(p.x() + (q.x() - p.x()) * (top - p.y()) / (q.y() - p.y()), top);
                });
    clipAgainst(b, a, [&](const QPointF &p) { return p.y() <= bottom; },
                [&](const QPointF &p, const QPointF &q) {
                    return QPointF(p.x() + (q.x() - p.x()) * (bottom - p.y()) / (q.y() - p.y()), bottom);
                });
    return a;
}

} // namespace yw::map
