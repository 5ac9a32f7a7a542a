#pragma once

#include <QPointer>
#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

namespace yw::videowall {

class CameraFeed;

// A camera's latest picture, its crop scaled to fit the item with its proportions kept. Painted
// from the feed's image, so it shows on any scene graph (the offscreen platform's too) and one
// feed serves every view of it.
class VideoFrameView : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(yw::videowall::CameraFeed *feed READ feed WRITE setFeed NOTIFY feedChanged)
public:
    explicit VideoFrameView(QQuickItem *parent = nullptr);

    CameraFeed *feed() const { return m_feed; }
    void setFeed(CameraFeed *feed);
    void paint(QPainter *painter) override;

signals:
    void feedChanged();

private:
    QPointer<CameraFeed> m_feed;
};

} // namespace yw::videowall
