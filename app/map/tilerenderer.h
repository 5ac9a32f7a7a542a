#pragma once

#include "maplayer.h"

#include <QCache>
#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QObject>
#include <QSet>
#include <QThreadPool>
#include <QWaitCondition>

#include <deque>
#include <memory>

namespace yw::map {

// Renders tiles of layers to QImage in worker threads and keeps them in a cache. The view says
// which tiles it wants now (setWanted); a queued tile no longer wanted when its turn comes is
// dropped without rendering, so panning fast past tiles costs nothing.
//
// The workers are threads of Qt's global pool, at most one per core taking tiles from this
// renderer's queue: Qt's raster engine splits every large fill of a painter across that pool and
// waits for the parts, except when it already runs on one of the pool's threads. Drawn from a
// pool of our own, a 256-pixel tile's fills went through thread hand-offs; unit grids at street
// level took eight times as long. When every thread of Qt's pool is busy (background reads at
// start-up), a worker runs on a small pool of the renderer's own instead of waiting.
class TileRenderer : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kCacheBytes = 384ll * 1024 * 1024;

    explicit TileRenderer(QObject *parent = nullptr);
    ~TileRenderer() override;

    // The cache key of a layer's tile at the layer's current revision.
    static QString keyOf(const MapLayer &layer, const TileKey &tile);

    // The tiles the view wants (keys from keyOf); queued ones outside it are dropped.
    void setWanted(const QSet<QString> &keys);
    // The cached image, or a null image (then a render is queued unless one already is).
    QImage tile(const std::shared_ptr<MapLayer> &layer, const TileKey &tile);
    // What a tile with nothing of its layer in it is: one transparent pixel, cached like any
    // tile and skipped when composing.
    static QImage emptyTile();
    static bool isEmptyTile(const QImage &image);
    // Renders synchronously on the calling thread (benchmarks, tests).
    static QImage renderNow(const MapLayer &layer, const TileKey &tile);
    void clear();
    // How many bytes of tiles are kept (default kCacheBytes): a small map on a scenario's screen,
    // redrawn at every refresh, needs only the tiles of its view.
    void setCacheBytes(qint64 bytes);
    // Waits for the queued work (tests, benchmarks).
    void waitForDone();

    int rendered() const;
    int cancelled() const;
    int failed() const;
    static constexpr qint64 kRetryMs = 15000;
    int pending() const;

signals:
    void tileReady(const QString &key);

private:
    struct Job
    {
        std::shared_ptr<MapLayer> layer;
        TileKey tile;
        QString key;
    };
    void drain();
    void finish(const QString &key, const QImage &image);

    const int m_maxWorkers;
    QThreadPool m_fallback;
    mutable QMutex m_mutex;
    QWaitCondition m_idle;
    std::deque<Job> m_jobs;
    int m_workers = 0;
    bool m_stopping = false;
    QCache<QString, QImage> m_cache;
    QSet<QString> m_wanted;
    QSet<QString> m_queued;
    int m_rendered = 0;
    int m_cancelled = 0;
    int m_failed = 0;
    QHash<QString, qint64> m_failedAt; // key → when it failed (m_clock)
    QElapsedTimer m_clock;
};

} // namespace yw::map
