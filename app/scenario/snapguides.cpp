#include "snapguides.h"

#include <cmath>
#include <limits>

namespace yw::scenario {

namespace {
// The smallest shift that puts one of `points` on one of `lines` within the threshold, and
// every line it then meets.
struct Pull
{
    double shift = 0;
    bool found = false;
};

Pull nearest(const QList<double> &points, const QList<double> &lines, double threshold)
{
    Pull best;
    double bestDistance = std::numeric_limits<double>::max();
    for (double p : points)
        for (double l : lines) {
            const double d = std::abs(l - p);
            if (d <= threshold && d < bestDistance) {
                bestDistance = d;
                best = {l - p, true};
            }
        }
    return best;
}

QList<double> met(const QList<double> &points, const QList<double> &lines)
{
    QList<double> out;
    for (double l : lines)
        for (double p : points)
            if (std::abs(l - p) < 0.01 && !out.contains(l))
                out << l;
    return out;
}
} // namespace

SnapGuides::SnapGuides(QSizeF canvas, QList<QRectF> others, double threshold)
    : m_threshold(threshold)
{
    m_xs = {0, canvas.width() / 2, canvas.width()};
    m_ys = {0, canvas.height() / 2, canvas.height()};
    for (const QRectF &r : others) {
        m_xs << r.left() << r.center().x() << r.right();
        m_ys << r.top() << r.center().y() << r.bottom();
    }
}

SnapGuides::Result SnapGuides::snap(const QRectF &moving, Mode mode) const
{
    Result out{moving, {}, {}};
    if (mode == Mode::Move) {
        const Pull px = nearest({moving.left(), moving.center().x(), moving.right()}, m_xs, m_threshold);
        const Pull py = nearest({moving.top(), moving.center().y(), moving.bottom()}, m_ys, m_threshold);
        out.rect.translate(px.found ? px.shift : 0, py.found ? py.shift : 0);
        out.xs = met({out.rect.left(), out.rect.center().x(), out.rect.right()}, m_xs);
        out.ys = met({out.rect.top(), out.rect.center().y(), out.rect.bottom()}, m_ys);
        return out;
    }
    const Pull px = nearest({moving.right()}, m_xs, m_threshold);
    const Pull py = nearest({moving.bottom()}, m_ys, m_threshold);
    if (px.found && moving.width() + px.shift > 1)
        out.rect.setRight(moving.right() + px.shift);
    if (py.found && moving.height() + py.shift > 1)
        out.rect.setBottom(moving.bottom() + py.shift);
    out.xs = met({out.rect.right()}, m_xs);
    out.ys = met({out.rect.bottom()}, m_ys);
    return out;
}

} // namespace yw::scenario
