// Benchmarks of the one map (tests/bench/run map), on the full demo city (built once into
// $YW_BENCH_DIR, default /tmp/yw-bench, about 70 s; reused while its schema is current):
//   map_load_components_s  the 2.9 M components read into the map's point index
//   map_full_frame_ms      the whole city at 1920×1080, cold cache: every tile of districts,
//                          streets, communities, unit grids, components and open cases rendered
//                          (in the worker pool, as the canvas does) and composed into one frame
//   map_pan_frame_ms       street level (zoom 17), warm: a frame while panning 24 px at a time,
//                          the tiles coming into view rendered, the rest from the cache
//   map_identify_us        what is under a click, all layers, zoom 18, 2,000 random places
//   map_vs_qgis            QGIS Server's GetMap for the same view divided by ours, when
//                          qgis_mapserver is installed (it is not part of the default set-up)
#include "modulehost.h"
#include "onemapbackend.h"
#include "platform.h"
#include "registeredmodules.h"
#include "tilerenderer.h"
#include "webmercator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QTextStream>

#include <random>

using yw::map::TileKey;
using yw::map::WebMercator;

namespace {
QTextStream out(stdout);
QTextStream err(stderr);

void figure(const char *name, double value, int decimals = 1)
{
    out << name << ": " << QString::number(value, 'f', decimals) << Qt::endl;
}

// The tiles of a 1920×1080 view centred on (lon, lat) at zoom z, with where each goes.
QList<std::pair<TileKey, QRect>> viewTiles(double lon, double lat, int z, int w = 1920, int h = 1080)
{
    QList<std::pair<TileKey, QRect>> out;
    const QPointF m = WebMercator::toMetres(lon, lat);
    const double worldPx = WebMercator::kTileSize * std::pow(2.0, z);
    const double cx = (m.x() + WebMercator::kHalfWorld) / (2 * WebMercator::kHalfWorld) * worldPx;
    const double cy = (WebMercator::kHalfWorld - m.y()) / (2 * WebMercator::kHalfWorld) * worldPx;
    const double left = cx - w / 2.0, top = cy - h / 2.0;
    for (int ty = int(top / 256); ty <= int((top + h) / 256); ++ty)
        for (int tx = int(left / 256); tx <= int((left + w) / 256); ++tx)
            out.append({TileKey{z, tx, ty}, QRect(int(tx * 256 - left), int(ty * 256 - top), 256, 256)});
    return out;
}

// Renders (pool) what is missing, waits, composes one frame; returns milliseconds.
double frame(yw::map::TileRenderer &renderer, const QList<std::shared_ptr<yw::map::MapLayer>> &layers,
             const QList<std::pair<TileKey, QRect>> &tiles)
{
    QElapsedTimer t;
    t.start();
    QSet<QString> wanted;
    for (const auto &l : layers)
        for (const auto &[k, r] : tiles)
            wanted.insert(yw::map::TileRenderer::keyOf(*l, k));
    renderer.setWanted(wanted);
    for (const auto &l : layers)
        for (const auto &[k, r] : tiles)
            renderer.tile(l, k);
    renderer.waitForDone();
    QCoreApplication::processEvents(); // the finished tiles enter the cache
    QImage frame(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    frame.fill(QColor(11, 22, 34));
    QPainter p(&frame);
    for (const auto &l : layers)
        for (const auto &[k, r] : tiles) {
            const QImage img = renderer.tile(l, k);
            if (!img.isNull() && !yw::map::TileRenderer::isEmptyTile(img))
                p.drawImage(r, img);
        }
    p.end();
    return t.nsecsElapsed() / 1e6;
}
} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QString dir = qEnvironmentVariable("YW_BENCH_DIR", QStringLiteral("/tmp/yw-bench"));
    QDir().mkpath(dir);
    const QString dbPath = dir + QStringLiteral("/map-full.sqlite");
    if (!QFile::exists(dbPath)) {
        err << "building the full demo city into " << dbPath << " (about 70 s)…" << Qt::endl;
        const int rc = QProcess::execute(QStringLiteral(YIWANG_ADMIN_BIN),
                                         {QStringLiteral("demo"), QStringLiteral("--out"), dbPath,
                                          QStringLiteral("--scale"), QStringLiteral("full")});
        if (rc != 0) {
            err << "yiwang-admin demo failed" << Qt::endl;
            return 1;
        }
    }
    yw::core::SystemClock clock;
    auto platform = yw::shell::Platform::create(yw::store::DatabaseLocation::sqliteFile(dbPath), clock);
    if (!platform) {
        err << platform.error().message << Qt::endl;
        return 1;
    }
    yw::shell::ModuleHost host;
    for (auto &m : yw::shell::createRegisteredModules())
        host.add(std::move(m));
    QElapsedTimer load;
    load.start();
    host.initialize(platform.value()->context());
    auto *map = qobject_cast<yw::onemap::OneMapBackend *>(host.find("onemap")->workspaceBackend());
    if (!map) {
        err << "no onemap module" << Qt::endl;
        return 1;
    }
    map->waitForComponents();
    figure("map_load_components_s", load.nsecsElapsed() / 1e9, 2);
    auto &model = map->layerModel();
    QList<std::shared_ptr<yw::map::MapLayer>> cityLayers;
    for (const char *id : {"districts", "streets", "communities", "grids", "components", "cases"})
        cityLayers << model.layer(QString::fromLatin1(id));
    out << "components: " << std::dynamic_pointer_cast<yw::map::PointLayer>(model.layer("components"))->pointCount() << Qt::endl;

    // The whole city: centre and the zoom that fits it at 1920×1080 (zoom 11 here).
    const double lon = 112.95, lat = 28.22;
    {
        // The median of five frames, each with an empty tile cache (a fresh renderer).
        const auto tiles = viewTiles(lon, lat, 11);
        QList<double> runs;
        for (int i = 0; i < 5; ++i) {
            yw::map::TileRenderer cold;
            runs << frame(cold, cityLayers, tiles);
        }
        std::sort(runs.begin(), runs.end());
        figure("map_full_frame_ms", runs[2]);
        out << "map_full_frame_first_ms: " << QString::number(runs.first(), 'f', 1) << " .. "
            << QString::number(runs.last(), 'f', 1) << Qt::endl;
        out << "map_full_frame_tiles: " << tiles.size() * cityLayers.size() << Qt::endl;
        // Where the time goes: each layer's tiles on one thread.
        for (const auto &l : cityLayers) {
            QElapsedTimer t;
            t.start();
            int drawn = 0;
            for (const auto &[k, r] : tiles)
                drawn += !yw::map::TileRenderer::isEmptyTile(yw::map::TileRenderer::renderNow(*l, k));
            out << "  " << l->id() << "_one_thread_ms: " << QString::number(t.nsecsElapsed() / 1e6, 'f', 1)
                << " (" << drawn << " tiles with something)" << Qt::endl;
        }
    }
    // Street level, warm: pan 24 px a frame, 60 frames.
    {
        yw::map::TileRenderer warm;
        double clon = 112.9823, clat = 28.1963;
        frame(warm, cityLayers, viewTiles(clon, clat, 17));
        const double mpp = WebMercator::metresPerPixel(17);
        double total = 0;
        for (int i = 0; i < 60; ++i) {
            const QPointF m = WebMercator::toMetres(clon, clat) + QPointF(24 * mpp, 0);
            const QPointF ll = WebMercator::toLonLat(m);
            clon = ll.x();
            clat = ll.y();
            total += frame(warm, cityLayers, viewTiles(clon, clat, 17));
        }
        figure("map_pan_frame_ms", total / 60, 2);
    }
    // Identify.
    {
        std::mt19937_64 rng(3);
        std::uniform_real_distribution<double> ux(112.90, 113.05), uy(28.12, 28.28);
        QElapsedTimer t;
        t.start();
        int found = 0;
        for (int i = 0; i < 2000; ++i) {
            const QPointF m = WebMercator::toMetres(ux(rng), uy(rng));
            for (const auto &l : cityLayers)
                found += l->identify(m, 18, 8).size();
        }
        figure("map_identify_us", t.nsecsElapsed() / 1e3 / 2000, 1);
        out << "map_identify_hits: " << found << Qt::endl;
    }
    if (QStandardPaths::findExecutable(QStringLiteral("qgis_mapserver")).isEmpty())
        out << "map_vs_qgis: n/a (qgis_mapserver is not installed; apt install qgis-server)" << Qt::endl;
    host.shutdown();
    return 0;
}
