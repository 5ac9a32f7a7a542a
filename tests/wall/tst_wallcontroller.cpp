// The wall's controller on the case database (both backends): windows opened, moved, shown and
// closed; presets saved, listed, recalled (a preset of some monitors replaces only what lies on
// them) and deleted; operate tokens limited to recalling; every bad name refused with its code
// and nothing changed; a case focused by its number; events told; every action in the audit log.
#include "../store/storefixture.h"
#include "auditlog.h"
#include "testscenehost.h"
#include "wallcontroller.h"

#include <QJsonArray>
#include <QSignalSpy>

using namespace yw::wall;

namespace {

QStringList windowIds(const WallController &c)
{
    QStringList out;
    for (const auto &w : c.layout().windows)
        out << w.id;
    return out;
}
} // namespace

class TestWallController : public QObject
{
    Q_OBJECT
    yw::test::TestBackend m_backend;
    WallConfig m_config;

private slots:
    void initTestCase()
    {
        QVERIFY2(m_backend.setUp().isEmpty(), "cluster");
        m_config = WallConfig::load(QStringLiteral(YW_EXAMPLES_DIR "/wall-4x2.json")).value();
    }
    void cleanupTestCase() { m_backend.tearDown(); }

    void windowsAndPresets()
    {
        yw::test::StoreFixture f;
        QVERIFY2(f.open(m_backend).isEmpty(), "fixture");
        yw::test::TestSceneHost host(m_config);
        WallController c(m_config, host, *f.db, f.clock);
        QSignalSpy events(&c, &WallController::event);
        QSignalSpy changed(&c, &WallController::layoutChanged);

        QVERIFY(yw::test::runLine(c, "show template:1-daily-briefing").ok);
        QCOMPARE(windowIds(c), QStringList{"main"});
        // A new window for a scenario covers every picture of the wall.
        QCOMPARE(c.layout().windows.first().rectMm, WallLayout::monitorsRect({"A1", "B4"}, m_config));
        QVERIFY(yw::test::runLine(c, "open map map on A4:B4").ok);
        QCOMPARE(windowIds(c), (QStringList{"main", "map"}));
        QVERIFY(yw::test::runLine(c, "save overview").ok);
        QCOMPARE(c.activePreset(), QStringLiteral("overview"));
        QVERIFY(!c.modified());

        // Change the wall, then save only the left half as a preset of its own.
        QVERIFY(yw::test::runLine(c, "close map").ok);
        QVERIFY(c.modified());
        QVERIFY(yw::test::runLine(c, "open left scenario 值班日报 on A1:B2").ok);
        QVERIFY(yw::test::runLine(c, "save left-half on A1:B2").ok);
        QVERIFY(yw::test::runLine(c, "recall overview").ok);
        QCOMPARE(windowIds(c), (QStringList{"main", "map"}));
        QVERIFY(!c.modified());
        // Recalling the half replaces what lies on A1:B2 (the wall-wide main window) only.
        QVERIFY(yw::test::runLine(c, "recall left-half").ok);
        QCOMPARE(windowIds(c), (QStringList{"map", "left"}));

        // (The layout kept as _last for a restart is not listed.)
        const WallReply presets = yw::test::runLine(c, "presets", ControlRole::Operate);
        QVERIFY(presets.ok);
        QCOMPARE(presets.text, QStringLiteral("left-half overview"));
        QVERIFY(yw::test::runLine(c, "move map at 100 100 800 450").ok);
        QCOMPARE(c.layout().window("map")->rectMm, QRectF(100, 100, 800, 450));
        QVERIFY(yw::test::runLine(c, "delete left-half").ok);
        QCOMPARE(yw::test::runLine(c, "recall left-half").code, QStringLiteral("unknown-preset"));

        QStringList names;
        for (const auto &args : events)
            names << args.at(0).toJsonObject().value("event").toString();
        QCOMPARE(names, (QStringList{"window-opened", "window-opened", "preset-saved", "window-closed", "window-opened",
                                     "preset-saved", "preset-recalled", "preset-recalled", "window-moved", "preset-deleted"}));
        QCOMPARE(events.last().at(0).toJsonObject().value("seq").toInt(), 10);
        QVERIFY(changed.size() >= 7);

        // A preset is kept in the database for every workstation: a second controller sees it.
        WallController other(m_config, host, *f.db, f.clock);
        QVERIFY(yw::test::runLine(other, "recall overview", ControlRole::Operate).ok);
        QCOMPARE(windowIds(other), (QStringList{"main", "map"}));
    }

    void refusalsChangeNothing()
    {
        yw::test::StoreFixture f;
        QVERIFY2(f.open(m_backend).isEmpty(), "fixture");
        yw::test::TestSceneHost host(m_config);
        WallController c(m_config, host, *f.db, f.clock);
        QVERIFY(yw::test::runLine(c, "open map map on A1").ok);
        const WallLayout before = c.layout();
        const struct
        {
            const char *line;
            const char *code;
        } cases[] = {
            {"recall nothing", "unknown-preset"},
            {"open x weather on A1", "unknown-scene"},
            {"open x scenario template:9-nothing on A1", "unknown-argument"},
            {"show 不存在的场景", "unknown-argument"},
            {"open x map on Z9", "unknown-monitor"},
            {"open x map at -500 0 100 100", "outside-wall"},
            {"open x map at 0 0 5 5", "outside-wall"},
            {"move nothing on A1", "unknown-window"},
            {"close nothing", "unknown-window"},
            {"save half on Q1", "unknown-monitor"},
            {"focus case 000000000000", "unknown-case"},
        };
        // The wall's own names are not clients'.
        QCOMPARE(yw::test::runLine(c, "save _last").code, QStringLiteral("syntax"));
        QCOMPARE(yw::test::runLine(c, "delete _last").code, QStringLiteral("syntax"));
        for (const auto &k : cases) {
            const WallReply r = yw::test::runLine(c, QString::fromUtf8(k.line));
            QVERIFY2(!r.ok, k.line);
            QCOMPARE(r.code, QLatin1String(k.code));
            QVERIFY(!r.text.isEmpty());
        }
        QCOMPARE(c.layout().windows, before.windows);
        // Operate tokens recall presets and read the state; nothing else.
        for (const char *line : {"open y map on A2", "close map", "save x", "mode night", "screenshot"}) {
            const WallReply r = yw::test::runLine(c, QLatin1String(line), ControlRole::Operate);
            QCOMPARE(r.code, QStringLiteral("forbidden"));
        }
        QCOMPARE(c.layout().windows, before.windows);
        QCOMPARE(host.screenshots, 0);
        // A preset whose scenario was removed since is refused whole.
        QVERIFY(yw::test::runLine(c, "show 值班日报 in s on A2").ok);
        QVERIFY(yw::test::runLine(c, "save daily").ok);
        QVERIFY(yw::test::runLine(c, "close s").ok);
        host.scenarios.removeAll(QStringLiteral("值班日报"));
        const WallLayout kept = c.layout();
        const WallReply r = yw::test::runLine(c, "recall daily");
        QCOMPARE(r.code, QStringLiteral("unknown-argument"));
        QVERIFY(r.text.contains(QLatin1String("window s")));
        QCOMPARE(c.layout().windows, kept.windows);
    }

    void focusModeScreenshotAndAudit()
    {
        yw::test::StoreFixture f;
        QVERIFY2(f.open(m_backend).isEmpty(), "fixture");
        yw::test::TestSceneHost host(m_config);
        WallController c(m_config, host, *f.db, f.clock);
        auto filed = f.cases->report(f.user(yw::core::Role::FieldInspector), yw::test::StoreFixture::garbageDraft());
        QVERIFY2(filed, qPrintable(filed ? QString() : filed.error().message));
        QVERIFY(yw::test::runLine(c, QStringLiteral("focus case %1").arg(filed.value().caseNumber)).ok);
        QCOMPARE(host.focused, QPointF(113.0107, 28.1893));
        host.hasMap = false;
        QCOMPARE(yw::test::runLine(c, "focus 113 28").code, QStringLiteral("no-map"));
        QSignalSpy mode(&c, &WallController::modeChanged);
        QVERIFY(yw::test::runLine(c, "mode night").ok);
        QCOMPARE(c.mode(), QStringLiteral("night"));
        QCOMPARE(mode.size(), 1);
        const WallReply shot = yw::test::runLine(c, "screenshot");
        QCOMPARE(shot.result.value("path").toString(), QStringLiteral("/tmp/wall-1.png"));
        const WallReply status = yw::test::runLine(c, "status", ControlRole::Operate);
        QVERIFY(status.text.startsWith(QLatin1String("preset=- mode=night windows=0 monitors=8/8")));
        QCOMPARE(status.result.value("monitors").toArray().size(), 8);

        QStringList audited;
        for (const auto &e : yw::store::AuditLog(*f.db).latest(50).value())
            if (e.action.startsWith(QLatin1String("wall.")))
                audited.prepend(e.login + " " + e.action + " " + e.detail.section(QStringLiteral("→ "), 1));
        // Reading the state is not written down; everything else is, refusals too.
        QCOMPARE(audited, (QStringList{"wall:tester wall.focus OK", "wall:tester wall.focus no-map",
                                       "wall:tester wall.mode OK", "wall:tester wall.screenshot OK"}));
    }
};

QTEST_GUILESS_MAIN(TestWallController)
#include "tst_wallcontroller.moc"
