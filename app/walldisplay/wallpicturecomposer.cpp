#include "wallpicturecomposer.h"

#include <QPainter>
#include <QTransform>

namespace yw::walldisplay {

QImage WallPictureComposer::compose(const yw::wall::WallConfig &wall, const QList<QImage> &outputs, double k)
{
    const QRectF extent = wall.extentMm();
    QImage image(qMax(1, qRound(extent.width() * k)), qMax(1, qRound(extent.height() * k)), QImage::Format_RGB32);
    image.fill(QColor(0x2b, 0x2f, 0x36)); // the wall's structure between panels
    QPainter p(&image);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    auto px = [k](const QRectF &mm) { return QRectF(mm.x() * k, mm.y() * k, mm.width() * k, mm.height() * k); };
    for (int i = 0; i < wall.monitors().size(); ++i) {
        const yw::wall::WallMonitor &m = wall.monitors().at(i);
        p.fillRect(px(m.outerMm()), QColor(0x0d, 0x0d, 0x0f)); // the bezel
        const QRectF picture = px(m.activeMm);
        const QImage output = outputs.value(i);
        if (output.isNull()) {
            p.fillRect(picture, Qt::black);
            p.setPen(QColor(0x9a, 0xa4, 0xb2));
            QFont f = p.font();
            f.setPixelSize(qMax(8, int(picture.height() / 12)));
            p.setFont(f);
            p.drawText(picture, Qt::AlignCenter, QStringLiteral("%1\nNO SIGNAL").arg(m.id));
            continue;
        }
        // The output's picture as the viewer sees it: turned by the panel's mounting.
        const QImage upright = m.rotation ? output.transformed(QTransform().rotate(m.rotation)) : output;
        p.drawImage(picture, upright);
    }
    return image;
}

} // namespace yw::walldisplay
