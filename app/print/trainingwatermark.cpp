#include "trainingwatermark.h"

#include <QPainter>

#include <cmath>

namespace yw::print {

void TrainingWatermark::paint(QPainter &p, const QRectF &area, double unit)
{
    p.save();
    p.setClipRect(area);
    QFont f(QStringLiteral("WenQuanYi Micro Hei"));
    f.setPixelSize(std::max(8, int(std::lround(34 * unit))));
    f.setBold(true);
    p.setFont(f);
    p.setPen(QColor(245, 158, 11, 48));
    const double dx = 360 * unit, dy = 200 * unit;
    for (double y = area.top() + 60 * unit; y < area.bottom() + dy; y += dy) {
        const bool odd = int(std::lround((y - area.top()) / dy)) % 2 == 1;
        for (double x = area.left() - (odd ? dx / 2 : 0); x < area.right() + dx; x += dx) {
            p.save();
            p.translate(x, y);
            p.rotate(-24);
            p.drawText(QPointF(0, 0), text());
            p.restore();
        }
    }
    p.restore();
}

} // namespace yw::print
