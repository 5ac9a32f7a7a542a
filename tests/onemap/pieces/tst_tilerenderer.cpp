// TileRenderer's workers: threads of Qt's global pool (where the raster engine does not split a
// painter's fills across the pool and wait), no more at once than the cores, threads of its own
// when the pool is busy, and a renderer destroyed with tiles still queued waits for the one being
// drawn and drops the rest.
#include "maplayer.h"
#include "testregistry.h"
#include "tilerenderer.h"

#include <QTest>
#include <QThread>
#include <QSemaphore>
#include <QThreadPool>

#include <atomic>

using yw::map::TileKey;
using yw::map::TileRenderer;
using yw::map::TileResult;

namespace {
// A layer that notes where and how many at once it is drawn.
class RecordingLayer : public yw::map::MapLayer
{
public:
    QString id() const override { return QStringLiteral("recording"); }
    QString title() const override { return id(); }
    TileResult renderTile(QImage &image, const TileKey &) const override
    {
        const int now = ++running;
        int seen = most.load();
        while (now > seen && !most.compare_exchange_weak(seen, now)) {
        }
        onPoolThread = onPoolThread && QThreadPool::globalInstance()->contains(QThread::currentThread());
        QThread::msleep(sleepMs);
        image.fill(Qt::red);
        --running;
        ++drawn;
        return TileResult::Drawn;
    }
    int sleepMs = 2;
    mutable std::atomic<int> running{0}, most{0}, drawn{0};
    mutable std::atomic<bool> onPoolThread{true};
};
} // namespace

class TestTileRenderer : public QObject
{
    Q_OBJECT
private slots:
    void drawsOnThePoolsThreadsOnePerCore()
    {
        auto layer = std::make_shared<RecordingLayer>();
        TileRenderer renderer;
        for (int x = 0; x < 24; ++x)
            QVERIFY(renderer.tile(layer, TileKey{15, x, 0}).isNull());
        renderer.waitForDone();
        QCOMPARE(layer->drawn.load(), 24);
        QVERIFY(layer->onPoolThread.load());
        QVERIFY2(layer->most.load() <= std::max(2, QThread::idealThreadCount()),
                 qPrintable(QString::number(layer->most.load())));
        // Finished tiles enter the cache on the renderer's thread.
        QTRY_VERIFY(!renderer.tile(layer, TileKey{15, 23, 0}).isNull());
        QCOMPARE(renderer.rendered(), 24);
    }

    // A smaller cache (a scenario's map, redrawn at each refresh) keeps no more than it may.
    void theCacheKeepsToItsSize()
    {
        auto layer = std::make_shared<RecordingLayer>();
        TileRenderer renderer;
        renderer.setCacheBytes(2 * 1024 * 1024); // eight 256×256 tiles
        for (int x = 0; x < 24; ++x)
            renderer.tile(layer, TileKey{15, x, 0});
        renderer.waitForDone();
        QTRY_VERIFY(!renderer.tile(layer, TileKey{15, 23, 0}).isNull());
        int kept = 0;
        for (int x = 0; x < 24; ++x)
            kept += !renderer.tile(layer, TileKey{15, x, 0}).isNull();
        QVERIFY2(kept >= 1 && kept <= 8, qPrintable(QString::number(kept)));
        renderer.waitForDone();
    }

    void drawsWhenThePoolIsBusy()
    {
        // Every thread of Qt's pool held (long background reads at start-up): tiles still come.
        QThreadPool *pool = QThreadPool::globalInstance();
        QSemaphore hold, holding;
        const int threads = pool->maxThreadCount();
        for (int i = 0; i < threads; ++i)
            pool->start([&] {
                holding.release();
                hold.acquire();
            });
        QVERIFY(holding.tryAcquire(threads, 5000));
        auto layer = std::make_shared<RecordingLayer>();
        {
            TileRenderer renderer;
            for (int x = 0; x < 6; ++x)
                renderer.tile(layer, TileKey{15, x, 2});
            QTRY_COMPARE_WITH_TIMEOUT(layer->drawn.load(), 6, 3000);
            QVERIFY(!layer->onPoolThread.load()); // drawn on the renderer's own threads
        }
        hold.release(threads);
        pool->waitForDone();
    }

    void destroyedWithTilesQueued()
    {
        auto layer = std::make_shared<RecordingLayer>();
        layer->sleepMs = 20;
        {
            TileRenderer renderer;
            for (int x = 0; x < 50; ++x)
                renderer.tile(layer, TileKey{15, x, 1});
            QThread::msleep(30);
        }
        // What was being drawn finished; the rest was dropped, and nothing runs any more.
        const int drawn = layer->drawn.load();
        QVERIFY2(drawn < 50, qPrintable(QString::number(drawn)));
        QCOMPARE(layer->running.load(), 0);
        QThread::msleep(60);
        QCOMPARE(layer->drawn.load(), drawn);
    }
};

YW_TEST_CLASS(TestTileRenderer)
#include "tst_tilerenderer.moc"
