#include "videoframeview.h"

#include "camerafeed.h"

#include <QPainter>

namespace yw::videowall {

VideoFrameView::VideoFrameView(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    setOpaquePainting(true);
    setFillColor(Qt::black);
}

void VideoFrameView::setFeed(CameraFeed *feed)
{
    if (m_feed == feed)
        return;
    if (m_feed)
        disconnect(m_feed, nullptr, this, nullptr);
    m_feed = feed;
    if (m_feed)
        connect(m_feed, &CameraFeed::frameChanged, this, [this] { update(); });
    emit feedChanged();
    update();
}

void VideoFrameView::paint(QPainter *painter)
{
    if (!m_feed)
        return;
    const QImage frame = m_feed->frame();
    if (frame.isNull())
        return;
    const QRectF c = m_feed->crop();
    const QRectF source(c.x() * frame.width(), c.y() * frame.height(), c.width() * frame.width(),
                        c.height() * frame.height());
    QSizeF fitted = source.size();
    fitted.scale(size(), Qt::KeepAspectRatio);
    const QRectF target(QPointF((width() - fitted.width()) / 2, (height() - fitted.height()) / 2), fitted);
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    painter->drawImage(target, frame, source);
}

} // namespace yw::videowall
