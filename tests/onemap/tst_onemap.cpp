// The one map on the small demo city (both backends): projection and tiles, density and heat
// values on hand-placed points, dropping of tiles no longer wanted when the view moves on, the
// district tiles against a golden image, identify and search, the hand-over to dispatch, and the
// module's page rendered offscreen with the map where it belongs.
#include "arealayer.h"
#include "democitybuilder.h"
#include "dispatchworkspace.h"
#include "heatlayer.h"
#include "localization.h"
#include "mapcanvas.h"
#include "identifytool.h"
#include "mapexporter.h"
#include "mapsearch.h"
#include "measuretool.h"
#include "onemapworkspace.h"
#include "moduleworkstation.h"
#include "pointlayer.h"
#include "rastertilelayer.h"
#include "shellcontroller.h"
#include "testbackend.h"
#include "tilerenderer.h"
#include "webmercator.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QSettings>
#include <QStandardPaths>
#include "quickitems.h"

#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QBuffer>
#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThreadPool>
#include <QUrlQuery>
#include <QTest>
#include <QThread>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Yiwang_ShellPlugin)
Q_IMPORT_QML_PLUGIN(Yiwang_UiPlugin)

using namespace yw;
using namespace yw::core;
using yw::map::TileKey;
using yw::map::WebMercator;

namespace {
using yw::test::findItem;

// A layer that takes its time, to see queued tiles dropped when no longer wanted.
class SlowLayer : public yw::map::MapLayer
{
public:
    QString id() const override { return QStringLiteral("slow"); }
    QString title() const override { return id(); }
    yw::map::TileResult renderTile(QImage &image, const TileKey &) const override
    {
        QThread::msleep(30);
        image.fill(Qt::red);
        return yw::map::TileResult::Drawn;
    }
};

// The tile holding a point at a zoom, and the point's pixel in it.
std::pair<TileKey, QPoint> tileOf(double lon, double lat, int z)
{
    const QPointF m = WebMercator::toMetres(lon, lat);
    const double size = 2 * WebMercator::kHalfWorld / std::pow(2.0, z);
    const int x = int((m.x() + WebMercator::kHalfWorld) / size);
    const int y = int((WebMercator::kHalfWorld - m.y()) / size);
    const QPointF px = yw::map::tileTransform(TileKey{z, x, y}).map(m);
    return {TileKey{z, x, y}, QPoint(int(px.x()), int(px.y()))};
}

// A workstation with the one map and dispatch backends at hand.
struct Workstation : test::ModuleWorkstation
{
    onemap::OneMapWorkspace *map = nullptr;
    dispatch::DispatchWorkspace *dispatch = nullptr;

    QString open(const store::DatabaseLocation &where, const Clock &clock,
                 const QString &settingsFile = QString())
    {
        if (QString err = ModuleWorkstation::open(where, clock, QStringLiteral("test-ws"), settingsFile);
            !err.isEmpty())
            return err;
        map = backend<onemap::OneMapWorkspace>("onemap");
        dispatch = backend<dispatch::DispatchWorkspace>("dispatch");
        if (!map || !dispatch)
            return QStringLiteral("modules missing");
        // The layers are read on worker threads: these tests look at them once they are in.
        map->waitUntilLoaded();
        return QString();
    }
};
// The shell's window showing the one map of a workstation, offscreen.
struct MapPage
{
    shell::ShellController controller;
    QQmlApplicationEngine engine;
    QQuickWindow *window = nullptr;
    mapview::MapCanvas *canvas = nullptr;

    explicit MapPage(Workstation &w)
        : controller(w.platform.get(), &w.host, QString(), "onemap", "zh_CN")
    {
        engine.addImportPath("qrc:/");
        engine.load(QUrl("qrc:/Yiwang/Ui/Main.qml"));
        if (engine.rootObjects().isEmpty())
            return;
        window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
        if (!window || !QTest::qWaitForWindowExposed(window))
            return;
        QQuickItem *item = nullptr;
        for (int i = 0; i < 500 && !(item = findItem(window->contentItem(), "mapCanvas")); ++i)
            QTest::qWait(10);
        canvas = qobject_cast<mapview::MapCanvas *>(item);
    }
    // The window once every tile in view is there and painted: `busy` also covers a tile that
    // arrived but is not painted yet (pendingTiles alone is 0 then, which lost a race under load).
    // Idle must hold for several polls, since a paint can queue the next tile.
    QImage grab(int timeoutMs = 20000)
    {
        QElapsedTimer t;
        t.start();
        int idlePolls = 0;
        while (idlePolls < 4 && t.elapsed() < timeoutMs) {
            QTest::qWait(50);
            idlePolls = canvas->isBusy() ? 0 : idlePolls + 1;
        }
        return window->grabWindow();
    }
    QPoint scenePoint(double lon, double lat) const
    {
        return canvas->mapToScene(canvas->toScreen(lon, lat)).toPoint();
    }
};
} // namespace

class TestOneMap : public QObject
{
    Q_OBJECT
    test::TestBackend m_backend;
    store::DatabaseLocation m_location;
    SystemClock m_clock;
    shell::Localization m_localization;

private slots:
    void initTestCase()
    {
        QVERIFY(m_backend.setUp().isEmpty());
        QVERIFY(m_localization.install("zh_CN"));
        const QString built = test::buildSmallDemoCity(m_backend, m_location, 5);
        QVERIFY2(built.isEmpty(), qPrintable(built));
    }
    void cleanupTestCase() { m_backend.tearDown(); }

    void projectionAndTiles()
    {
        const QPointF m = WebMercator::toMetres(112.98, 28.19);
        const QPointF back = WebMercator::toLonLat(m);
        QVERIFY(std::abs(back.x() - 112.98) < 1e-9 && std::abs(back.y() - 28.19) < 1e-9);
        // The tile's corners land on its pixel corners.
        const TileKey k{12, 3333, 1700};
        const QRectF b = WebMercator::tileBounds(k.z, k.x, k.y);
        const QTransform t = yw::map::tileTransform(k);
        QCOMPARE(t.map(QPointF(b.left(), b.bottom())), QPointF(0, 0));
        QVERIFY((t.map(QPointF(b.right(), b.top())) - QPointF(256, 256)).manhattanLength() < 1e-6);
        // At zoom 17 a pixel is 1.194 m of Mercator, 1.053 m of ground at Changsha's latitude.
        QVERIFY(std::abs(WebMercator::metresPerPixel(17) - 1.1943) < 1e-3);
        QVERIFY(std::abs(WebMercator::groundMetresPerPixel(17, 28.19) - 1.0527) < 1e-3);
    }

    void densityAndSymbolsOnKnownPoints()
    {
        auto data = std::make_shared<yw::map::PointLayer::Data>();
        std::vector<float> xs, ys;
        for (int i = 0; i < 50; ++i) { // fifty points on one spot, one alone elsewhere
            const QPointF m = WebMercator::toMetres(112.98, 28.19);
            xs.push_back(float(m.x()));
            ys.push_back(float(m.y()));
        }
        const QPointF lone = WebMercator::toMetres(112.99, 28.19);
        xs.push_back(float(lone.x()));
        ys.push_back(float(lone.y()));
        data->category.assign(xs.size(), 0);
        data->index.build(xs, ys, 16);
        yw::map::PointLayer layer("p", "p", "component", {{"x", QColor(0, 200, 255)}}, 17, 3);
        layer.setData(data);
        auto [key, px] = tileOf(112.98, 28.19, 14);
        const QImage dense = yw::map::TileRenderer::renderNow(layer, key);
        auto [key2, px2] = tileOf(112.99, 28.19, 14);
        const QImage sparse = yw::map::TileRenderer::renderNow(layer, key2);
        // Fifty in a pixel are more opaque than one; an empty pixel stays clear.
        QVERIFY(qAlpha(dense.pixel(px)) > qAlpha(sparse.pixel(px2)));
        QVERIFY(qAlpha(sparse.pixel(px2)) > 0);
        QCOMPARE(qAlpha(dense.pixel(QPoint((px.x() + 128) % 256, (px.y() + 128) % 256))), 0);
        // Identify finds the lone point within a few pixels at street level, and not far off.
        const auto hits = layer.identify(lone, 18, 6);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().id, QStringLiteral("50"));
        QVERIFY(layer.identify(WebMercator::toMetres(112.995, 28.19), 18, 6).isEmpty());
    }

    void heatValuesOnAFixture()
    {
        yw::map::HeatLayer heat("heat", "heat", 24, 6);
        const QPointF a = WebMercator::toMetres(112.98, 28.19);
        std::vector<float> xs{float(a.x()), float(a.x()), float(a.x())};
        std::vector<float> ys{float(a.y()), float(a.y()), float(a.y())};
        heat.setPoints(xs, ys);
        // Three cases on one spot: the kernel sums to 3 there, decays with distance, and is
        // nothing a kilometre away.
        QVERIFY(std::abs(heat.valueAt(a, 15) - 3.0) < 1e-3);
        const double sigma = 12 * WebMercator::metresPerPixel(15);
        // (Points are kept as float: a metre off at these coordinates, 2 % of sigma.)
        QVERIFY(std::abs(heat.valueAt(a + QPointF(sigma, 0), 15) - 3 * std::exp(-0.5)) < 0.05);
        QCOMPARE(heat.valueAt(a + QPointF(1000, 0), 15), 0.0);
        auto [key, px] = tileOf(112.98, 28.19, 15);
        const QImage img = yw::map::TileRenderer::renderNow(heat, key);
        QVERIFY(qAlpha(img.pixel(px)) > 100);
        QCOMPARE(qAlpha(img.pixel(QPoint((px.x() + 128) % 256, px.y()))), 0);
    }

    void tilesNoLongerWantedAreDropped()
    {
        yw::map::TileRenderer renderer;
        auto slow = std::make_shared<SlowLayer>();
        // Panning fast: forty tiles asked for, then the view has moved on to other ones.
        for (int x = 0; x < 40; ++x)
            QVERIFY(renderer.tile(slow, TileKey{15, 26000 + x, 13500}).isNull());
        renderer.setWanted({QStringLiteral("somewhere/else")});
        renderer.waitForDone();
        QCoreApplication::processEvents();
        QVERIFY2(renderer.cancelled() >= 30, qPrintable(QString::number(renderer.cancelled())));
        QCOMPARE(renderer.cancelled() + renderer.rendered(), 40);
        // A wanted tile is rendered and then served from the cache.
        const TileKey k{15, 1, 1};
        renderer.setWanted({yw::map::TileRenderer::keyOf(*slow, k)});
        QVERIFY(renderer.tile(slow, k).isNull());
        QTRY_VERIFY(!renderer.tile(slow, k).isNull());
    }

    void districtTilesMatchTheGoldenImage()
    {
        Workstation w;
        QVERIFY2(w.open(m_location, m_clock).isEmpty(), "workstation");
        auto districts = w.map->layers()->layer("districts");
        QVERIFY(districts);
        // Zoom 9 (no labels: no fonts in the comparison); the tile holding the city centre.
        auto [key, px] = tileOf(112.98, 28.19, 9);
        const QImage tile = yw::map::TileRenderer::renderNow(*districts, key);
        const QString golden = QFINDTESTDATA("golden/districts_z9.png");
        if (qEnvironmentVariableIsSet("YW_UPDATE_GOLDEN")) {
            QVERIFY(tile.save(QStringLiteral(YW_SOURCE_DIR "/golden/districts_z9.png")));
            return;
        }
        QImage expected(golden);
        QVERIFY2(!expected.isNull(), "golden image missing");
        expected = expected.convertToFormat(tile.format());
        int differing = 0;
        for (int y = 0; y < 256; ++y)
            for (int x = 0; x < 256; ++x) {
                const QRgb a = tile.pixel(x, y), b = expected.pixel(x, y);
                if (std::abs(qRed(a) - qRed(b)) + std::abs(qGreen(a) - qGreen(b))
                        + std::abs(qBlue(a) - qBlue(b)) + std::abs(qAlpha(a) - qAlpha(b))
                    > 24)
                    ++differing;
            }
        // Anti-aliasing may differ by a pixel here and there, not more.
        QVERIFY2(differing < 256 * 256 / 100, qPrintable(QString::number(differing)));
        // And it is not empty: the districts cover part of the tile.
        int drawn = 0;
        for (int y = 0; y < 256; ++y)
            for (int x = 0; x < 256; ++x)
                drawn += qAlpha(tile.pixel(x, y)) > 0;
        QVERIFY(drawn > 1000);
    }

    void workersShareShapesSafely()
    {
        // Several workers drawing the same shapes at once (found: drawing one shared
        // QPainterPath from two threads corrupted its lazily built caches and crashed).
        Workstation w;
        QVERIFY2(w.open(m_location, m_clock).isEmpty(), "workstation");
        auto districts = w.map->layers()->layer("districts");
        auto [key, px] = tileOf(112.98, 28.19, 11);
        const QImage reference = yw::map::TileRenderer::renderNow(*districts, key);
        QThreadPool pool;
        pool.setMaxThreadCount(4);
        std::atomic<int> same{0};
        for (int i = 0; i < 64; ++i)
            pool.start([&] { same += yw::map::TileRenderer::renderNow(*districts, key) == reference; });
        pool.waitForDone();
        QCOMPARE(same.load(), 64);
    }

    void rasterTilesFromAServerThatMisbehaves()
    {
        // A tile server on loopback: a PNG for one tile, 404 for others, no answer at all for
        // the "slow" path, garbage for the "broken" one.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QImage png(256, 256, QImage::Format_ARGB32);
        png.fill(QColor(200, 40, 40));
        QByteArray pngBytes;
        QBuffer buf(&pngBytes);
        buf.open(QIODevice::WriteOnly);
        png.save(&buf, "PNG");
        QList<QTcpSocket *> held;
        connect(&server, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *s = server.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [&, s] {
                    const QByteArray request = s->readAll();
                    const QByteArray path = request.split(' ').value(1);
                    if (path.startsWith("/slow/")) {
                        held << s; // never answered
                        return;
                    }
                    QByteArray body, status = "200 OK";
                    if (path == "/ok/11/1663/857.png")
                        body = pngBytes;
                    else if (path.startsWith("/broken/"))
                        body = "this is not a PNG";
                    else
                        status = "404 Not Found";
                    s->write("HTTP/1.1 " + status + "\r\nContent-Length: " + QByteArray::number(body.size())
                             + "\r\nConnection: close\r\n\r\n" + body);
                    s->disconnectFromHost();
                });
            }
        });
        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort());
        auto layerAt = [&](const QString &path, int timeoutMs = 3000) {
            yw::map::RasterTileLayer::Source src;
            src.url = base + path + QStringLiteral("/{z}/{x}/{y}.png");
            src.timeoutMs = timeoutMs;
            return std::make_shared<yw::map::RasterTileLayer>("basemap", "basemap", src);
        };
        // The worker renders while this thread serves: render on a pool thread and spin.
        auto render = [&](const std::shared_ptr<yw::map::RasterTileLayer> &layer, TileKey k) {
            QImage out;
            std::atomic<bool> done{false};
            QThreadPool::globalInstance()->start([&] {
                out = yw::map::TileRenderer::renderNow(*layer, k);
                done = true;
            });
            for (int i = 0; i < 1500 && !done; ++i)
                QTest::qWait(10);
            QThreadPool::globalInstance()->waitForDone();
            return out;
        };
        auto ok = layerAt("/ok");
        QCOMPARE(ok->tileUrl(TileKey{11, 1663, 857}).path(), QStringLiteral("/ok/11/1663/857.png"));
        const QImage tile = render(ok, TileKey{11, 1663, 857});
        QVERIFY(!tile.isNull() && !yw::map::TileRenderer::isEmptyTile(tile));
        QCOMPARE(QColor(tile.pixel(100, 100)), QColor(200, 40, 40));
        QVERIFY(yw::map::TileRenderer::isEmptyTile(render(ok, TileKey{11, 1, 1}))); // 404: nothing there
        auto broken = layerAt("/broken");
        QVERIFY(render(broken, TileKey{11, 1, 1}).isNull()); // failed, not cached as empty
        QVERIFY(broken->status().contains("not an image"));
        auto slow = layerAt("/slow", 500);
        QElapsedTimer t;
        t.start();
        QVERIFY(render(slow, TileKey{11, 1, 1}).isNull());
        QVERIFY(t.elapsed() < 5000); // the time-out, not the server, decides
        QCOMPARE(slow->timedOut(), 1);
        QVERIFY(slow->status().contains("timed out"));
        // The renderer does not ask a failed tile again at once.
        yw::map::TileRenderer renderer;
        QVERIFY(renderer.tile(slow, TileKey{11, 2, 2}).isNull());
        QTRY_COMPARE_WITH_TIMEOUT(renderer.failed(), 1, 5000);
        QVERIFY(yw::map::TileRenderer::isEmptyTile(renderer.tile(slow, TileKey{11, 2, 2})));
        QCOMPARE(renderer.pending(), 0);
        // WMS and WMTS requests name the tile's box or matrix.
        yw::map::RasterTileLayer::Source wms;
        wms.kind = yw::map::RasterTileLayer::Kind::Wms;
        wms.url = base + "/qgis";
        wms.layers = "districts";
        const QUrlQuery q(yw::map::RasterTileLayer("w", "w", wms).tileUrl(TileKey{11, 1663, 857}));
        QCOMPARE(q.queryItemValue("REQUEST"), QStringLiteral("GetMap"));
        QCOMPARE(q.queryItemValue("CRS"), QStringLiteral("EPSG:3857"));
        QCOMPARE(q.queryItemValue("BBOX").split(',').size(), 4);
        wms.kind = yw::map::RasterTileLayer::Kind::Wmts;
        const QUrlQuery m(yw::map::RasterTileLayer("t", "t", wms).tileUrl(TileKey{11, 1663, 857}));
        QCOMPARE(m.queryItemValue("TILEMATRIX"), QStringLiteral("11"));
        QCOMPARE(m.queryItemValue("TILECOL"), QStringLiteral("1663"));
        qDeleteAll(held);
    }

    void replayADayMinuteByMinute()
    {
        Workstation w;
        QVERIFY2(w.open(m_location, m_clock).isEmpty(), "workstation");
        // The day with the most cases in the demo history.
        auto busiest = w.platform->database().exec(
            "SELECT reported_at FROM cases ORDER BY reported_at DESC LIMIT 1 OFFSET 500");
        QVERIFY(busiest && busiest.value().next());
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(busiest.value().value(0).toLongLong(),
                                                            QTimeZone(8 * 3600));
        const QDate day = at.date();
        busiest.value().finish();
        QCOMPARE(w.map->replay()->replay(day.toString(Qt::ISODate)), QString());
        QVERIFY(w.map->replay()->active());
        auto count = [&](int minute) {
            const QDateTime from(day, QTime(0, 0), QTimeZone(8 * 3600));
            auto q = w.platform->database().exec(
                "SELECT COUNT(*) FROM cases WHERE lon IS NOT NULL AND reported_at >= ? AND reported_at < ?",
                {from.toMSecsSinceEpoch(), from.addSecs(qint64(minute) * 60 + 60).toMSecsSinceEpoch()});
            return q && q.value().next() ? q.value().value(0).toInt() : -1;
        };
        for (int minute : {0, 9 * 60 + 30, 15 * 60, 1439}) {
            w.map->replay()->setMinute(minute);
            QCOMPARE(w.map->replay()->shown(), count(minute));
        }
        QVERIFY(w.map->replay()->shown() > 0);
        QVERIFY(!w.map->replay()->replay("not a day").isEmpty());

        // Vehicles replay too: on the day of their GPS tracks, each vehicle is where its last
        // position before the moment puts it, with its last half hour behind it.
        auto gps = w.platform->database().exec(
            "SELECT device_id, at, lon, lat FROM vehicle_positions ORDER BY at LIMIT 1 OFFSET 200");
        QVERIFY(gps && gps.value().next());
        const QString vehicle = gps.value().value(0).toString();
        const QDateTime when = QDateTime::fromMSecsSinceEpoch(gps.value().value(1).toLongLong(), QTimeZone(8 * 3600));
        const QPointF where(gps.value().value(2).toDouble(), gps.value().value(3).toDouble());
        gps.value().finish();
        QCOMPARE(w.map->replay()->replay(when.date().toString(Qt::ISODate)), QString());
        w.map->replay()->setMinute(when.time().hour() * 60 + when.time().minute());
        auto vehicles = std::dynamic_pointer_cast<yw::map::PointLayer>(w.map->layers()->layer("vehicles"));
        QVERIFY(vehicles);
        const auto hits = vehicles->identify(WebMercator::toMetres(where.x(), where.y()), 19, 40);
        bool found = false;
        for (const auto &h : hits)
            found |= h.id == vehicle;
        QVERIFY2(found, qPrintable(vehicle));
        int heads = 0;
        for (uint16_t c : vehicles->data()->category)
            heads += c == 0;
        QVERIFY(heads >= 1);
        // Ending the replay brings the live open cases back.
        QCOMPARE(w.map->replay()->replay(""), QString());
        QVERIFY(!w.map->replay()->active());
    }

    void sensorsInAlarmStandOut()
    {
        // A sensor's newest reading is an alarm: the map draws it in the alarm colour.
        QString sensor;
        {
            auto db = store::Database::open(m_location, store::Database::OpenMode::Existing);
            QVERIFY(db);
            auto d = db.value()->exec("SELECT id FROM devices WHERE kind = 'manhole_sensor' ORDER BY id LIMIT 1");
            QVERIFY(d && d.value().next());
            sensor = d.value().value(0).toString();
            d.value().finish();
            auto last = db.value()->exec("SELECT MAX(at) FROM sensor_readings");
            QVERIFY(last && last.value().next());
            const qint64 at = last.value().value(0).toLongLong() + 3600000;
            last.value().finish();
            QVERIFY(db.value()->exec("INSERT INTO sensor_readings (device_id, at, value, alarm) VALUES (?, ?, 40, 1)",
                                     {sensor, at}));
        }
        Workstation w;
        QVERIFY2(w.open(m_location, m_clock).isEmpty(), "workstation");
        auto devices = std::dynamic_pointer_cast<yw::map::PointLayer>(w.map->layers()->layer("devices"));
        QVERIFY(devices);
        const auto data = devices->data();
        int category = -1, alarms = 0;
        for (size_t i = 0; i < data->category.size(); ++i) {
            if (data->textId.value(int(i)) == sensor)
                category = data->category[i];
            alarms += data->category[i] == 1;
        }
        QCOMPARE(category, 1);
        QVERIFY(alarms < int(data->category.size())); // not every device
    }

    void identifySearchAndHandOver()
    {
        Workstation w;
        QVERIFY2(w.open(m_location, m_clock).isEmpty(), "workstation");
        QVERIFY(w.platform->session().signIn("shift1", "Yiwang2026"));
        QVERIFY(w.map->componentsLoaded());
        mapview::MapCanvas canvas;
        canvas.setSize(QSizeF(1000, 700));
        canvas.setLayers(w.map->layers());
        onemap::IdentifyTool identify;
        identify.setCanvas(&canvas);
        identify.setWorkspace(w.map);
        onemap::MapSearch search;
        search.setCanvas(&canvas);
        search.setWorkspace(w.map);

        // A component, at street level: identify names it and its class.
        auto c = w.platform->database().exec("SELECT id, lon, lat, class_code FROM components "
                                             "ORDER BY id LIMIT 1 OFFSET 100");
        QVERIFY(c && c.value().next());
        const QString componentId = c.value().value(0).toString();
        canvas.setCenter(c.value().value(1).toDouble(), c.value().value(2).toDouble(), 19);
        identify.identifyAt(500, 350);
        bool foundComponent = false, foundGrid = false;
        for (const onemap::IdentifiedFeature &f : identify.rows()) {
            foundComponent |= f.kind == "component" && f.id == componentId;
            foundGrid |= f.kind == "grids";
        }
        QVERIFY2(foundComponent, "the component under the pointer");
        QVERIFY2(foundGrid, "its unit grid");

        // Search: a case number centres on the case; a community by name; nonsense is told.
        auto k = w.platform->database().exec("SELECT case_number, lon, lat FROM cases WHERE lon "
                                             "IS NOT NULL ORDER BY id DESC LIMIT 1");
        QVERIFY(k && k.value().next());
        QCOMPARE(search.search(k.value().value(0).toString()), QString());
        QVERIFY(std::abs(canvas.centerLon() - k.value().value(1).toDouble()) < 1e-6);
        auto community = w.platform->database().exec(
            "SELECT a.name FROM areas a JOIN area_shapes s ON s.code = a.code WHERE a.level = "
            "'Community' ORDER BY a.code LIMIT 1");
        QVERIFY(community && community.value().next());
        QCOMPARE(search.search(community.value().value(0).toString()), QString());
        QVERIFY(!search.search("没有这个地方").isEmpty());


        // A rectangle around the whole canvas counts the open cases in view and lists them.
        w.map->showCity(&canvas);
        identify.selectIn(0, 0, 1000, 700);
        const QList<onemap::IdentifiedFeature> selection = identify.rows();
        QVERIFY(!selection.isEmpty());
        QCOMPARE(selection.first().kind, QStringLiteral("selection"));
        QCOMPARE(selection.first().details.size(), 3);
        auto openCases = w.platform->database().exec(
            "SELECT COUNT(*) FROM cases WHERE lon IS NOT NULL AND state NOT IN ('Closed','NotFiled','Voided','Merged')");
        QVERIFY(openCases && openCases.value().next());
        QCOMPARE(identify.lastSelection().cases, openCases.value().value(0).toInt());
        QCOMPARE(selection.size(), 1 + std::min(50, openCases.value().value(0).toInt()));
        openCases.value().finish();
        // An empty corner selects nothing.
        identify.selectIn(0, 0, 2, 2);
        QCOMPARE(identify.lastSelection().cases, 0);
        QCOMPARE(identify.rows().size(), 1);

        // "Report a case here" reaches the dispatch desk with the place; "open in dispatch"
        // selects the case there.
        canvas.setCenter(112.98, 28.19, 16);
        identify.identifyAt(500, 350);
        QSignalSpy report(w.dispatch, &dispatch::DispatchWorkspace::reportRequested);
        QVERIFY(identify.reportHere());
        QCOMPARE(report.size(), 1);
        QVERIFY(report.first().first().toString().startsWith("112.98"));
        auto open = w.platform->database().exec(
            "SELECT id FROM cases WHERE state NOT IN ('Closed','NotFiled','Voided','Merged') LIMIT 1");
        QVERIFY(open && open.value().next());
        QVERIFY(identify.openCase(open.value().value(0).toLongLong()));
        QCOMPARE(w.dispatch->detail()->caseId(), open.value().value(0).toLongLong());
    }

    void exportToPngAndPdf()
    {
        Workstation w;
        QVERIFY2(w.open(m_location, m_clock).isEmpty(), "workstation");
        mapview::MapCanvas canvas;
        canvas.setSize(QSizeF(800, 600));
        canvas.setLayers(w.map->layers());
        QVERIFY(w.map->showCity(&canvas));
        onemap::MapExporter exporter;
        exporter.setCanvas(&canvas);
        exporter.setLayers(w.map->layers());
        QTemporaryDir dir;
        QCOMPARE(exporter.exportTo(QUrl::fromLocalFile(dir.filePath("map.png"))), QString());
        const QImage png(dir.filePath("map.png"));
        if (qEnvironmentVariableIsSet("YW_SCREENSHOT_DIR"))
            png.save(QDir(qEnvironmentVariable("YW_SCREENSHOT_DIR")).filePath("onemap-export.png"));
        QCOMPARE(png.size(), QSize(800, 600));
        // Not just the background: the districts are in it.
        QSet<QRgb> colours;
        for (int y = 0; y < 600; y += 10)
            for (int x = 0; x < 800; x += 10)
                colours.insert(png.pixel(x, y));
        QVERIFY(colours.size() > 20);
        QCOMPARE(exporter.exportTo(QUrl::fromLocalFile(dir.filePath("map.pdf"))), QString());
        QFile pdf(dir.filePath("map.pdf"));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QVERIFY(pdf.size() > 20000);
        // A place that cannot be written is told.
        QVERIFY(!exporter.exportTo(QUrl::fromLocalFile("/nonexistent/dir/map.png")).isEmpty());
    }

    void measureDistanceAndArea()
    {
        // A square of 0.01° at 28.19° N: 0.01° of latitude is 1,113 m, of longitude 981 m.
        onemap::MeasureTool measure;
        measure.addPoint(112.98, 28.19);
        measure.addPoint(112.99, 28.19);
        QVERIFY(std::abs(measure.distance() - 981.1) < 2);
        QVERIFY(measure.areaText().isEmpty());
        measure.addPoint(112.99, 28.20);
        measure.addPoint(112.98, 28.20);
        QVERIFY(std::abs(measure.distance() - (981.1 * 2 + 1113.2)) < 5);
        QVERIFY(std::abs(measure.area() - 981.1 * 1113.2) / (981.1 * 1113.2) < 0.01);
        QVERIFY(!measure.areaText().isEmpty());
    }

    // The heat map's window and class filter against the database's own count.
    void heatWindowAndClassFilter()
    {
        Workstation w;
        QVERIFY2(w.open(m_location, m_clock).isEmpty(), "workstation");
        auto heat = std::dynamic_pointer_cast<yw::map::HeatLayer>(w.map->layers()->layer("heat"));
        QVERIFY(heat);
        auto expected = [&](int days, const QString &kind, const QString &prefix) {
            auto q = w.platform->database().exec(
                "SELECT COUNT(*) FROM cases WHERE reported_at >= ? AND lon IS NOT NULL "
                "AND (? = '' OR (kind = ? AND class_code LIKE ?))",
                {m_clock.now().addDays(-days).toMSecsSinceEpoch(), kind, kind, prefix + "%"});
            return q && q.value().next() ? q.value().value(0).toInt() : -1;
        };
        // The clock moves between the two reads: allow a case reported in that instant.
        QVERIFY(std::abs(heat->pointCount() - expected(30, "", "")) <= 1);
        QVERIFY(heat->pointCount() > 100);
        onemap::HeatMapControl &control = *w.map->heat();
        const auto &choices = control.classChoices()->choices();
        QVERIFY(choices.size() > 5);
        QCOMPARE(choices.first().key, QString());
        QVERIFY(control.classChoices()->indexOf("matter:06") > 0
                && control.classChoices()->indexOf("component:01") > 0);
        control.setClassFilter("matter:06");
        control.wait();
        const int matter06 = heat->pointCount();
        QVERIFY(std::abs(matter06 - expected(30, "Matter", "06")) <= 1);
        QVERIFY(matter06 > 0 && matter06 < expected(30, "", ""));
        control.setDays(7);
        control.wait();
        QVERIFY(std::abs(heat->pointCount() - expected(7, "Matter", "06")) <= 1);
        QVERIFY(heat->pointCount() < matter06);
        control.setClassFilter("component:01");
        control.wait();
        QVERIFY(std::abs(heat->pointCount() - expected(7, "Component", "01")) <= 1);
        QSignalSpy refused(&control, &onemap::HeatMapControl::refused);
        control.setClassFilter("rivers:01"); // refused, the filter stays
        QCOMPARE(refused.size(), 1);
        QCOMPARE(control.classFilter(), QStringLiteral("component:01"));
        control.setClassFilter("");
        control.wait();
        QVERIFY(std::abs(heat->pointCount() - expected(7, "", "")) <= 1);
    }

    // The panel lists the top layer first; dragging a layer's handle changes the drawing order,
    // and what is drawn on top is identified first.
    void layerOrderByDrag()
    {
        Workstation w;
        QVERIFY2(w.open(m_location, m_clock).isEmpty(), "workstation");
        QVERIFY(w.platform->session().signIn("shift1", "Yiwang2026"));
        auto &layers = *w.map->layers();
        QCOMPARE(layers.rowOf("cases"), 0);
        QCOMPARE(layers.rowOf("districts"), layers.rowCount() - 1);
        MapPage page(w);
        QVERIFY(page.window && page.canvas);
        auto *handle = findItem(page.window->contentItem(), "layerHandle_cases");
        auto *target = findItem(page.window->contentItem(), "layerHandle_components");
        QVERIFY(handle && target);
        const int componentsRow = layers.rowOf("components");
        const QPoint from = handle->mapToScene(QPointF(handle->width() / 2, handle->height() / 2)).toPoint();
        const QPoint to = target->mapToScene(QPointF(target->width() / 2, target->height() / 2)).toPoint();
        QTest::mousePress(page.window, Qt::LeftButton, {}, from);
        for (int i = 1; i <= 10; ++i)
            QTest::mouseMove(page.window, from + (to - from) * i / 10, 5);
        QTest::mouseRelease(page.window, Qt::LeftButton, {}, to);
        QTRY_COMPARE(layers.rowOf("cases"), componentsRow);
        QCOMPARE(layers.rowOf("components"), componentsRow - 1);
        layers.move(layers.rowOf("cases"), 0);
        QCOMPARE(layers.rowOf("cases"), 0);
    }

    void pageRendersTheCityOffscreen()
    {
        Workstation w;
        QVERIFY2(w.open(m_location, m_clock).isEmpty(), "workstation");
        QVERIFY(w.platform->session().signIn("shift1", "Yiwang2026"));
        MapPage page(w);
        QVERIFY(page.window && page.canvas);
        QTRY_VERIFY(page.canvas->zoom() > 9 && page.canvas->zoom() < 14); // the whole city
        const QImage shot = page.grab();
        if (qEnvironmentVariableIsSet("YW_SCREENSHOT_DIR"))
            shot.save(QDir(qEnvironmentVariable("YW_SCREENSHOT_DIR")).filePath("onemap-test.png"));
        // Inside the canvas the city is drawn where the canvas says it is: the pixel at a
        // district's interior differs from the empty background at a corner of the canvas.
        const QPointF origin = page.canvas->mapToScene(QPointF(0, 0));
        const QPoint inside = page.scenePoint(112.98, 28.19);
        const QColor background = shot.pixelColor(QPoint(int(origin.x()) + 5, int(origin.y()) + 5));
        const QColor city = shot.pixelColor(inside);
        QVERIFY2(city != background, qPrintable(city.name() + " vs " + background.name()));
        // Nothing of the map outside the canvas: the navigation column keeps its colour.
        const QColor nav = shot.pixelColor(QPoint(int(origin.x()) - 30, inside.y()));
        const QColor navTop = shot.pixelColor(QPoint(int(origin.x()) - 30, shot.height() - 60));
        QCOMPARE(nav.name(), navTop.name());
    }

    // The shipped QGIS project served by QGIS Server's qgis_mapserver on loopback, added to the
    // one map as a WMS layer from the workstation's settings: its tiles fill the canvas where the
    // city is, with every layer of our own hidden.
    void qgisServerTilesAppearOnTheCanvas()
    {
        const QString server = QStandardPaths::findExecutable("qgis_mapserver");
        if (server.isEmpty()) {
            if (qEnvironmentVariable("CI") == QLatin1String("true"))
                QFAIL("qgis_mapserver is missing: scripts/setup.sh installs qgis-server-bin");
            QSKIP("qgis_mapserver is not installed (apt install qgis-server-bin qgis-server-wms)");
        }
        // The layers are exported from this pass's database, SQLite or PostgreSQL.
        QString spec = m_location.filePath();
        if (m_location.backend() == store::DatabaseLocation::Backend::Postgres) {
            QUrl url;
            url.setScheme("postgresql");
            url.setUserName(m_location.user());
            url.setPassword(m_location.password());
            url.setHost(m_location.host());
            url.setPort(m_location.port());
            url.setPath("/" + m_location.databaseName());
            spec = url.toString();
        }
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QProcess admin;
        admin.start(QStringLiteral(YIWANG_ADMIN_BIN),
                    {"qgis-project", "--db", spec, "--out", dir.filePath("qgis")});
        QVERIFY(admin.waitForFinished(120000));
        QVERIFY2(admin.exitCode() == 0, admin.readAllStandardError().constData());

        quint16 port = 0;
        {
            QTcpServer probe; // a free port on loopback
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        QProcess qgis;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("QT_QPA_PLATFORM", "offscreen");
        env.insert("HOME", dir.path()); // QGIS keeps its profile there, not in the user's
        env.insert("XDG_RUNTIME_DIR", dir.path());
        env.insert("QGIS_SERVER_LOG_LEVEL", "2");
        qgis.setProcessEnvironment(env);
        qgis.setProcessChannelMode(QProcess::MergedChannels);
        qgis.start(server, {"-p", dir.filePath("qgis/yiwang-city.qgs"),
                            QStringLiteral("127.0.0.1:%1").arg(port)});
        QVERIFY(qgis.waitForStarted());
        const QString base = QStringLiteral("http://127.0.0.1:%1/ows/").arg(port);
        // Ready when it answers GetCapabilities naming the project's layers.
        QNetworkAccessManager net;
        QByteArray capabilities;
        for (int i = 0; i < 120 && !capabilities.contains("<Name>components</Name>"); ++i) {
            QNetworkReply *r = net.get(QNetworkRequest(QUrl(base + "?SERVICE=WMS&REQUEST=GetCapabilities")));
            QTRY_VERIFY_WITH_TIMEOUT(r->isFinished(), 10000);
            capabilities = r->readAll();
            r->deleteLater();
            if (qgis.state() != QProcess::Running)
                QFAIL(qgis.readAll().constData());
            if (!capabilities.contains("<Name>components</Name>"))
                QTest::qWait(250);
        }
        QVERIFY2(capabilities.contains("<Name>districts</Name>"), capabilities.left(2000).constData());

        const QString settingsFile = dir.filePath("workstation.ini");
        {
            QSettings s(settingsFile, QSettings::IniFormat);
            s.setValue("onemap/raster1/kind", "wms");
            s.setValue("onemap/raster1/url", base);
            s.setValue("onemap/raster1/layers", "districts,streets,components");
            s.setValue("onemap/raster1/title", "QGIS Server");
            s.setValue("onemap/raster1/timeoutMs", 30000);
        }
        Workstation w;
        QVERIFY2(w.open(m_location, m_clock, settingsFile).isEmpty(), "workstation");
        QVERIFY(w.platform->session().signIn("shift1", "Yiwang2026"));
        auto &layers = *w.map->layers();
        const int rasterRow = layers.rowOf("raster1");
        QVERIFY(rasterRow >= 0);
        auto raster = std::dynamic_pointer_cast<yw::map::RasterTileLayer>(layers.layer("raster1"));
        QVERIFY(raster);
        for (int row = 0; row < layers.rowCount(); ++row)
            if (row != rasterRow)
                layers.setVisible(row, false);

        MapPage page(w);
        QVERIFY(page.window && page.canvas);
        QTRY_VERIFY(page.canvas->zoom() > 9 && page.canvas->zoom() < 14);
        const QImage withQgis = page.grab(60000);
        QVERIFY2(raster->fetched() > 0 && raster->failed() == 0 && raster->timedOut() == 0,
                 qPrintable(raster->status()));
        layers.setVisible(rasterRow, false);
        const QImage without = page.grab(10000);
        if (qEnvironmentVariableIsSet("YW_SCREENSHOT_DIR"))
            withQgis.save(QDir(qEnvironmentVariable("YW_SCREENSHOT_DIR")).filePath("onemap-qgis.png"));
        // The city centre: QGIS's district fill and component dots with its tiles, the bare
        // background without them.
        int differing = 0, looked = 0;
        for (double lon = 112.95; lon <= 113.01; lon += 0.005)
            for (double lat = 28.17; lat <= 28.23; lat += 0.005) {
                const QPoint p = page.scenePoint(lon, lat);
                ++looked;
                differing += withQgis.pixelColor(p) != without.pixelColor(p);
            }
        QVERIFY2(differing > looked / 2, qPrintable(QStringLiteral("%1 of %2").arg(differing).arg(looked)));
        // Far outside the city QGIS draws nothing (a transparent tile): the canvas is unchanged.
        const QPointF corner = page.canvas->mapToScene(QPointF(3, 3));
        QCOMPARE(withQgis.pixelColor(corner.toPoint()), without.pixelColor(corner.toPoint()));
        qgis.kill();
        qgis.waitForFinished();
    }
};

QTEST_MAIN(TestOneMap)
#include "tst_onemap.moc"
