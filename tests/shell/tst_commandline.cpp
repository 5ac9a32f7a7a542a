// yiwang and yiwang-admin run as processes, on both backends: migrate, check, users, the
// screenshot of the signed-in shell, and bad input: foreign, corrupt, too-new and unreachable
// databases and wrong passwords, each with a clear message, a non-zero exit and nothing written.
#include "migrator.h"
#include "testbackend.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
    QString all() const { return out + err; }
};

Run run(const QString &program, const QStringList &args, const QString &password = {},
        const QByteArray &stdinData = {}, int timeoutMs = 60000)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("YIWANG_PASSWORD"));
    if (!password.isNull())
        env.insert(QStringLiteral("YIWANG_PASSWORD"), password);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForStarted())
        return {};
    p.write(stdinData);
    p.closeWriteChannel();
    Run r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

Run admin(const QStringList &args, const QString &password = {}, const QByteArray &in = {})
{
    return run(QStringLiteral(YIWANG_ADMIN_BIN), args, password, in);
}

Run yiwang(const QStringList &args, const QString &password = {})
{
    return run(QStringLiteral(YIWANG_BIN), args, password);
}

QByteArray digest(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

int colourCount(const QImage &img)
{
    QSet<QRgb> colours;
    for (int y = 0; y < img.height(); y += 4)
        for (int x = 0; x < img.width(); x += 4)
            colours.insert(img.pixel(x, y));
    return int(colours.size());
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

    yw::test::TestBackend m_backend;

private slots:
    void initTestCase()
    {
        const QString err = m_backend.setUp();
        QVERIFY2(err.isEmpty(), qPrintable(err));
        qInfo() << "backend:" << m_backend.name();
    }
    void cleanupTestCase() { m_backend.tearDown(); }

    void migrateCheckAndUsers()
    {
        const QString db = m_backend.freshSpec();
        Run r = admin({"migrate", "--db", db});
        QVERIFY2(r.code == 0, qPrintable(r.all()));
        const int latest = yw::store::Migrator::latestVersion();
        QVERIFY(latest >= 7);
        QVERIFY2(r.out.contains(QStringLiteral("schema version 0 -> %1").arg(latest)), qPrintable(r.out));
        r = admin({"migrate", "--db", db}); // idempotent
        QVERIFY2(r.code == 0 && r.out.contains(QStringLiteral("schema version %1 -> %1").arg(latest)), qPrintable(r.all()));
        r = admin({"check", "--db", db});
        QVERIFY2(r.code == 0, qPrintable(r.all()));
        QVERIFY(r.out.contains("integrity: ok"));
        QVERIFY2(r.out.contains("areas: 743"), qPrintable(r.out)); // Changsha: 1 + 5 + 77 + 660
        QVERIFY(!r.out.contains(yw::test::PgCluster::kPassword));  // never print the password

        // A weak or missing password is refused; nobody is created.
        r = admin({"user", "add", "--db", db, "--login", "li.na", "--roles", "Dispatcher"}, {},
                  "short\n");
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("password"), qPrintable(r.err));
        r = admin({"user", "add", "--db", db, "--login", "li.na", "--name", "李娜", "--roles",
                   "dispatcher,ShiftLeader", "--scope", "430102"},
                  {}, "good-passphrase-1\n");
        QVERIFY2(r.code == 0, qPrintable(r.all()));
        r = admin({"user", "add", "--db", db, "--login", "li.na", "--roles", "Dispatcher"},
                  "another-passphrase-3");
        QCOMPARE(r.code, 1); // the login is taken
        r = admin({"user", "add", "--db", db, "--login", "x", "--roles", "Wizard"},
                  "another-passphrase-3");
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("unknown role 'Wizard'"));
        r = admin({"user", "list", "--db", db});
        QVERIFY2(r.code == 0, qPrintable(r.all()));
        QVERIFY2(r.out.contains("li.na\t李娜\tDispatcher,ShiftLeader\t430102\tactive"),
                 qPrintable(r.out));
        QVERIFY(!r.out.contains("argon2")); // hashes stay in the database

        r = admin({"user", "passwd", "--db", db, "--login", "li.na"}, "new-passphrase-2");
        QVERIFY2(r.code == 0, qPrintable(r.all()));
        r = admin({"user", "passwd", "--db", db, "--login", "nobody"}, "new-passphrase-2");
        QCOMPARE(r.code, 1);

        // The client signs in with the new password and renders the shell.
        const QString png = m_backend.tempPath(m_backend.name() + "-shell.png");
        r = yiwang({"--db", db, "--user", "li.na", "--screenshot", png}, "new-passphrase-2");
        QVERIFY2(r.code == 0, qPrintable(r.all()));
        QImage shot(png);
        QVERIFY(!shot.isNull());
        QCOMPARE(shot.size(), QSize(1600, 900));
        QVERIFY2(colourCount(shot) > 30, "the screenshot looks blank");
        const QString en = m_backend.tempPath(m_backend.name() + "-shell-en.png");
        r = yiwang({"--db", db, "--user", "li.na", "--lang", "en", "--module", "overview",
                    "--screenshot", en},
                   "new-passphrase-2");
        QVERIFY2(r.code == 0, qPrintable(r.all()));
        QVERIFY(QImage(en) != shot); // another language, another picture

        r = yiwang({"--db", db, "--user", "li.na", "--screenshot", png},
                   "good-passphrase-1"); // the old one
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains("wrong login or password", Qt::CaseInsensitive) ||
                     r.err.contains("密码"),
                 qPrintable(r.err));
    }

    void firstStartBuildsTheDemoCity()
    {
        // The embedded database: the same in both runs.
        // A new user: no --db and nothing in the data folder.
        const QString home = m_backend.tempPath("home");
        QVERIFY(QDir().mkpath(home));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("HOME", home);
        env.insert("XDG_DATA_HOME", home + "/.local/share");
        env.insert("QT_QPA_PLATFORM", "offscreen");
        p.setProcessEnvironment(env);
        const QString png = m_backend.tempPath("first-start.png");
        p.start(YIWANG_BIN, {"--demo", "small", "--screenshot", png});
        QVERIFY(p.waitForFinished(300000));
        QCOMPARE(p.exitCode(), 0);
        const QString db = home + "/.local/share/Yiwang/yiwang/yiwang.sqlite";
        QVERIFY2(QFile::exists(db), qPrintable(QString::fromUtf8(p.readAllStandardError())));
        Run r = admin({"check", "--db", db});
        QVERIFY2(r.code == 0, qPrintable(r.all()));
        QVERIFY2(r.out.contains("cases: 6600"), qPrintable(r.out));
        // The second start opens it as it is.
        p.start(YIWANG_BIN, {"--screenshot", png});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(!QString::fromUtf8(p.readAllStandardOutput()).contains("built the demo city"));
        QCOMPARE(yiwang({"--demo", "medium", "--db", db, "--screenshot", png}).code, 2);
    }

    // The first training start copies the embedded database (masked, marked); the two kinds of
    // client refuse each other's database with a sentence and exit 1; yiwang-admin training create.
    void trainingDatabasesAndTheirGuards()
    {
        const QString home = m_backend.tempPath("home");
        const QString production = home + "/.local/share/Yiwang/yiwang/yiwang.sqlite";
        QVERIFY(QFile::exists(production)); // firstStartBuildsTheDemoCity made it
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("HOME", home);
        env.insert("XDG_DATA_HOME", home + "/.local/share");
        env.insert("QT_QPA_PLATFORM", "offscreen");
        p.setProcessEnvironment(env);
        const QString png = m_backend.tempPath("training.png");
        p.start(YIWANG_BIN, {"--training", "--screenshot", png});
        QVERIFY(p.waitForFinished(300000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(p.exitCode() == 0, qPrintable(out + QString::fromUtf8(p.readAllStandardError())));
        QVERIFY2(out.contains("made the training database"), qPrintable(out));
        const QString training = home + "/.local/share/Yiwang/yiwang/training.sqlite";
        QVERIFY(QFile::exists(training));
        QVERIFY(QImage(png).width() > 0);

        const Run refused = yiwang({"--db", training, "--screenshot", png});
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains("yiwang --training"), qPrintable(refused.all())); // the sentence, in zh_CN
        const Run refused2 = yiwang({"--training", "--db", production, "--screenshot", png});
        QCOMPARE(refused2.code, 1);
        QVERIFY2(refused2.err.contains("yiwang-admin training create"), qPrintable(refused2.all()));

        const QString made = m_backend.tempPath("made-training.sqlite");
        const Run create = admin({"training", "create", "--from", production, "--out", made});
        QVERIFY2(create.code == 0, qPrintable(create.all()));
        QVERIFY2(create.out.contains("personal data masked"), qPrintable(create.out));
        QCOMPARE(admin({"training", "create", "--from", production, "--out", made}).code, 1); // exists
        QCOMPARE(admin({"training", "create", "--out", made}).code, 2);
        QVERIFY2(admin({"check", "--db", made}).code == 0, "check");
        // Exported geodata of a training database says so in every feature.
        const QString csv = m_backend.tempPath("training-cases.csv");
        const Run exported = admin({"export", "--db", made, "--layer", "cases", "--out", csv});
        QVERIFY2(exported.code == 0, qPrintable(exported.all()));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(f.readLine()).contains("training"));
        QVERIFY(QString::fromUtf8(f.readLine()).contains(QStringLiteral("实训数据 TRAINING")));
    }

    void usageErrors()
    {
        QCOMPARE(admin({}).code, 2);
        QCOMPARE(admin({"frobnicate"}).code, 2);
        const Run r = admin({"check"});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("--db is required"));
        QCOMPARE(yiwang({"--lang", "fr", "--screenshot", m_backend.tempPath("x.png")}).code, 2);
        QCOMPARE(admin({"user", "list", "--db", "postgresql://nohost"}).code,
                 1); // no database name
    }

    void outOfDateAndNewerSchemas()
    {
        const QString db = m_backend.freshSpec();
        // An empty database is not up to date.
        if (!m_backend.isPostgres()) {
            Run r = admin({"check", "--db", db});
            QCOMPARE(r.code, 1); // the file does not exist: check never creates it
            QVERIFY(!QFile::exists(db));
        }
        QCOMPARE(admin({"migrate", "--db", db}).code, 0);
        {
            // A newer program wrote this database.
            QSqlDatabase raw = m_backend.isPostgres() ? QSqlDatabase::addDatabase("QPSQL", "raw")
                                                      : QSqlDatabase::addDatabase("QSQLITE", "raw");
            if (m_backend.isPostgres()) {
                const QUrl url(db);
                raw.setHostName(url.host());
                raw.setPort(url.port());
                raw.setUserName(url.userName());
                raw.setPassword(url.password());
                raw.setDatabaseName(url.path().mid(1));
            } else {
                raw.setDatabaseName(db);
            }
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec("UPDATE yw_meta SET value = '99' WHERE key = 'schema_version'"));
            q.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase("raw");
        const QByteArray before = m_backend.isPostgres() ? QByteArray() : digest(db);
        Run r = admin({"check", "--db", db});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("schema-too-new") && r.err.contains("99"), qPrintable(r.err));
        r = admin({"migrate", "--db", db});
        QCOMPARE(r.code, 1);
        r = yiwang({"--db", db, "--screenshot", m_backend.tempPath("newer.png")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("99"), qPrintable(r.err));
        QVERIFY(QFile::exists(m_backend.tempPath("newer.png"))); // the error screen was rendered
        if (!m_backend.isPostgres())
            QCOMPARE(digest(db), before);
    }

    void foreignAndCorruptFiles()
    {
        // Files given as the database: the same in both runs.
        // A text file given as the database.
        const QString notes = m_backend.tempPath("notes.txt");
        {
            QFile f(notes);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray("城管值班记录\n").repeated(500));
        }
        const QByteArray notesDigest = digest(notes);
        Run r = admin({"check", "--db", notes});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("foreign-database"), qPrintable(r.err));
        r = admin({"migrate", "--db", notes});
        QCOMPARE(r.code, 1);
        r = yiwang({"--db", notes, "--screenshot", m_backend.tempPath("foreign.png")});
        QCOMPARE(r.code, 1);
        QCOMPARE(digest(notes), notesDigest);

        // Another program's SQLite database.
        const QString other = m_backend.tempPath("other.sqlite");
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase("QSQLITE", "other");
            raw.setDatabaseName(other);
            QVERIFY(raw.open());
            QSqlQuery(raw).exec("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)");
            raw.close();
        }
        QSqlDatabase::removeDatabase("other");
        const QByteArray otherDigest = digest(other);
        r = admin({"migrate", "--db", other});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("foreign-database"), qPrintable(r.err));
        QCOMPARE(digest(other), otherDigest);

        // A Yiwang database with damaged pages.
        const QString db = m_backend.tempPath("damaged.sqlite");
        QCOMPARE(admin({"migrate", "--db", db}).code, 0);
        {
            QFile f(db);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.size() > 64 * 1024);
            f.seek(f.size() / 2);
            f.write(QByteArray(16 * 1024, '\x5a'));
        }
        const QByteArray damaged = digest(db);
        r = admin({"check", "--db", db});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("corrupt"), qPrintable(r.err));
        QCOMPARE(digest(db), damaged);
    }

    void unreachableServerAndWrongPassword()
    {
        // A server is needed in both runs: this one's, or a cluster of its own.
        yw::test::TestBackend own(true);
        yw::test::TestBackend &server = m_backend.isPostgres() ? m_backend : own;
        if (&server == &own)
            QVERIFY(own.setUp().isEmpty());
        // Nothing listens on port 1.
        Run r = admin({"check", "--db", "postgresql://yw@127.0.0.1:1/yiwang"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("database-unavailable"), qPrintable(r.err));
        r = yiwang({"--db", "postgresql://yw@127.0.0.1:1/yiwang", "--screenshot",
                    m_backend.tempPath("down.png")});
        QCOMPARE(r.code, 1);

        const QString db = server.freshSpec();
        QUrl wrong(db);
        wrong.setPassword("not-the-password");
        r = admin({"migrate", "--db", wrong.toString()});
        QCOMPARE(r.code, 1);
        QVERIFY(!r.err.contains("not-the-password")); // the password is never echoed
        r = admin({"check", "--db", db});
        QCOMPARE(r.code, 1); // still empty: the failed migrate wrote nothing
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
