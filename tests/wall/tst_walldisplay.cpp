// yiwang --wall's display on a small city (SQLite): the default city overview, the modules' scenes
// loaded in windows, bezel compensation seen on the wall's picture (what falls behind a frame is
// hidden, what lies beyond it is not moved), night dimming, commands changing the windows, and in
// per-screen output each monitor bound to its screen by name, lost when the screen goes and found
// again when it comes back (screens added and removed through the offscreen platform).
#include "../support/moduletestcity.h"
#include "modulehost.h"
#include "modulestarter.h"
#include "patternmodule.h"
#include "testscenehost.h"
#include "quickitems.h"
#include "registeredmodules.h"
#include "caserepository.h"
#include "walldisplay.h"
#include "wallfigurereader.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>
#include <qpa/qplatformnativeinterface.h>

Q_IMPORT_QML_PLUGIN(Yiwang_WallPlugin)
Q_IMPORT_QML_PLUGIN(Yiwang_UiPlugin)

using namespace yw::wall;
using yw::walldisplay::WallDisplay;

namespace {
// The example wall without its control ports and rules (the transports and the rules have their
// own tests; the example's night schedule would dim the picture).
WallConfig exampleWall(const char *file)
{
    QFile f(QStringLiteral(YW_EXAMPLES_DIR "/") + QLatin1String(file));
    f.open(QIODevice::ReadOnly);
    QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    o.remove(QStringLiteral("control"));
    o.remove(QStringLiteral("rules"));
    return WallConfig::parse(QJsonDocument(o).toJson()).value();
}


bool isRed(QRgb c)
{
    return qRed(c) > 200 && qGreen(c) < 60 && qBlue(c) < 60;
}

// The offscreen platform's screens, as its configuration (screen name → x).
void setScreens(const QStringList &names)
{
    QJsonArray screens;
    int x = 0;
    for (const QString &n : names) {
        screens.append(QJsonObject{{"name", n}, {"x", x}, {"y", 0}, {"width", 1920}, {"height", 1080},
                                   {"logicalDpi", 96}, {"logicalBaseDpi", 96}, {"dpr", 1}});
        x += 1920;
    }
    auto *native = QGuiApplication::platformNativeInterface();
    using SetConfiguration = void (*)(const QJsonObject &, QPlatformNativeInterface *);
    auto set = reinterpret_cast<SetConfiguration>(native->nativeResourceForIntegration("setConfiguration"));
    QVERIFY(set);
    set(QJsonObject{{"synchronousWindowSystemEvents", true}, {"windowFrameMargins", false}, {"screens", screens}}, native);
}
} // namespace

class TestWallDisplay : public QObject
{
    Q_OBJECT
    yw::test::TestBackend m_backend{false};
    yw::core::ManualClock m_clock{QDateTime::currentDateTimeUtc()};
    yw::test::ModuleTestCity m_city;
    yw::shell::ModuleHost m_host;
    std::unique_ptr<yw::shell::ModuleStarter> m_starter;

    std::unique_ptr<WallDisplay> display(QQmlEngine &engine, const WallConfig &config, bool renderAll = false)
    {
        WallDisplay::Options o;
        o.renderAll = renderAll;
        auto d = std::make_unique<WallDisplay>(config, m_host, m_city.platform->context(),
                                               [this](const QString &id) { m_starter->open(id); }, engine, o);
        return d;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_backend.setUp().isEmpty(), "backend");
        QVERIFY2(m_city.open(m_backend, m_clock).isEmpty(), "city");
        for (auto &m : yw::shell::createRegisteredModules())
            m_host.add(std::move(m));
        m_host.add(std::make_unique<yw::test::PatternModule>());
        m_host.initialize(m_city.platform->context());
        QVERIFY2(m_host.errors().isEmpty(), qPrintable(m_host.errors().join("; ")));
        QVERIFY2(m_city.as(QStringLiteral("leader")).isEmpty(), "sign-in");
        m_starter = std::make_unique<yw::shell::ModuleStarter>(m_host);
        m_starter->begin(QStringLiteral("scenario"));
    }

    void cleanupTestCase()
    {
        m_starter.reset();
        m_host.shutdown();
    }

    void desktopWallHidesWhatIsBehindTheBezels()
    {
        QQmlEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/"));
        const WallConfig config = exampleWall("wall-4x2.json");
        auto d = display(engine, config);
        QVERIFY(d->start());
        // Nothing kept: the city overview across the whole wall.
        QCOMPARE(d->windowList()->rowCount(), 1);
        QCOMPARE(d->controller().layout().windows.first().argument, QStringLiteral("template:0-city-overview"));
        QCOMPARE(d->quickWindows().size(), 1);
        QCOMPARE(d->quickWindows().first()->size(), QSize(7680, 2160));
        QVERIFY(d->sceneIds().contains(QStringLiteral("scenario")));
        QVERIFY(d->sceneIds().contains(QStringLiteral("map")));
        QVERIFY(d->sceneIds().contains(QStringLiteral("pattern")));

        // Red lines on A1:A2, window-relative: in A1's picture, behind the A1|A2 frame, and in A2's.
        const double k = config.pixelsPerMm();
        const QRectF a1 = config.monitor("A1")->activeMm, a2 = config.monitor("A2")->activeMm;
        const QRectF windowPx(a1.x() * k, a1.y() * k, (a2.right() - a1.x()) * k, a1.height() * k);
        const int inA1 = qRound(a1.right() * k - 40), behind = qRound((a1.right() + a2.left()) / 2 * k),
                  inA2 = qRound(a2.left() * k + 40);
        const QString arg = QStringLiteral("%1,%2,%3")
                                .arg(inA1 - windowPx.x(), 0, 'f', 1)
                                .arg(behind - windowPx.x(), 0, 'f', 1)
                                .arg(inA2 - windowPx.x(), 0, 'f', 1);
        QVERIFY(yw::test::runLine(d->controller(), QStringLiteral("open p pattern %1 on A1:A2").arg(arg)).ok);
        QCOMPARE(d->windowList()->rowCount(), 2);
        auto *loader = yw::test::findItem(d->quickWindows().first()->contentItem(), QStringLiteral("wallWindow_p"));
        QVERIFY(loader);
        QTRY_COMPARE(loader->property("status").toInt(), 1); // Loader.Ready
        QImage picture;
        const int y = qRound(a1.center().y() * k);
        QTRY_VERIFY((picture = d->picture()).isNull() == false && isRed(picture.pixel(inA1, y)));
        QCOMPARE(picture.size(), QSize(qRound(config.extentMm().width() * k), qRound(config.extentMm().height() * k)));
        // Behind the frame: the frame, not the line; beyond it: the line where it lies, not moved
        // by the frame's width (squeezing would put it 5-6 pixels to the left).
        QVERIFY(!isRed(picture.pixel(behind, y)));
        QCOMPARE(picture.pixel(behind, y), qRgb(0x0d, 0x0d, 0x0f));
        QVERIFY(isRed(picture.pixel(inA2, y)));
        QVERIFY(!isRed(picture.pixel(inA2 - 4, y)));
        QVERIFY(!isRed(picture.pixel(inA2 + 4, y)));

        // Night dims the picture, day brings it back.
        const QRgb grey = picture.pixel(inA1 - 20, y);
        QVERIFY(yw::test::runLine(d->controller(), "mode night").ok);
        QTRY_VERIFY(qRed(d->picture().pixel(inA1 - 20, y)) < qRed(grey) * 0.7);
        QVERIFY(yw::test::runLine(d->controller(), "mode day").ok);
        QTRY_COMPARE(d->picture().pixel(inA1 - 20, y), grey);

        // A scenario that does not exist is refused by the scenario module itself; a template runs.
        QCOMPARE(yw::test::runLine(d->controller(), "show 没有这个场景 in s on B1").code, QStringLiteral("unknown-argument"));
        QVERIFY(yw::test::runLine(d->controller(), "show template:2-typhoon-emergency in s on B1:B2").ok);
        QCOMPARE(d->windowList()->rowCount(), 3);
        // What a window shows, for the operators' panel: the scenario's title, the scene's.
        QCOMPARE(d->windowTitle("scenario", "template:2-typhoon-emergency"), QStringLiteral("防台风应急"));
        QCOMPARE(d->windowTitle("pattern", "5,9"), QStringLiteral("Pattern 5,9"));
        // No map on the wall yet: focus says so; with one it is passed to the one map.
        QCOMPARE(yw::test::runLine(d->controller(), "focus 112.98 28.2").code, QStringLiteral("no-map"));
        QVERIFY(yw::test::runLine(d->controller(), "open m map 112.98,28.2,14 on A4:B4").ok);
        QVERIFY(yw::test::runLine(d->controller(), "focus 112.99 28.19 15").ok);
        // The wall's map is there, at that place and zoom.
        QQuickItem *mapCanvas = yw::test::findItem(d->quickWindows().first()->contentItem(), QStringLiteral("wallMapCanvas"));
        QVERIFY(mapCanvas);
        QTRY_VERIFY(qAbs(mapCanvas->property("centerLon").toDouble() - 112.99) < 1e-4);
        QVERIFY(qAbs(mapCanvas->property("centerLat").toDouble() - 28.19) < 1e-4);
        QCOMPARE(mapCanvas->property("zoom").toDouble(), 15.0);
        QCOMPARE(yw::test::runLine(d->controller(), "open m2 map north-pole on A3").code, QStringLiteral("failed"));
        QVERIFY(yw::test::runLine(d->controller(), "close p").ok);
        QCOMPARE(d->windowList()->rowCount(), 3);
        const QJsonArray monitors = d->monitorStates();
        QCOMPARE(monitors.size(), 8);
        for (const QJsonValue &m : monitors)
            QVERIFY(m.toObject().value("connected").toBool());
        // An alarm: the pop-up on the monitor nearest the centre (B2 or B3), its red frame drawn.
        WallRule rule = WallRule::fromJson(QJsonObject{{"name", "三级督办"}, {"when", QJsonObject{{"supervision", 3}}},
                                                       {"alarm", true}}, "r").value();
        d->controller().fire(rule, QStringLiteral("202611300001 芙蓉区五一大道 (3)"));
        QCOMPARE(d->alarms()->count(), 1);
        auto *popup = yw::test::findItem(d->quickWindows().first()->contentItem(), QStringLiteral("wallAlarm"));
        QVERIFY(popup);
        QTRY_VERIFY(popup->isVisible());
        const QRectF ar = d->alarmRect();
        QVERIFY(config.monitor("B2")->activeMm.contains(QRectF(ar.x() / k, ar.y() / k, ar.width() / k, ar.height() / k))
                || config.monitor("B3")->activeMm.contains(QRectF(ar.x() / k, ar.y() / k, ar.width() / k, ar.height() / k)));
        // The frame's red (#ef4444).
        auto alarmRed = [](QRgb c) { return qRed(c) > 200 && qGreen(c) < 100 && qBlue(c) < 100; };
        QTRY_VERIFY(alarmRed(d->picture().pixel(qRound(ar.x() + 3), qRound(ar.center().y()))));
        if (qEnvironmentVariableIsSet("YW_SCREENSHOT_DIR"))
            d->picture(0.5).save(qEnvironmentVariable("YW_SCREENSHOT_DIR") + "/wall-alarm.png");
        QVERIFY(yw::test::runLine(d->controller(), "ack all").ok);
        QTRY_VERIFY(!popup->isVisible());

        auto shot = d->screenshot();
        QVERIFY2(shot, qPrintable(shot ? QString() : shot.error().message));
        QVERIFY(QImage(shot.value()).size() == picture.size());
        QFile::remove(shot.value());
    }

    // A training database's wall carries the training mark across its monitors; a production
    // wall does not.
    void trainingWallCarriesTheMark()
    {
        const WallConfig config = exampleWall("wall-4x2.json");
        const double k = config.pixelsPerMm();
        const QRectF a1 = config.monitor("A1")->activeMm;
        auto bannerAt = [&](const QImage &picture) {
            const QColor c = picture.pixelColor(qRound(a1.center().x() * k), qRound(a1.top() * k) + 4);
            return c.red() > 150 && c.green() > 60 && c.green() < 120 && c.blue() < 40;
        };
        {
            QQmlEngine engine;
            engine.addImportPath(QStringLiteral("qrc:/"));
            auto d = display(engine, config);
            QVERIFY(d->start());
            QVERIFY(!d->training());
            QTest::qWait(200);
            QVERIFY(!bannerAt(d->picture()));
        }
        m_city.platform->context().training = true;
        QQmlEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/"));
        auto d = display(engine, config);
        QVERIFY(d->start());
        QVERIFY(d->training());
        auto *mark = yw::test::findItem(d->quickWindows().first()->contentItem(), QStringLiteral("trainingMark"));
        QVERIFY(mark && mark->isVisible());
        QTRY_VERIFY(bannerAt(d->picture()));
        m_city.platform->context().training = false;
    }

    void restartShowsWhatTheWallShowed()
    {
        QQmlEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/"));
        auto d = display(engine, exampleWall("wall-4x2.json"));
        QVERIFY(d->start());
        // The layout of the test before: typhoon, map (the pattern was closed).
        QStringList ids;
        for (const auto &w : d->controller().layout().windows)
            ids << w.id;
        QCOMPARE(ids, (QStringList{"main", "s", "m"}));
    }

    void thresholdFiguresAreReadOnAWorker()
    {
        // The figures threshold rules watch: a dataset query and a KPI figure, read as the wall's
        // account on a connection of the reader's own; a bad source is an error, not a number.
        yw::walldisplay::WallFigureReader reader(m_city.platform->context());
        QVERIFY(m_city.reportGarbage(QStringLiteral("垃圾满溢")));
        auto count = reader.read(QJsonObject{{"dataset", "cases"},
                                             {"aggregates", QJsonArray{QJsonObject{{"fn", "count"}, {"as", "n"}}}}});
        QTRY_VERIFY(count.isFinished()); // never waited on: that would run it on this thread
        QVERIFY2(count.result(), qPrintable(count.result() ? QString() : count.result().error().message));
        QCOMPARE(count.result().value(), double(yw::store::CaseRepository(*m_city.platform->context().database)
                                                    .find(yw::store::CaseQuery{}).value().size()));
        auto kpi = reader.read(QJsonObject{{"dataset", "kpi"}, {"period", "this-month"}, {"by", "city"},
                                           {"columns", QJsonArray{"reports"}}});
        QTRY_VERIFY(kpi.isFinished()); // never waited on: that would run it on this thread
        QVERIFY2(kpi.result(), qPrintable(kpi.result() ? QString() : kpi.result().error().message));
        auto bad = reader.read(QJsonObject{{"dataset", "weather"}});
        QTRY_VERIFY(bad.isFinished()); // never waited on: that would run it on this thread
        QVERIFY(!bad.result());
    }

    void perScreenOutputFollowsTheScreens()
    {
        QQmlEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/"));
        const WallConfig config = exampleWall("wall-irregular.json");
        auto d = display(engine, config);
        QSignalSpy events(&d->controller(), &WallController::event);
        QVERIFY(d->start());
        QCOMPARE(d->quickWindows().size(), 8);
        auto connected = [&](const QString &id) {
            for (const QJsonValue &m : d->monitorStates())
                if (m.toObject().value("id").toString() == id)
                    return m.toObject().value("connected").toBool();
            return false;
        };
        auto window = [&](const QString &id) {
            return d->quickWindows().at(d->monitors()->indexOf(id));
        };
        // HDMI-1..6 are there: the 3×2 block; the portrait panels' outputs are not.
        for (const char *id : {"M11", "M12", "M13", "M21", "M22", "M23"}) {
            QVERIFY2(connected(QLatin1String(id)), id);
            QVERIFY(window(QLatin1String(id))->isVisible());
        }
        QCOMPARE(window("M12")->screen()->name(), QStringLiteral("HDMI-2"));
        QVERIFY(!connected("L"));
        QVERIFY(!window("L")->isVisible());
        // The left panel's cable is plugged in, and M12's pulled out.
        setScreens({"HDMI-1", "HDMI-3", "HDMI-4", "HDMI-5", "HDMI-6", "HDMI-7"});
        QTRY_VERIFY(connected("L"));
        QVERIFY(window("L")->isVisible());
        QCOMPARE(window("L")->screen()->name(), QStringLiteral("HDMI-7"));
        QTRY_VERIFY(!connected("M12"));
        QVERIFY(!window("M12")->isVisible());
        QStringList told;
        for (const auto &e : events)
            told << e.at(0).toJsonObject().value("event").toString() + " " + e.at(0).toJsonObject().value("monitor").toString();
        QVERIFY2(told.contains("monitor-found L") && told.contains("monitor-lost M12"), qPrintable(told.join(", ")));
        // M12 back: shown again where it belongs.
        setScreens({"HDMI-1", "HDMI-2", "HDMI-3", "HDMI-4", "HDMI-5", "HDMI-6", "HDMI-7"});
        QTRY_VERIFY(connected("M12"));
        QCOMPARE(window("M12")->screen()->name(), QStringLiteral("HDMI-2"));
        // A lost monitor is "no signal" on the wall's picture; the others show their part.
        const QImage picture = d->picture(0.5);
        const QRectF r = config.monitor("R")->activeMm;
        QCOMPARE(picture.pixel(qRound(r.center().x() * 0.5), qRound(r.top() * 0.5 + 3)), qRgb(0, 0, 0));
    }
};

int main(int argc, char *argv[])
{
    // Six named screens (HDMI-1..6) on the offscreen platform; the test changes them.
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" YW_FIXTURES_DIR "/offscreen-screens.json");
    QApplication app(argc, argv); // Qt Charts in the scenarios
    TestWallDisplay t;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&t, argc, argv);
}

#include "tst_walldisplay.moc"
