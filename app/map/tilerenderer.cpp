#include "tilerenderer.h"

#include "webmercator.h"

#include <QThread>
#include <QThreadPool>

namespace yw::map {

TileRenderer::TileRenderer(QObject *parent)
    : QObject(parent)
    // Every core: the interface thread only composes finished tiles.
    , m_maxWorkers(std::max(2, QThread::idealThreadCount()))
    , m_cache(int(kCacheBytes / 1024))
{
    m_fallback.setMaxThreadCount(m_maxWorkers);
    m_clock.start();
}

TileRenderer::~TileRenderer()
{
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_jobs.clear();
        while (m_workers > 0)
            m_idle.wait(&m_mutex);
    }
    m_fallback.waitForDone();
}

void TileRenderer::drain()
{
    for (;;) {
        Job job;
        {
            QMutexLocker lock(&m_mutex);
            if (m_stopping || m_jobs.empty()) {
                if (--m_workers == 0)
                    m_idle.wakeAll();
                return;
            }
            job = std::move(m_jobs.front());
            m_jobs.pop_front();
            if (!m_wanted.isEmpty() && !m_wanted.contains(job.key)) {
                ++m_cancelled;
                m_queued.remove(job.key);
                continue;
            }
        }
        const QImage image = renderNow(*job.layer, job.tile);
        QMetaObject::invokeMethod(this, [this, key = job.key, image] { finish(key, image); },
                                  Qt::QueuedConnection);
    }
}

QImage TileRenderer::emptyTile()
{
    static const QImage empty = [] {
        QImage i(1, 1, QImage::Format_ARGB32_Premultiplied);
        i.fill(Qt::transparent);
        return i;
    }();
    return empty;
}

bool TileRenderer::isEmptyTile(const QImage &image)
{
    return image.width() == 1;
}

QString TileRenderer::keyOf(const MapLayer &layer, const TileKey &t)
{
    return QStringLiteral("%1@%2/%3/%4/%5")
        .arg(layer.id())
        .arg(layer.revision())
        .arg(t.z)
        .arg(t.x)
        .arg(t.y);
}

void TileRenderer::setWanted(const QSet<QString> &keys)
{
    QMutexLocker lock(&m_mutex);
    m_wanted = keys;
}

QImage TileRenderer::renderNow(const MapLayer &layer, const TileKey &tile)
{
    QImage image(WebMercator::kTileSize, WebMercator::kTileSize, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    switch (layer.renderTile(image, tile)) {
    case TileResult::Drawn: return image;
    case TileResult::Empty: return emptyTile();
    case TileResult::Failed: break;
    }
    return {};
}

QImage TileRenderer::tile(const std::shared_ptr<MapLayer> &layer, const TileKey &t)
{
    const QString key = keyOf(*layer, t);
    QMutexLocker lock(&m_mutex);
    if (QImage *hit = m_cache.object(key))
        return *hit;
    if (m_queued.contains(key))
        return {};
    // A tile that failed (server down or slow) is tried again after a pause, not in a loop.
    if (const auto failed = m_failedAt.constFind(key);
        failed != m_failedAt.constEnd() && m_clock.elapsed() - *failed < kRetryMs)
        return emptyTile();
    m_queued.insert(key);
    m_jobs.push_back({layer, t, key});
    if (m_workers < m_maxWorkers && !m_stopping) {
        ++m_workers;
        // On a free thread of Qt's pool; when background reads hold them all (at start-up),
        // on a thread of our own rather than after the reads: slower fills, but no waiting.
        if (!QThreadPool::globalInstance()->tryStart([this] { drain(); }))
            m_fallback.start([this] { drain(); });
    }
    return {};
}

void TileRenderer::finish(const QString &key, const QImage &image)
{
    {
        QMutexLocker lock(&m_mutex);
        m_queued.remove(key);
        if (image.isNull()) {
            ++m_failed;
            m_failedAt.insert(key, m_clock.elapsed());
        } else {
            ++m_rendered;
            m_failedAt.remove(key);
            m_cache.insert(key, new QImage(image), int(image.sizeInBytes() / 1024));
        }
    }
    emit tileReady(key);
}

int TileRenderer::failed() const
{
    QMutexLocker lock(&m_mutex);
    return m_failed;
}

void TileRenderer::setCacheBytes(qint64 bytes)
{
    QMutexLocker lock(&m_mutex);
    m_cache.setMaxCost(int(std::max<qint64>(bytes, 1024 * 1024) / 1024));
}

void TileRenderer::clear()
{
    QMutexLocker lock(&m_mutex);
    m_cache.clear();
}

void TileRenderer::waitForDone()
{
    QMutexLocker lock(&m_mutex);
    while (m_workers > 0)
        m_idle.wait(&m_mutex);
}

int TileRenderer::rendered() const
{
    QMutexLocker lock(&m_mutex);
    return m_rendered;
}

int TileRenderer::cancelled() const
{
    QMutexLocker lock(&m_mutex);
    return m_cancelled;
}

int TileRenderer::pending() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_queued.size());
}

} // namespace yw::map
