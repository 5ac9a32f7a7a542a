#include "screenshotter.h"

#include <QImage>
#include <QQuickWindow>
#include <QTimer>

namespace yw::app {

Screenshotter::Screenshotter(QQuickWindow *window, const QString &path, int settleMs,
                             QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_path(path)
    , m_settleMs(settleMs)
{}

void Screenshotter::start()
{
    // Wait for a few rendered frames and then a quiet moment, so that loaders, fonts and
    // asynchronous images have arrived.
    connect(m_window, &QQuickWindow::frameSwapped, this, [this] { ++m_frames; });
    QTimer::singleShot(m_settleMs, this, &Screenshotter::capture);
}

bool Screenshotter::anyBusy(QQuickItem *item)
{
    if (!item || !item->isVisible())
        return false;
    if (item->property("busy").toBool())
        return true;
    const auto children = item->childItems();
    return std::any_of(children.begin(), children.end(), [](QQuickItem *c) { return anyBusy(c); });
}

void Screenshotter::capture()
{
    if (m_done)
        return;
    // Items that are still drawing say so with a `busy` property (the map's tiles, figures being
    // read): wait for them, a minute at most; then two more frames and a moment, for what they
    // set off (a chart draws its series a frame later).
    if (++m_waits < 600) {
        if (m_frames == 0 || anyBusy(m_window->contentItem())) {
            m_idleFrame = -1;
            QTimer::singleShot(100, this, &Screenshotter::capture);
            return;
        }
        if (m_idleFrame < 0 || m_frames < m_idleFrame + 2) {
            if (m_idleFrame < 0)
                m_idleFrame = m_frames;
            m_window->update();
            QTimer::singleShot(300, this, &Screenshotter::capture);
            return;
        }
    }
    m_done = true;
    const QImage image = m_window->grabWindow();
    if (image.isNull()) {
        emit finished(false, QStringLiteral("the window could not be grabbed"));
        return;
    }
    if (!image.save(m_path, "PNG")) {
        emit finished(false, QStringLiteral("cannot write %1").arg(m_path));
        return;
    }
    emit finished(
        true,
        QStringLiteral("wrote %1 (%2×%3)").arg(m_path).arg(image.width()).arg(image.height()));
}

} // namespace yw::app
