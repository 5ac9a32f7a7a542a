// The operators' wall panel against a wall's controller over its WebSocket control: the wall's
// monitors, windows and presets mirrored as they change, a preset recalled and night set from the
// desk, "send to wall" from the other modules through the navigator (a case, a map view, a
// scenario) arriving as commands in the wall's audit log under the workstation's token, and a
// wrong token or an absent wall said plainly.
#include "../store/storefixture.h"
#include "auditlog.h"
#include "modulecontext.h"
#include "navigator.h"
#include "testscenehost.h"
#include "wallcontroller.h"
#include "wallpanel.h"
#include "websocketcontrolserver.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace yw::wall;
using yw::videowall::WallPanel;

class TestWallPanel : public QObject
{
    Q_OBJECT
    yw::test::TestBackend m_backend{false};

private slots:
    void initTestCase() { QVERIFY2(m_backend.setUp().isEmpty(), "backend"); }

    void panelMirrorsAndDrivesTheWall()
    {
        yw::test::StoreFixture f;
        QVERIFY2(f.open(m_backend).isEmpty(), "fixture");
        const WallConfig config = WallConfig::load(QStringLiteral(YW_EXAMPLES_DIR "/wall-4x2.json")).value();
        yw::test::TestSceneHost host(config);
        WallController wall(config, host, *f.db, f.clock);
        WebSocketControlServer server(wall);
        const quint16 port = server.listen(QHostAddress::LocalHost, 0).value();
        auto run = [&](const QString &line) { return yw::test::runLine(wall, line); };
        QVERIFY(run("open a map on A1").ok);
        QVERIFY(run("save 早班").ok);
        QVERIFY(run("show template:1-daily-briefing in b on A2:B3").ok);
        QVERIFY(run("save 会商").ok);

        QTemporaryDir dir;
        QSettings settings(dir.filePath("ws.ini"), QSettings::IniFormat);
        yw::shell::Navigator navigator;
        yw::shell::ModuleContext context;
        context.settings = &settings;
        context.navigator = &navigator;
        navigator.accept(yw::shell::Navigator::Destination::Wall, QStringLiteral("videowall"));
        WallPanel panel(context);
        panel.start();
        QVERIFY(!panel.connected());
        QVERIFY(panel.problem().contains(QLatin1String("No wall")));

        panel.configure(QStringLiteral("ws://127.0.0.1:%1").arg(port), QStringLiteral("demo-control-token"), QStringLiteral("A4:B4"));
        QTRY_VERIFY(panel.connected());
        QTRY_COMPARE(panel.monitors()->count(), 8);
        QTRY_COMPARE(panel.presets()->count(), 2);
        QCOMPARE(panel.activePreset(), QStringLiteral("会商"));
        const auto a2 = panel.monitors()->at(1).value<yw::videowall::WallMonitorRow>();
        QCOMPARE(a2.monitorId, QStringLiteral("A2"));
        QCOMPARE(a2.shows, QStringLiteral("scenario template:1-daily-briefing"));

        // From the desk: a preset, and night.
        panel.recall(QStringLiteral("早班"));
        QTRY_COMPARE(wall.activePreset(), QStringLiteral("早班"));
        QTRY_COMPARE(panel.activePreset(), QStringLiteral("早班"));
        QTRY_VERIFY(panel.presets()->at(1).value<yw::videowall::WallPresetRow>().active);
        panel.setMode(QStringLiteral("night"));
        QTRY_COMPARE(panel.mode(), QStringLiteral("night"));

        // Send to wall from the other modules: the workstation's window on A4:B4.
        QVERIFY(navigator.sendToWall(yw::shell::Navigator::WallContent::Scenario, QStringLiteral("template:1-daily-briefing")));
        QTRY_VERIFY(wall.layout().window("desk") != nullptr);
        QCOMPARE(wall.layout().window("desk")->scene, QStringLiteral("scenario"));
        QCOMPARE(wall.layout().window("desk")->rectMm, WallLayout::monitorsRect({"A4", "B4"}, config));
        QVERIFY(navigator.sendToWall(yw::shell::Navigator::WallContent::Place, QStringLiteral("112.98,28.2,15")));
        QTRY_COMPARE(wall.layout().window("desk")->argument, QStringLiteral("112.980000,28.200000,15"));
        auto filed = f.cases->report(f.user(yw::core::Role::FieldInspector), yw::test::StoreFixture::garbageDraft());
        QVERIFY(navigator.sendToWall(yw::shell::Navigator::WallContent::Case, filed.value().caseNumber));
        QTRY_COMPARE(host.focused, QPointF(113.0107, 28.1893));
        QTRY_VERIFY(panel.message().contains(filed.value().caseNumber));
        // A refusal is said: a scenario the wall does not know.
        QVERIFY(navigator.sendToWall(yw::shell::Navigator::WallContent::Scenario, QStringLiteral("不存在")));
        QTRY_VERIFY(panel.message().contains(QLatin1String("there is no scenario")));

        QStringList audited;
        for (const auto &e : yw::store::AuditLog(*f.db).latest(50).value())
            if (e.login == QLatin1String("wall:control-system"))
                audited.prepend(e.action);
        QVERIFY2(audited.contains("wall.recall") && audited.contains("wall.mode") && audited.contains("wall.open")
                     && audited.contains("wall.focus"),
                 qPrintable(audited.join(", ")));

        // A wrong token: said, not connected.
        panel.configure(QStringLiteral("ws://127.0.0.1:%1").arg(port), QStringLiteral("wrong"), QString());
        QTRY_VERIFY(panel.problem().contains(QLatin1String("refused")));
        QVERIFY(!panel.connected());
    }
};

QTEST_GUILESS_MAIN(TestWallPanel)
#include "tst_wallpanel.moc"
