#pragma once

#include "camerasource.h"
#include "clock.h"
#include "wallsourcestate.h"

#include <QElapsedTimer>
#include <QImage>
#include <QMediaPlayer>
#include <QTimeZone>
#include <QTimer>
#include <QVideoSink>
#include <QtQml/qqmlregistration.h>

namespace yw::videowall {

// A camera on the wall: its stream played through Qt Multimedia (GStreamer or FFmpeg), each
// picture kept as an image for every view showing it (a window across two monitors is two views),
// and watched: no picture for a few seconds is "stalled" (never a frozen picture nobody notices),
// a failure is "error", and either is retried, ever less often (2 s up to 30 s), until it plays.
class CameraFeed : public yw::shell::WallSourceState
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by the video wall module")
    Q_PROPERTY(QRectF crop READ crop CONSTANT)
    Q_PROPERTY(QString lastFrameText READ lastFrameText NOTIFY lastFrameChanged)
public:
    struct Timing
    {
        int stallMs = 3000;            // no new picture this long: stalled
        int reopenAfterStallMs = 8000; // stalled this long: opened again
        int connectMs = 15000;         // no first picture this long: an error
        int firstRetryMs = 2000;
        int maxRetryMs = 30000;
    };

    // `zone`: the city's, for the time of the last picture.
    CameraFeed(const CameraSource &source, const yw::core::Clock &clock, const QTimeZone &zone, const Timing &timing,
               QObject *parent = nullptr);
    ~CameraFeed() override;

    void start();
    QImage frame() const { return m_frame; }
    QRectF crop() const { return m_source.crop; }
    // The time of the last picture, HH:mm:ss (empty before the first).
    QString lastFrameText() const;
    int framesSeen() const { return m_frames; }

signals:
    void frameChanged();

private:
    void onFrame(const QVideoFrame &frame);
    void watch();
    void open();
    void retryLater(const QString &problem);

    CameraSource m_source;
    const yw::core::Clock &m_clock;
    QTimeZone m_zone;
    Timing m_timing;
    QMediaPlayer m_player;
    QVideoSink m_sink;
    QImage m_frame;
    int m_frames = 0;
    QElapsedTimer m_sinceFrame;   // since the last picture (or the open)
    QElapsedTimer m_sinceConvert; // pictures converted at most 30 times a second
    QTimer m_watchdog;
    QTimer m_retry;
    int m_retryMs;
};

} // namespace yw::videowall
