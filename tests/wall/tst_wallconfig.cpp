// The wall file: the shipped examples read (a regular 4×2 wall and an irregular one with turned
// panels), wall coordinates with the bezels kept (what lies behind a frame is not on any
// picture), the processor's desktop, and every kind of bad file refused with all its problems
// named at once.
#include "wallconfig.h"
#include "walllayout.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace yw::wall;

namespace {
QJsonObject monitor(const QString &id, double x, double y, double w = 1209.6, double h = 680.4)
{
    return {{"id", id}, {"x", x}, {"y", y}, {"width", w}, {"height", h}, {"bezel", 1.75},
            {"resolution", QJsonArray{1920, 1080}}};
}

QByteArray wall(const QJsonArray &monitors, const QJsonObject &extra = {})
{
    QJsonObject o{{"schemaVersion", 1}, {"id", "t"}, {"monitors", monitors}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        o.insert(it.key(), it.value());
    return QJsonDocument(o).toJson();
}

QString problems(const QByteArray &json)
{
    auto c = WallConfig::parse(json);
    return c ? QString() : c.error().message;
}
} // namespace

class TestWallConfig : public QObject
{
    Q_OBJECT
private slots:
    void regularWall()
    {
        auto c = WallConfig::load(QStringLiteral(YW_EXAMPLES_DIR "/wall-4x2.json"));
        QVERIFY2(c, qPrintable(c ? QString() : c.error().message));
        const WallConfig &w = c.value();
        QCOMPARE(w.id(), QStringLiteral("hall"));
        QCOMPARE(w.monitors().size(), 8);
        QCOMPARE(w.output(), WallConfig::Output::Desktop);
        // 4 × (1209.6 + 3.5) mm by 2 × (680.4 + 3.5) mm, frames included.
        QVERIFY(qAbs(w.extentMm().width() - 4852.4) < 0.01);
        QVERIFY(qAbs(w.extentMm().height() - 1367.8) < 0.01);
        QVERIFY(qAbs(w.pixelsPerMm() - 1920 / 1209.6) < 1e-9);
        // The pictures do not touch: 3.5 mm of frame between neighbours is behind no picture.
        const WallMonitor *a1 = w.monitor(QStringLiteral("A1"));
        const WallMonitor *a2 = w.monitor(QStringLiteral("A2"));
        QVERIFY(a1 && a2);
        QVERIFY(qAbs(a2->activeMm.left() - a1->activeMm.right() - 3.5) < 0.01);
        QVERIFY(qAbs(a1->activeMm.left() - 1.75) < 0.01);
        // The processor's desktop tiles the outputs without gaps.
        QCOMPARE(w.desktopSize(), QSize(7680, 2160));
        QCOMPARE(w.monitor(QStringLiteral("B3"))->desktop, QPoint(3840, 1080));
        // Loopback and both demo tokens.
        QCOMPARE(w.bind(), QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(w.tcp().port, quint16(7010));
        QCOMPARE(w.tokens().size(), 2);
        QCOMPARE(w.tokens().at(0).role, ControlRole::Operate);
        QCOMPARE(w.tokens().at(1).sha256.toHex(), WallConfig::hashToken(QStringLiteral("demo-control-token")).toLatin1());
        // A window across A1:B2 covers the two pictures and the frame between them.
        const QRectF r = WallLayout::monitorsRect({QStringLiteral("A1"), QStringLiteral("B2")}, w);
        QCOMPARE(r.topLeft(), a1->activeMm.topLeft());
        QCOMPARE(r.bottomRight(), w.monitor(QStringLiteral("B2"))->activeMm.bottomRight());
        QVERIFY(WallLayout::monitorsRect({QStringLiteral("Z9")}, w).isEmpty());
    }

    void thePublishedSchemaSaysWhatThisVersionReads()
    {
        QFile file(QStringLiteral(YW_RESOURCES_DIR "/wall/wall.schema.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject schema = QJsonDocument::fromJson(file.readAll()).object();
        QVERIFY(schema["title"].toString().contains(QLatin1String("schema version 1")));
        QStringList parts = schema["properties"].toObject().keys();
        parts.sort();
        QCOMPARE(parts, QStringList({"account", "alarm", "control", "id", "monitors", "name", "output", "playlists", "rules",
                                     "schemaVersion", "screenshotDir"}));
        // Every kind of rule the schema names is one the reader takes.
        for (const QString &when : schema["properties"]["rules"]["items"]["properties"]["when"]["properties"].toObject().keys()) {
            if (when == "above" || when == "below" || when == "everySeconds")
                continue;
            QJsonObject w{{when, when == "supervision" ? QJsonValue(3) : when == "sensorAlarm" ? QJsonValue(true)
                                 : when == "schedule" ? QJsonValue(QJsonObject{{"from", "07:00"}, {"to", "08:00"}})
                                                      : QJsonValue(QJsonObject{{"dataset", "cases"}})}};
            if (when == "source")
                w.insert("above", 1);
            auto rule = WallRule::fromJson({{"name", "r"}, {"when", w}, {"mode", "night"}}, "r");
            QVERIFY2(rule, qPrintable(when + ": " + (rule ? QString() : rule.error().message)));
        }
        // The example wall's rules and playlist read.
        auto example = WallConfig::load(QStringLiteral(YW_EXAMPLES_DIR "/wall-4x2.json"));
        QCOMPARE(example.value().rules().size(), 5);
        QCOMPARE(example.value().playlists().first().presets.size(), 3);
        QCOMPARE(example.value().alarmDismissSeconds(), 120);
    }

    void irregularWall()
    {
        auto c = WallConfig::load(QStringLiteral(YW_EXAMPLES_DIR "/wall-irregular.json"));
        QVERIFY2(c, qPrintable(c ? QString() : c.error().message));
        const WallMonitor *left = c.value().monitor(QStringLiteral("L"));
        QVERIFY(left);
        QCOMPARE(left->rotation, 90);
        QCOMPARE(left->resolution, QSize(1080, 1920));
        QCOMPARE(left->outputResolution(), QSize(1920, 1080));
        QCOMPARE(c.value().output(), WallConfig::Output::Screens);
        // The portrait panels hang lower than the block: the wall is as tall as they are.
        QVERIFY(c.value().extentMm().height() > 1409);
    }

    void overlappingMonitors()
    {
        const QString p = problems(wall({monitor("A1", 0, 0), monitor("A2", 1200, 0)}));
        QVERIFY2(p.contains(QLatin1String("monitors A1 and A2 overlap")), qPrintable(p));
        // Frames that touch are fine, as is half a millimetre of measuring error.
        QVERIFY(problems(wall({monitor("A1", 1.75, 1.75), monitor("A2", 1214.85 - 0.4, 1.75)})).isEmpty());
    }

    void impossibleMonitorsAllNamed()
    {
        QJsonObject squashed = monitor("B1", 0, 800);
        squashed.insert("resolution", QJsonArray{1080, 1920}); // portrait pixels on a landscape panel
        QJsonObject turned = monitor("B2", 1300, 800);
        turned.insert("rotation", 45);
        QJsonObject tiny = monitor("B3", 2600, 800, -5, 680);
        const QString p = problems(wall({monitor("A1", 0, 0), monitor("A1", 1300, 0), squashed, turned, tiny}));
        QVERIFY2(p.contains(QLatin1String("the id is used twice")), qPrintable(p));
        QVERIFY2(p.contains(QLatin1String("are not square")), qPrintable(p));
        QVERIFY2(p.contains(QLatin1String("rotation is 0, 90, 180 or 270")), qPrintable(p));
        QVERIFY2(p.contains(QLatin1String("monitor B3: width must be")), qPrintable(p));
        QVERIFY2(p.contains(QLatin1String("4 problem(s)")), qPrintable(p));
    }

    void badFiles_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("problem");
        QTest::newRow("not json") << QByteArray("{monitors: [") << "not JSON";
        QTest::newRow("array") << QByteArray("[]") << "a JSON object";
        QTest::newRow("no monitors") << wall({}) << "at least one monitor";
        QTest::newRow("bad id") << QByteArray(R"({"schemaVersion":1,"id":"Hall Main","monitors":[]})") << "id must be";
        QTest::newRow("schema") << QByteArray(R"({"schemaVersion":2,"id":"h"})") << "schemaVersion must be 1";
        QTest::newRow("output") << wall({monitor("A1", 0, 0)}, {{"output", "projector"}}) << "output is";
        QTest::newRow("bind") << wall({monitor("A1", 0, 0)}, {{"control", QJsonObject{{"bind", "anywhere"}}}})
                              << "control.bind is an IP address";
        QTest::newRow("port without token") << wall({monitor("A1", 0, 0)}, {{"control", QJsonObject{{"tcp", 7010}}}})
                                            << "no token may use it";
        QTest::newRow("same port") << wall({monitor("A1", 0, 0)},
                                           {{"control", QJsonObject{{"tcp", 7010}, {"http", 7010}}}})
                                   << "port 7010 is given to two transports";
        QTest::newRow("plain token") << wall({monitor("A1", 0, 0)},
                                             {{"control", QJsonObject{{"tokens", QJsonArray{QJsonObject{
                                                                                    {"name", "x"},
                                                                                    {"role", "control"},
                                                                                    {"sha256", "secret"}}}}}}})
                                     << "sha256 is the token's SHA-256";
        QTest::newRow("role") << wall({monitor("A1", 0, 0)},
                                      {{"control", QJsonObject{{"tokens", QJsonArray{QJsonObject{
                                                                             {"name", "x"},
                                                                             {"role", "admin"},
                                                                             {"sha256", QString(64, '0')}}}}}}})
                              << "role is";
        QTest::newRow("huge wall") << wall({monitor("A1", 0, 0), monitor("A2", 30000, 0)}) << "at most 32768";
    }

    void badFiles()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, problem);
        const QString p = problems(json);
        QVERIFY2(p.contains(problem), qPrintable(p));
    }

    void missingFile()
    {
        auto c = WallConfig::load(QStringLiteral("/nonexistent/wall.json"));
        QVERIFY(!c);
        QVERIFY(c.error().message.contains(QLatin1String("/nonexistent/wall.json")));
    }

    void explicitDesktopMustNotOverlap()
    {
        QJsonObject a = monitor("A1", 0, 0), b = monitor("A2", 1300, 0);
        a.insert("desktop", QJsonArray{0, 0});
        b.insert("desktop", QJsonArray{1000, 0});
        const QString p = problems(wall({a, b}, {{"output", "desktop"}}));
        QVERIFY2(p.contains(QLatin1String("overlap on the processor's desktop")), qPrintable(p));
    }
};

QTEST_GUILESS_MAIN(TestWallConfig)
#include "tst_wallconfig.moc"
