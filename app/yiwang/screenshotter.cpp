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

void Screenshotter::capture()
{
    if (m_done)
        return;
    if (m_frames == 0 && ++m_waits < 50) {
        QTimer::singleShot(100, this, &Screenshotter::capture);
        return;
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
