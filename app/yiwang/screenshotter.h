#pragma once

#include <QObject>
#include <QQuickItem>
#include <QString>

#include <functional>

class QQuickWindow;

namespace yw::app {

// Writes a window to a PNG once it has rendered and settled (used by tests and the docs). The
// wall's picture is several windows composed: it gives them all and how to grab the picture.
class Screenshotter : public QObject
{
    Q_OBJECT
public:
    Screenshotter(const QList<QQuickWindow *> &windows, const QString &path, int settleMs,
                  std::function<QImage()> grab = {}, QObject *parent = nullptr);
    void start();

signals:
    // ok: the file was written.
    void finished(bool ok, const QString &message);

private:
    static bool anyBusy(QQuickItem *item);
    void capture();

    QList<QQuickWindow *> m_windows;
    std::function<QImage()> m_grab;
    QString m_path;
    int m_settleMs;
    int m_frames = 0;
    int m_waits = 0;
    int m_idleFrame = -1; // the frame count when nothing was busy any more
    bool m_done = false;
};

} // namespace yw::app
