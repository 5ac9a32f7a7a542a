#include "tilerenderer.h"

#include "webmercator.h"

#include <QThread>

namespace yw::map {

TileRenderer::TileRenderer(QObject *parent)
    : QObject(parent)
    , m_cache(int(kCacheBytes / 1024))
{
    // Every core: the interface thread only composes finished tiles.
    m_pool.setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
    // The workers stay for the renderer's life: a new thread starts with cold font caches, and
    // the first frame after a pause would pay for them again.
    m_pool.setExpiryTimeout(-1);
    m_clock.start();
}

TileRenderer::~TileRenderer()
{
    {
        QMutexLocker lock(&m_mutex);
        m_wanted.clear();
    }
    m_pool.clear();
    m_pool.waitForDone();
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
    lock.unlock();
    m_pool.start([this, layer, t, key] {
        {
            QMutexLocker guard(&m_mutex);
            if (!m_wanted.isEmpty() && !m_wanted.contains(key)) {
                ++m_cancelled;
                m_queued.remove(key);
                return;
            }
        }
        const QImage image = renderNow(*layer, t);
        QMetaObject::invokeMethod(this, [this, key, image] { finish(key, image); },
                                  Qt::QueuedConnection);
    });
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

void TileRenderer::clear()
{
    QMutexLocker lock(&m_mutex);
    m_cache.clear();
}

void TileRenderer::waitForDone()
{
    m_pool.waitForDone();
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
