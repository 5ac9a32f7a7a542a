#pragma once

#include <QObject>
#include <QQuickItem>
#include <QString>

class QQuickWindow;

namespace yw::app {

// Writes a window to a PNG once it has rendered and settled (used by tests and the docs).
class Screenshotter : public QObject
{
    Q_OBJECT
public:
    Screenshotter(QQuickWindow *window, const QString &path, int settleMs,
                  QObject *parent = nullptr);
    void start();

signals:
    // ok: the file was written.
    void finished(bool ok, const QString &message);

private:
    static bool anyBusy(QQuickItem *item);
    void capture();

    QQuickWindow *m_window;
    QString m_path;
    int m_settleMs;
    int m_frames = 0;
    int m_waits = 0;
    int m_idleFrame = -1; // the frame count when nothing was busy any more
    bool m_done = false;
};

} // namespace yw::app
