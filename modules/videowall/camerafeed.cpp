#include "camerafeed.h"

#include <QLoggingCategory>
#include <QVideoFrame>

Q_LOGGING_CATEGORY(lcCamera, "yw.wall.camera")

namespace yw::videowall {

using State = yw::shell::WallSourceState::State;

CameraFeed::CameraFeed(const CameraSource &source, const yw::core::Clock &clock, const QTimeZone &zone,
                       const Timing &timing, QObject *parent)
    : WallSourceState(source.id, source.name, parent)
    , m_source(source)
    , m_clock(clock)
    , m_zone(zone)
    , m_timing(timing)
    , m_retryMs(timing.firstRetryMs)
{
    m_player.setVideoSink(&m_sink);
    // Files (a recorded clip) loop; streams never end unless they fail.
    m_player.setLoops(QMediaPlayer::Infinite);
    connect(&m_sink, &QVideoSink::videoFrameChanged, this, &CameraFeed::onFrame);
    connect(&m_player, &QMediaPlayer::errorOccurred, this, [this](QMediaPlayer::Error, const QString &message) {
        retryLater(message.isEmpty() ? QStringLiteral("the stream failed") : message);
    });
    connect(&m_player, &QMediaPlayer::mediaStatusChanged, this, [this](QMediaPlayer::MediaStatus s) {
        if (s == QMediaPlayer::InvalidMedia)
            retryLater(QStringLiteral("the stream cannot be played"));
        else if (s == QMediaPlayer::EndOfMedia && m_source.url.scheme() != QLatin1String("file"))
            retryLater(QStringLiteral("the stream ended"));
    });
    m_watchdog.setInterval(500);
    connect(&m_watchdog, &QTimer::timeout, this, &CameraFeed::watch);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, [this] {
        setState(State::Reconnecting, problem());
        open();
    });
}

CameraFeed::~CameraFeed()
{
    // Nothing of the player reaches this object while its members go.
    m_player.disconnect(this);
    m_sink.disconnect(this);
    m_player.stop();
    m_player.setVideoSink(nullptr);
}

void CameraFeed::start()
{
    setState(State::Connecting);
    open();
    m_watchdog.start();
}

void CameraFeed::open()
{
    m_player.stop();
    m_player.setSource(QUrl());
    m_player.setSource(m_source.url);
    m_sinceFrame.start();
    m_player.play();
}

void CameraFeed::retryLater(const QString &message)
{
    if (m_retry.isActive())
        return;
    qCInfo(lcCamera) << sourceId() << message << "; opened again in" << m_retryMs << "ms";
    m_player.stop();
    setState(State::Error, message);
    m_retry.start(m_retryMs);
    m_retryMs = std::min(m_retryMs * 2, m_timing.maxRetryMs);
}

void CameraFeed::onFrame(const QVideoFrame &frame)
{
    if (!frame.isValid())
        return;
    ++m_frames;
    m_sinceFrame.start();
    if (state() != State::Playing) {
        setState(State::Playing);
        m_retryMs = m_timing.firstRetryMs;
    }
    setLastFrameAt(m_clock.now());
    if (m_sinceConvert.isValid() && m_sinceConvert.elapsed() < 33)
        return;
    m_sinceConvert.start();
    m_frame = frame.toImage();
    emit frameChanged();
}

void CameraFeed::watch()
{
    if (m_retry.isActive())
        return;
    const qint64 quiet = m_sinceFrame.elapsed();
    switch (state()) {
    case State::Playing:
        if (quiet > m_timing.stallMs)
            setState(State::Stalled, QStringLiteral("no picture for %1 s").arg(quiet / 1000));
        break;
    case State::Stalled:
        if (quiet > m_timing.reopenAfterStallMs)
            retryLater(QStringLiteral("no picture for %1 s").arg(quiet / 1000));
        break;
    case State::Connecting:
    case State::Reconnecting:
        if (quiet > m_timing.connectMs)
            retryLater(QStringLiteral("no picture within %1 s").arg(m_timing.connectMs / 1000));
        break;
    case State::Error:
        break;
    }
}

QString CameraFeed::lastFrameText() const
{
    return lastFrameAt().isValid() ? lastFrameAt().toTimeZone(m_zone).toString(QStringLiteral("HH:mm:ss")) : QString();
}

} // namespace yw::videowall
