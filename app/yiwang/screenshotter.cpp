#include "screenshotter.h"

#include <QImage>
#include <QQuickWindow>
#include <QTimer>

namespace yw::app {

Screenshotter::Screenshotter(const QList<QQuickWindow *> &windows, const QString &path, int settleMs,
                             std::function<QImage()> grab, QObject *parent)
    : QObject(parent)
    , m_windows(windows)
    , m_grab(std::move(grab))
    , m_path(path)
    , m_settleMs(settleMs)
{}

void Screenshotter::start()
{
    // Wait for a few rendered frames and then a quiet moment, so that loaders, fonts and
    // asynchronous images have arrived.
    for (QQuickWindow *w : std::as_const(m_windows))
        connect(w, &QQuickWindow::frameSwapped, this, [this] { ++m_frames; });
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
        const bool busy = std::any_of(m_windows.begin(), m_windows.end(),
                                      [](QQuickWindow *w) { return anyBusy(w->contentItem()); });
        if (m_frames == 0 || busy) {
            m_idleFrame = -1;
            QTimer::singleShot(100, this, &Screenshotter::capture);
            return;
        }
        if (m_idleFrame < 0 || m_frames < m_idleFrame + 2) {
            if (m_idleFrame < 0)
                m_idleFrame = m_frames;
            for (QQuickWindow *w : std::as_const(m_windows))
                w->update();
            QTimer::singleShot(300, this, &Screenshotter::capture);
            return;
        }
    }
    m_done = true;
    const QImage image = m_grab ? m_grab() : m_windows.constFirst()->grabWindow();
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
