#pragma once

#include "maplayer.h"

#include <QCache>
#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QObject>
#include <QSet>
#include <QThreadPool>

#include <memory>

namespace yw::map {

// Renders tiles of layers to QImage in worker threads and keeps them in a cache. The view says
// which tiles it wants now (setWanted); a queued tile no longer wanted when its turn comes is
// dropped without rendering, so panning fast past tiles costs nothing.
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
    void finish(const QString &key, const QImage &image);

    QThreadPool m_pool;
    mutable QMutex m_mutex;
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
