// yiwang-admin scenario: a file imported and published, a newer one with parts this version does
// not know imported as the next draft (the notes printed, the parts kept on export), the history
// and the diff in words, and a broken file refused with the reason and nothing stored.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Run
{
    int code = -1;
    QString out, err;
};

Run admin(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(YIWANG_ADMIN_BIN), args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

void write(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}
} // namespace

class TestScenarioCommand : public QObject
{
    Q_OBJECT
private slots:
    void filesInAndOutWithTheirHistory()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath("city.sqlite");
        QCOMPARE(admin({"migrate", "--db", db}).code, 0);
        write(dir.filePath("v1.json"), R"({"schemaVersion": 1, "title": "台风应对",
            "canvas": {"width": 1920, "height": 1080},
            "widgets": [{"id": "c", "type": "clock", "x": 0, "y": 0, "width": 300, "height": 100}]})");
        Run r = admin({"scenario", "import", dir.filePath("v1.json"), "--db", db, "--publish", "for the typhoon"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains("published as revision 1"));

        write(dir.filePath("v2.json"), R"({"schemaVersion": 2, "title": "台风应对", "sparkles": true,
            "canvas": {"width": 1920, "height": 1080},
            "widgets": [{"id": "c", "type": "clock", "x": 40, "y": 0, "width": 300, "height": 100},
                        {"id": "r", "type": "radar", "x": 400, "y": 0, "width": 300, "height": 100}]})");
        r = admin({"scenario", "import", dir.filePath("v2.json"), "--db", db});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("newer Yiwang") && r.out.contains("'radar'") && r.out.contains("'sparkles'"),
                 qPrintable(r.out));
        QVERIFY(r.out.contains("draft version 2"));

        r = admin({"scenario", "history", "--db", db, "--name", "台风应对"});
        QVERIFY(r.out.contains("version 2") && r.out.contains("for the typhoon"));
        r = admin({"scenario", "diff", "--db", db, "--name", "台风应对", "--from", "1"});
        QCOMPARE(r.out.split('\n', Qt::SkipEmptyParts),
                 QStringList({"~ widget c: moved from (0, 0) to (40, 0)", "+ widget r: radar"}));

        // The draft exported keeps what this version did not know; revision 1 is the old file.
        QCOMPARE(admin({"scenario", "export", "--db", db, "--name", "台风应对", "--out", dir.filePath("out.json")}).code, 0);
        QFile out(dir.filePath("out.json"));
        QVERIFY(out.open(QIODevice::ReadOnly));
        const QJsonObject exported = QJsonDocument::fromJson(out.readAll()).object();
        QCOMPARE(exported["sparkles"].toBool(), true);
        QCOMPARE(exported["widgets"].toArray()[1].toObject()["type"].toString(), QStringLiteral("radar"));
        QCOMPARE(admin({"scenario", "export", "--db", db, "--name", "台风应对", "--revision", "1", "--out",
                        dir.filePath("r1.json")})
                     .code,
                 0);
        QFile r1(dir.filePath("r1.json"));
        QVERIFY(r1.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(r1.readAll())["widgets"].toArray().size(), 1);
    }

    void aBrokenFileIsRefusedWithTheReason()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath("city.sqlite");
        QCOMPARE(admin({"migrate", "--db", db}).code, 0);
        write(dir.filePath("bad.json"), R"({"schemaVersion": 1, "canvas": {"width": 1920, "height": 1080},
            "widgets": [{"id": "a", "type": "text", "x": 0, "y": 0, "width": 10, "height": 10},
                        {"id": "a", "type": "clock", "x": 0, "y": 0, "width": 10, "height": 10}]})");
        Run r = admin({"scenario", "import", dir.filePath("bad.json"), "--db", db, "--name", "x"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("'a' is used twice") && r.err.contains("nothing imported"), qPrintable(r.err));
        QCOMPARE(admin({"scenario", "list", "--db", db}).out, QString());
        QCOMPARE(admin({"scenario", "export", "--db", db, "--name", "x", "--out", dir.filePath("o.json")}).code, 1);
        QCOMPARE(admin({"scenario", "frobnicate", "--db", db}).code, 2);
    }
};

QTEST_GUILESS_MAIN(TestScenarioCommand)
#include "tst_scenariocommand.moc"
