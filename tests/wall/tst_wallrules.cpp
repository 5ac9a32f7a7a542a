// The wall's rules and playlists on the case database (both backends): day and night by the
// wall's clock, a case supervised to level 3 at another workstation (through the change feed), a
// sensor's new alarm reading, a figure crossing its threshold (fired on crossing, not while it
// stays across), alarm pop-ups acknowledged or gone by themselves, playlists moving on by the
// clock and stopped by a hand on the wall; everything in the audit log.
#include "../store/storefixture.h"
#include "auditlog.h"
#include "changefeed.h"
#include "devicedatawriter.h"
#include "testscenehost.h"
#include "wallcontroller.h"
#include "wallruleengine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPromise>
#include <QSignalSpy>

using namespace yw::wall;

namespace {
const QTimeZone kCity(8 * 3600);

WallConfig wallWithRules()
{
    QFile f(QStringLiteral(YW_EXAMPLES_DIR "/wall-4x2.json"));
    f.open(QIODevice::ReadOnly);
    QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    o.remove(QStringLiteral("control"));
    const QJsonArray rules{
        QJsonObject{{"name", "白天"}, {"when", QJsonObject{{"schedule", QJsonObject{{"from", "07:00"}, {"to", "22:00"}}}}},
                    {"recall", "day"}, {"mode", "day"}},
        QJsonObject{{"name", "夜间"}, {"when", QJsonObject{{"schedule", QJsonObject{{"from", "22:00"}, {"to", "07:00"}}}}},
                    {"recall", "night"}, {"mode", "night"}},
        QJsonObject{{"name", "三级督办"}, {"when", QJsonObject{{"supervision", 3}}}, {"recall", "supervision"}, {"alarm", true}},
        QJsonObject{{"name", "积水报警"}, {"when", QJsonObject{{"sensorAlarm", QJsonArray{"water_level_sensor"}}}},
                    {"alarm", true}},
        QJsonObject{{"name", "在办过多"}, {"when", QJsonObject{{"source", QJsonObject{{"dataset", "cases"}}}, {"above", 10},
                                                             {"everySeconds", 60}}},
                    {"alarm", true}},
    };
    o.insert("rules", rules);
    o.insert("playlists", QJsonArray{QJsonObject{{"name", "轮播"}, {"presets", QJsonArray{"day", "night", "gone"}},
                                                 {"intervalSeconds", 30}}});
    o.insert("alarm", QJsonObject{{"autoDismissSeconds", 120}});
    auto c = WallConfig::parse(QJsonDocument(o).toJson());
    if (!c)
        qFatal("%s", qPrintable(c.error().message));
    return c.value();
}


QStringList eventNames(const QSignalSpy &spy)
{
    QStringList out;
    for (const auto &e : spy)
        out << e.at(0).toJsonObject().value("event").toString();
    return out;
}
} // namespace

class TestWallRules : public QObject
{
    Q_OBJECT
    yw::test::TestBackend m_backend;
    WallConfig m_config = wallWithRules();

private slots:
    void initTestCase() { QVERIFY2(m_backend.setUp().isEmpty(), "cluster"); }
    void cleanupTestCase() { m_backend.tearDown(); }

    void ruleFiles()
    {
        QCOMPARE(m_config.rules().size(), 5);
        QCOMPARE(m_config.rules().at(0).kind, WallRule::Kind::Schedule);
        QVERIFY(m_config.rules().at(1).covers(QTime(23, 30), 3));
        QVERIFY(m_config.rules().at(1).covers(QTime(6, 59), 4));
        QVERIFY(!m_config.rules().at(1).covers(QTime(7, 0), 4));
        auto bad = WallRule::fromJson(QJsonObject{{"name", "x"}, {"when", QJsonObject{{"supervision", 5}}}, {"alarm", true}},
                                      "rules[0]");
        QVERIFY(!bad);
        QVERIFY(bad.error().message.contains(QLatin1String("level from 1 to 3")));
        QVERIFY(!WallRule::fromJson(QJsonObject{{"name", "x"}, {"when", QJsonObject{{"supervision", 3}}}}, "r"));
        QVERIFY(!WallRule::fromJson(QJsonObject{{"name", "x"}, {"when", QJsonObject{{"weather", "rain"}}}, {"alarm", true}}, "r"));
    }

    void scheduleSupervisionSensorAndThreshold()
    {
        yw::test::StoreFixture f;
        QVERIFY2(f.open(m_backend).isEmpty(), "fixture");
        f.clock.set(QDateTime(QDate(2026, 11, 23), QTime(21, 59, 30), kCity));
        yw::test::TestSceneHost host(m_config);
        WallController c(m_config, host, *f.db, f.clock);
        // Presets the rules recall.
        QVERIFY(yw::test::runLine(c, "open a map on A1").ok);
        QVERIFY(yw::test::runLine(c, "save day").ok);
        QVERIFY(yw::test::runLine(c, "open b map on A2").ok);
        QVERIFY(yw::test::runLine(c, "save night").ok);
        QVERIFY(yw::test::runLine(c, "open s map on B1:B4").ok);
        QVERIFY(yw::test::runLine(c, "save supervision").ok);
        QSignalSpy events(&c, &WallController::event);

        // The figure: a list of values the test hands out.
        QList<double> figures{5, 12, 13, 8, 15};
        auto reader = [&figures](const QJsonObject &) {
            QPromise<yw::core::Result<double>> p;
            p.start();
            p.addResult(yw::core::Result<double>(figures.isEmpty() ? 0 : figures.takeFirst()));
            p.finish();
            return p.future();
        };
        yw::store::ChangeFeed feed(std::move(f.db->openAnother().value()));
        QVERIFY(feed.start());
        WallRuleEngine engine(m_config, c, *f.db, f.clock, kCity, reader);
        QSignalSpy read(&engine, &WallRuleEngine::thresholdRead);
        engine.start(&feed);
        // 21:59:30: the day schedule is in force at once.
        QCOMPARE(engine.schedule(), QStringLiteral("白天"));
        QCOMPARE(c.activePreset(), QStringLiteral("day"));
        QCOMPARE(c.mode(), QStringLiteral("day"));
        QCOMPARE(c.activeRule(), QStringLiteral("白天"));
        f.clock.set(QDateTime(QDate(2026, 11, 23), QTime(22, 0, 1), kCity));
        engine.tick();
        QCOMPARE(engine.schedule(), QStringLiteral("夜间"));
        QCOMPARE(c.activePreset(), QStringLiteral("night"));
        QCOMPARE(c.mode(), QStringLiteral("night"));

        // The threshold (10 open cases): 5 at start, nothing; then 12: fired once; 13: no more.
        QVERIFY(read.wait(5000));
        QCOMPARE(figures.size(), 4);
        QCOMPARE(c.alarms().size(), 0);
        for (int i = 0; i < 2; ++i) {
            f.clock.advance(61);
            engine.tick();
            QVERIFY(read.wait(5000));
        }
        QCOMPARE(c.alarms().size(), 1);
        QCOMPARE(c.alarms().first().rule, QStringLiteral("在办过多"));
        QVERIFY(c.alarms().first().detail.contains(QLatin1String("12")));
        // Down to 8, then across again at 15: fired again.
        for (int i = 0; i < 2; ++i) {
            f.clock.advance(61);
            engine.tick();
            QVERIFY(read.wait(5000));
        }
        // (The first goes by itself: up for more than two minutes of the wall's clock.)
        c.tick();
        QCOMPARE(eventNames(events).count("alarm-raised"), 2);
        QCOMPARE(eventNames(events).count("alarm-dismissed"), 1);
        QCOMPARE(c.alarms().size(), 1);
        QVERIFY(c.alarms().first().detail.contains(QLatin1String("15")));
        QVERIFY(yw::test::runLine(c, "ack all", ControlRole::Operate).ok);
        QCOMPARE(c.alarms().size(), 0);

        // Another workstation supervises a case three times: the third is the wall's rule.
        auto filed = f.cases->report(f.user(yw::core::Role::FieldInspector), yw::test::StoreFixture::garbageDraft());
        QVERIFY(filed);
        yw::core::CaseRecord k = filed.value();
        // Accepted and filed: under way, so it can be supervised.
        for (auto [role, action] : {std::pair{yw::core::Role::IntakeOperator, yw::core::CaseAction::Accept},
                                    std::pair{yw::core::Role::ShiftLeader, yw::core::CaseAction::File}}) {
            auto s = f.cases->act(f.user(role), k.id, k.version, action, {});
            QVERIFY2(s, qPrintable(s ? QString() : s.error().message));
            k = s.value();
        }
        for (int level = 1; level <= 3; ++level) {
            auto s = f.cases->act(f.user(yw::core::Role::Leader), k.id, k.version, yw::core::CaseAction::Supervise,
                                  {QStringLiteral("尽快处理"), 0, 0, 0, 0, {}});
            QVERIFY2(s, qPrintable(s ? QString() : s.error().message));
            k = s.value();
        }
        QTRY_VERIFY_WITH_TIMEOUT(c.alarms().size() == 1, 10000);
        const WallAlarm alarm = c.alarms().first();
        QCOMPARE(alarm.rule, QStringLiteral("三级督办"));
        QVERIFY(alarm.detail.contains(k.caseNumber));
        QVERIFY(alarm.hasPlace);
        QCOMPARE(c.activePreset(), QStringLiteral("supervision"));
        QCOMPARE(c.activeRule(), QStringLiteral("三级督办"));
        QCOMPARE(yw::test::runLine(c, QStringLiteral("ack %1").arg(alarm.id), ControlRole::Operate).text, QStringLiteral("acknowledged 1"));
        QCOMPARE(yw::test::runLine(c, "ack 999").code, QStringLiteral("unknown-alarm"));

        // A water-level sensor's alarm reading: the pop-up, where the sensor is.
        yw::store::DeviceDataWriter devices(*f.db);
        QVERIFY(devices.addDevice({QStringLiteral("WL-1"), QStringLiteral("water_level_sensor"), QStringLiteral("五一大道积水"),
                                   113.0, 28.19, QString(), QString(), 0, QStringLiteral("{}")}));
        QVERIFY(devices.addDevice({QStringLiteral("GAS-1"), QStringLiteral("gas_sensor"), QStringLiteral("燃气"), 113.0, 28.19,
                                   QString(), QString(), 0, QStringLiteral("{}")}));
        QVERIFY(devices.addReading(QStringLiteral("GAS-1"), f.clock.now().toMSecsSinceEpoch() + 1000, 9, true));
        QVERIFY(devices.addReading(QStringLiteral("WL-1"), f.clock.now().toMSecsSinceEpoch() + 1000, 42, true));
        QVERIFY(devices.flush());
        f.clock.advance(3);
        engine.tick();
        QCOMPARE(c.alarms().size(), 1); // the gas sensor is not of the rule's kinds
        QCOMPARE(c.alarms().first().rule, QStringLiteral("积水报警"));
        QVERIFY(c.alarms().first().detail.contains(QStringLiteral("五一大道积水")));
        // Left alone, it goes after two minutes.
        f.clock.advance(121);
        c.tick();
        QCOMPARE(c.alarms().size(), 0);
        const QStringList told = eventNames(events);
        QVERIFY(told.contains("alarm-raised") && told.contains("alarm-acknowledged") && told.contains("alarm-dismissed"));
        QVERIFY(told.contains("rule-fired"));

        QStringList audited;
        for (const auto &e : yw::store::AuditLog(*f.db).latest(100).value())
            if (e.action == QLatin1String("wall.rule"))
                audited.prepend(e.login);
        QCOMPARE(audited, (QStringList{"rule:白天", "rule:夜间", "rule:在办过多", "rule:在办过多", "rule:三级督办", "rule:积水报警"}));
    }

    void playlists()
    {
        yw::test::StoreFixture f;
        QVERIFY2(f.open(m_backend).isEmpty(), "fixture");
        yw::test::TestSceneHost host(m_config);
        WallController c(m_config, host, *f.db, f.clock);
        QVERIFY(yw::test::runLine(c, "open a map on A1").ok);
        QVERIFY(yw::test::runLine(c, "save day").ok);
        QVERIFY(yw::test::runLine(c, "open b map on A2").ok);
        QVERIFY(yw::test::runLine(c, "save night").ok);
        QCOMPARE(yw::test::runLine(c, "playlist start 没有").code, QStringLiteral("unknown-playlist"));
        QCOMPARE(yw::test::runLine(c, "playlist start 轮播", ControlRole::Operate).code, QStringLiteral("forbidden"));
        QVERIFY(yw::test::runLine(c, "playlist start 轮播").ok);
        QCOMPARE(c.playlist(), QStringLiteral("轮播"));
        QCOMPARE(c.activePreset(), QStringLiteral("day"));
        f.clock.advance(31);
        c.tick();
        QCOMPARE(c.activePreset(), QStringLiteral("night"));
        // "gone" was never saved: passed over, back to day.
        f.clock.advance(31);
        c.tick();
        QCOMPARE(c.activePreset(), QStringLiteral("day"));
        QCOMPARE(c.playlist(), QStringLiteral("轮播"));
        // A hand on the wall stops the playlist.
        QVERIFY(yw::test::runLine(c, "close a").ok);
        QVERIFY(c.playlist().isEmpty());
        f.clock.advance(31);
        c.tick();
        QCOMPARE(c.activePreset(), QStringLiteral("day"));
        QVERIFY(yw::test::runLine(c, "playlist stop").ok);
    }
};

QTEST_GUILESS_MAIN(TestWallRules)
#include "tst_wallrules.moc"
