// The control protocol's commands: every verb from a line and from JSON gives the same value,
// quoting, the roles a verb needs, and bad commands refused with a usage line, never crashing.
#include "wallcommand.h"
#include "wallreply.h"

#include <QJsonArray>
#include <QTest>

using namespace yw::wall;
using Verb = WallCommand::Verb;

class TestWallCommand : public QObject
{
    Q_OBJECT
private slots:
    void linesAndJsonAgree()
    {
        struct Case
        {
            QString line;
            QJsonObject json;
        };
        const QList<Case> cases = {
            {"status", {{"command", "status"}}},
            {"RECALL day", {{"command", "recall"}, {"preset", "day"}}},
            {"save \"night shift\" on A1:A2", {{"command", "save"}, {"preset", "night shift"}, {"monitors", QJsonArray{"A1", "A2"}}}},
            {"open main scenario template:2-typhoon-emergency on A1:B4",
             {{"command", "open"}, {"window", "main"}, {"scene", "scenario"}, {"argument", "template:2-typhoon-emergency"},
              {"monitors", QJsonArray{"A1", "B4"}}}},
            {"open m map at 10 20 300.5 400",
             {{"command", "open"}, {"window", "m"}, {"scene", "map"}, {"rect", QJsonArray{10, 20, 300.5, 400}}}},
            {"move m on B1,B3", {{"command", "move"}, {"window", "m"}, {"monitors", QJsonArray{"B1", "B3"}}}},
            {"close m", {{"command", "close"}, {"window", "m"}}},
            {"show \"防汛 指挥\" in left on A1", {{"command", "show"}, {"scenario", "防汛 指挥"}, {"window", "left"},
                                               {"monitors", QJsonArray{"A1"}}}},
            {"focus 112.98 28.19 16", {{"command", "focus"}, {"lon", 112.98}, {"lat", 28.19}, {"zoom", 16}}},
            {"focus case 202611230001", {{"command", "focus"}, {"case", "202611230001"}}},
            {"mode night", {{"command", "mode"}, {"mode", "night"}}},
            {"watch on", {{"command", "watch"}, {"on", true}}},
            {"auth \"a \\\"quoted\\\" token\"", {{"command", "auth"}, {"token", "a \"quoted\" token"}}},
        };
        for (const Case &c : cases) {
            auto fromLine = WallCommand::fromLine(c.line);
            auto fromJson = WallCommand::fromJson(c.json);
            QVERIFY2(fromLine, qPrintable(c.line + ": " + (fromLine ? QString() : fromLine.error().message)));
            QVERIFY2(fromJson, qPrintable(c.line + ": " + (fromJson ? QString() : fromJson.error().message)));
            const WallCommand &a = fromLine.value(), &b = fromJson.value();
            QCOMPARE(a.verb, b.verb);
            QCOMPARE(a.summary(), b.summary());
            QCOMPARE(a.token, b.token);
            QCOMPARE(a.watch, b.watch);
        }
        const WallCommand show = WallCommand::fromLine(QStringLiteral("show \"防汛 指挥\" in left on A1")).value();
        QCOMPARE(show.argument, QStringLiteral("防汛 指挥"));
        QCOMPARE(show.window, QStringLiteral("left"));
        QCOMPARE(show.monitors, QStringList{QStringLiteral("A1")});
        const WallCommand open = WallCommand::fromLine(QStringLiteral("open m map at 10 20 300.5 400")).value();
        QCOMPARE(*open.rectMm, QRectF(10, 20, 300.5, 400));
        QVERIFY(open.argument.isEmpty());
    }

    void roles()
    {
        for (const char *line : {"status", "presets", "recall day", "watch on", "help"})
            QCOMPARE(WallCommand::fromLine(QLatin1String(line)).value().roleNeeded(), ControlRole::Operate);
        for (const char *line : {"save day", "delete day", "open a map on A1", "close a", "mode night", "screenshot",
                                 "focus 113 28", "show x"})
            QCOMPARE(WallCommand::fromLine(QLatin1String(line)).value().roleNeeded(), ControlRole::Control);
    }

    void badCommands_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("problem");
        QTest::newRow("empty") << "   " << "empty line";
        QTest::newRow("unknown") << "reboot now" << "there is no command reboot";
        QTest::newRow("unclosed") << "recall \"day" << "quote is not closed";
        QTest::newRow("recall without name") << "recall" << "usage: recall";
        QTest::newRow("status with words") << "status please" << "usage: status";
        QTest::newRow("open without place") << "open a map" << "usage: open";
        QTest::newRow("at with words") << "open a map at 1 2 three 4" << "four numbers";
        QTest::newRow("focus nonsense") << "focus north east" << "usage: focus";
        QTest::newRow("focus off earth") << "focus 500 28" << "lon and lat";
        QTest::newRow("zoom") << "focus 113 28 99" << "zoom is 3 to 20";
        QTest::newRow("mode") << "mode dusk" << "mode is day or night";
        QTest::newRow("watch") << "watch maybe" << "usage: watch";
        QTest::newRow("long name") << "recall " + QString(65, 'x') << "1 to 64 printable";
        QTest::newRow("control char") << QStringLiteral("recall a\x01b") << "printable";
        QTest::newRow("move where") << "move a on" << "usage: move";
    }

    void badCommands()
    {
        QFETCH(QString, line);
        QFETCH(QString, problem);
        auto c = WallCommand::fromLine(line);
        QVERIFY2(!c, qPrintable(line));
        QVERIFY2(c.error().message.contains(problem), qPrintable(c.error().message));
    }

    void badJson()
    {
        QVERIFY(!WallCommand::fromJson({}));
        QVERIFY(!WallCommand::fromJson({{"command", 7}}));
        QVERIFY(!WallCommand::fromJson({{"command", "open"}, {"window", "a"}, {"scene", "map"},
                                        {"monitors", QJsonArray{"A1"}}, {"rect", QJsonArray{1, 2, 3, 4}}}));
        QVERIFY(!WallCommand::fromJson({{"command", "open"}, {"window", "a"}, {"scene", "map"}, {"rect", QJsonArray{1, 2, 3}}}));
        QVERIFY(!WallCommand::fromJson({{"command", "open"}, {"window", "a"}, {"scene", "map"}, {"rect", QJsonArray{1, 2, 3, "4"}}}));
        QVERIFY(!WallCommand::fromJson({{"command", "watch"}, {"on", "yes"}}));
        QVERIFY(!WallCommand::fromJson({{"command", "auth"}, {"token", QString(300, 't')}}));
    }

    void repliesAreOneLine()
    {
        QCOMPARE(WallReply::failure("unknown-preset", "there is no\npreset x").toLine(),
                 QStringLiteral("ERR unknown-preset there is no preset x"));
        QCOMPARE(WallReply::success("recalled day").toLine(), QStringLiteral("OK recalled day"));
        const QJsonObject j = WallReply::failure("forbidden", "no").toJson(7);
        QCOMPARE(j.value("id").toInt(), 7);
        QCOMPARE(j.value("ok").toBool(), false);
        QCOMPARE(j.value("error").toString(), QStringLiteral("forbidden"));
    }
};

QTEST_GUILESS_MAIN(TestWallCommand)
#include "tst_wallcommand.moc"
