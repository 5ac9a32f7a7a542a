// Benchmarks of the one map (tests/bench/run map), on the full demo city (built once into
// $YW_BENCH_DIR by benchcity.h, about three minutes; shared with the other benchmarks):
//   map_load_components_s  the 2.9 M components read into the map's point index
//   map_load_all_layers_s  every layer in (areas, components, cases, devices, heat)
//   map_full_frame_ms      the whole city at 1920×1080, cold cache: every tile of the layers the
//                          canvas shows at that zoom (districts, streets, components and open
//                          cases; communities from zoom 13 and unit grids from 15, as on screen
//                          and in the QGIS project) rendered in the worker pool, as the canvas
//                          does, and composed into one frame; the median of five, the tile
//                          cache emptied before each; _process_first_ms is the process's first frame,
//                          _slowest_ms the slowest of the five. Then where the time goes: each
//                          layer on one thread, and composing cached tiles, for both views.
//                          Only the one map is started: the other modules' loading would share
//                          the cores with what is measured.
//   map_pan_frame_ms       street level (zoom 17), warm: a frame while panning 24 px at a time,
//                          the tiles coming into view rendered, the rest from the cache
//   map_identify_us        what is under a click, all layers, zoom 18, 2,000 random places
//   map_vs_qgis            QGIS Server's GetMap time for the same view (extent, 1920×1080, the
//                          layers districts, streets, communities, unit grids and components,
//                          from a GeoPackage that `yiwang-admin qgis-project` exported from the
//                          same database, styled alike, scale ranges as our zoom levels) divided
//                          by ours for those layers, cold cache; the median of five each, QGIS's
//                          after one warm-up request (the project loaded); its time includes
//                          encoding the PNG, ours composing the frame
//   map_vs_qgis_street     the same at street level (zoom 17)
#include "modulehost.h"
#include "onemapworkspace.h"
#include "platform.h"
#include "registeredmodules.h"
#include "tilerenderer.h"
#include "webmercator.h"

#include "backgroundread.h"
#include "benchcity.h"

#include <QDir>
#include <QFileInfo>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTimer>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPainter>
#include <QProcess>
#include <QThread>
#include <QThreadPool>
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

// The layers the canvas draws at a zoom: not those whose minimum zoom is above it (unit grids
// and communities at city scale), as MapCanvas::paint decides.
QList<std::shared_ptr<yw::map::MapLayer>> shownAt(const QList<std::shared_ptr<yw::map::MapLayer>> &layers, int z)
{
    QList<std::shared_ptr<yw::map::MapLayer>> out;
    for (const auto &l : layers)
        if (z >= l->minZoom())
            out << l;
    return out;
}

// Renders (pool) what is missing, waits, composes one frame of the layers shown at the tiles'
// zoom; returns milliseconds. YW_SAVE_FRAME=/some/where/frame-z%1.png keeps the frames to look at.
double frame(yw::map::TileRenderer &renderer, const QList<std::shared_ptr<yw::map::MapLayer>> &all,
             const QList<std::pair<TileKey, QRect>> &tiles)
{
    QElapsedTimer t;
    t.start();
    const auto layers = shownAt(all, tiles.first().first.z);
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
    const double ms = t.nsecsElapsed() / 1e6;
    if (const QString save = qEnvironmentVariable("YW_SAVE_FRAME"); !save.isEmpty())
        frame.save(save.arg(tiles.first().first.z));
    return ms;
}
// One HTTP GET, waited for; returns the body (empty on failure) and the time it took in ms.
std::pair<QByteArray, double> fetch(QNetworkAccessManager &net, const QUrl &url, int timeoutMs = 600000)
{
    QElapsedTimer t;
    t.start();
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    QNetworkReply *reply = net.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const double ms = t.nsecsElapsed() / 1e6;
    QByteArray body = reply->error() == QNetworkReply::NoError ? reply->readAll() : QByteArray();
    reply->deleteLater();
    return {body, ms};
}

// QGIS Server's GetMap for a 1920×1080 view centred on (lon, lat) at zoom z.
QUrl getMapUrl(const QString &base, double lon, double lat, int z, const QString &layers)
{
    const QPointF c = WebMercator::toMetres(lon, lat);
    const double mpp = WebMercator::metresPerPixel(z);
    QUrl url(base);
    url.setQuery(QStringLiteral("SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&CRS=EPSG:3857&STYLES="
                                "&FORMAT=image/png&TRANSPARENT=TRUE&WIDTH=1920&HEIGHT=1080"
                                "&LAYERS=%1&BBOX=%2,%3,%4,%5")
                     .arg(layers)
                     .arg(c.x() - 960 * mpp, 0, 'f', 2)
                     .arg(c.y() - 540 * mpp, 0, 'f', 2)
                     .arg(c.x() + 960 * mpp, 0, 'f', 2)
                     .arg(c.y() + 540 * mpp, 0, 'f', 2));
    return url;
}

// Where the time goes: each layer's tiles on one thread, then composing a frame of cached tiles.
void breakdown(const char *view, const QList<std::shared_ptr<yw::map::MapLayer>> &layers,
               const QList<std::pair<TileKey, QRect>> &tiles)
{
    for (const auto &l : shownAt(layers, tiles.first().first.z)) {
        QElapsedTimer t;
        int drawn = 0;
        // On a thread of Qt's pool, as the renderer's workers draw (see TileRenderer).
        QThreadPool::globalInstance()->start([&] {
            t.start();
            for (const auto &[k, r] : tiles)
                drawn += !yw::map::TileRenderer::isEmptyTile(yw::map::TileRenderer::renderNow(*l, k));
        });
        QThreadPool::globalInstance()->waitForDone();
        out << "  " << view << "_" << l->id() << "_one_thread_ms: "
            << QString::number(t.nsecsElapsed() / 1e6, 'f', 1) << " (" << drawn << " of " << tiles.size()
            << " tiles with something)" << Qt::endl;
    }
    yw::map::TileRenderer warm;
    frame(warm, layers, tiles);
    out << "  " << view << "_compose_cached_ms: " << QString::number(frame(warm, layers, tiles), 'f', 1)
        << Qt::endl;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

// QGIS Server against our renderer on the same views; prints the figures or why not.
void compareWithQgis(const QString &dbPath, const QString &dir,
                     const QList<std::shared_ptr<yw::map::MapLayer>> &layers)
{
    const QString server = QStandardPaths::findExecutable(QStringLiteral("qgis_mapserver"));
    if (server.isEmpty()) {
        out << "map_vs_qgis: n/a (qgis_mapserver is not installed; scripts/setup.sh installs "
               "qgis-server-bin)"
            << Qt::endl;
        return;
    }
    // Named after the city file, so that a city of a newer generator gets its own export.
    const QString qgisDir = dir + QStringLiteral("/qgis-") + QFileInfo(dbPath).completeBaseName();
    const QString project = qgisDir + QStringLiteral("/yiwang-city.qgs");
    if (!QFile::exists(project)) {
        err << "exporting the city's layers and the QGIS project into " << qgisDir << "…" << Qt::endl;
        QProcess admin;
        admin.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        admin.start(QStringLiteral(YIWANG_ADMIN_BIN), {QStringLiteral("qgis-project"), QStringLiteral("--db"),
                                                      dbPath, QStringLiteral("--out"), qgisDir});
        if (!admin.waitForFinished(-1) || admin.exitCode() != 0) {
            out << "map_vs_qgis: n/a (yiwang-admin qgis-project failed)" << Qt::endl;
            return;
        }
    }
    quint16 port = 0;
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost);
        port = probe.serverPort();
    }
    QProcess qgis;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), dir); // its profile, not the user's
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir);
    env.insert(QStringLiteral("QGIS_SERVER_LOG_LEVEL"), QStringLiteral("2"));
    qgis.setProcessEnvironment(env);
    qgis.setProcessChannelMode(QProcess::MergedChannels);
    qgis.start(server, {QStringLiteral("-p"), project, QStringLiteral("127.0.0.1:%1").arg(port)});
    if (!qgis.waitForStarted()) {
        out << "map_vs_qgis: n/a (qgis_mapserver did not start)" << Qt::endl;
        return;
    }
    const QString base = QStringLiteral("http://127.0.0.1:%1/ows/").arg(port);
    QNetworkAccessManager net;
    bool ready = false;
    for (int i = 0; i < 240 && !ready && qgis.state() == QProcess::Running; ++i) {
        ready = fetch(net, QUrl(base + QStringLiteral("?SERVICE=WMS&REQUEST=GetCapabilities")), 10000)
                    .first.contains("<Name>components</Name>");
        if (!ready)
            QThread::msleep(250);
    }
    if (!ready) {
        out << "map_vs_qgis: n/a (qgis_mapserver did not answer: "
            << QString::fromUtf8(qgis.readAll().right(400)) << ")" << Qt::endl;
        qgis.kill();
        qgis.waitForFinished();
        return;
    }
    const QString names = QStringLiteral("districts,streets,communities,grids,components");
    struct View
    {
        const char *figure;
        double lon, lat;
        int zoom;
    };
    for (const View &v : {View{"map_vs_qgis", 112.95, 28.22, 11}, View{"map_vs_qgis_street", 112.9823, 28.1963, 17}}) {
        const QUrl url = getMapUrl(base, v.lon, v.lat, v.zoom, names);
        const auto warm = fetch(net, url); // the project and the layers opened
        if (!QImage::fromData(warm.first, "PNG").size().isValid()) {
            out << v.figure << ": n/a (GetMap gave no image)" << Qt::endl;
            continue;
        }
        QList<double> theirs, ours;
        for (int i = 0; i < 5; ++i)
            theirs << fetch(net, url).second;
        const auto tiles = viewTiles(v.lon, v.lat, v.zoom);
        yw::map::TileRenderer renderer; // as the canvas keeps one; its cache emptied for each
        for (int i = 0; i < 5; ++i) {
            renderer.clear();
            ours << frame(renderer, layers, tiles);
        }
        const double q = median(theirs), y = median(ours);
        out << v.figure << "_qgis_ms: " << QString::number(q, 'f', 1) << Qt::endl;
        out << v.figure << "_ours_ms: " << QString::number(y, 'f', 1) << Qt::endl;
        figure(v.figure, q / y, 1);
    }
    qgis.kill();
    qgis.waitForFinished();
}
} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QString dir = yw::bench::benchDir();
    const QString dbPath = yw::bench::fullDemoCity(QStringLiteral(YIWANG_ADMIN_BIN));
    if (dbPath.isEmpty()) {
        err << "yiwang-admin demo failed" << Qt::endl;
        return 1;
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
    // Only the map: the other modules' loads would share the two cores with what is measured.
    host.find("onemap")->start({[] {}, [] {}});
    auto *map = qobject_cast<yw::onemap::OneMapWorkspace *>(host.find("onemap")->workspaceBackend());
    if (!map) {
        err << "no onemap module" << Qt::endl;
        return 1;
    }
    // The components' figure as before (start until they are in); since the layers load in the
    // background, the time until every layer is in is its own figure.
    yw::shell::waitUntil([map] { return map->componentsLoaded(); });
    figure("map_load_components_s", load.nsecsElapsed() / 1e9, 2);
    map->waitUntilLoaded();
    figure("map_load_all_layers_s", load.nsecsElapsed() / 1e9, 2);
    auto &model = *map->layers();
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
        // One renderer, as the canvas keeps one, its tile cache emptied before each frame.
        yw::map::TileRenderer renderer;
        for (int i = 0; i < 5; ++i) {
            renderer.clear();
            runs << frame(renderer, cityLayers, tiles);
        }
        // The first is the process's first frame (fonts, first allocations): it counts too.
        out << "map_full_frame_process_first_ms: " << QString::number(runs.first(), 'f', 1) << Qt::endl;
        std::sort(runs.begin(), runs.end());
        figure("map_full_frame_ms", runs[2]);
        out << "map_full_frame_slowest_ms: " << QString::number(runs.last(), 'f', 1) << Qt::endl;
        out << "map_full_frame_tiles: " << tiles.size() * shownAt(cityLayers, 11).size() << Qt::endl;
        breakdown("full", cityLayers, tiles);
    }
    {
        const auto tiles = viewTiles(112.9823, 28.1963, 17);
        breakdown("street", cityLayers, tiles);
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
    // QGIS Server on the layers it has (the open cases are ours alone).
    {
        QList<std::shared_ptr<yw::map::MapLayer>> same;
        for (const char *id : {"districts", "streets", "communities", "grids", "components"})
            same << model.layer(QString::fromLatin1(id));
        compareWithQgis(dbPath, dir, same);
    }
    host.shutdown();
    return 0;
}
