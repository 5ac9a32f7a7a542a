// The training module in the shell window: only a training client lists it; the trainer's
// console prepares seats for two trainees, runs them at 60×, sees a trainee's action and score
// live and writes the debrief as a PDF; the trainee's desk shows the trainer's notice; and every
// module's screen of a training client carries the training banner and watermark.
#include "demoscale.h"
#include "democitybuilder.h"
#include "exercisecatalog.h"
#include "historyreplay.h"
#include "exerciseclock.h"
#include "exercisecases.h"
#include "exercisereader.h"
#include "localization.h"
#include "platform.h"
#include "quickitems.h"
#include "registeredmodules.h"
#include "scorereport.h"
#include "seatservices.h"
#include "shellcontroller.h"
#include "traineedesk.h"
#include "trainingconsole.h"
#include "trainingdatabasemaker.h"
#include "trainingroom.h"
#include "trainingworkspace.h"
#include "userrepository.h"

#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtTest>

Q_IMPORT_QML_PLUGIN(Yiwang_ShellPlugin)
Q_IMPORT_QML_PLUGIN(Yiwang_UiPlugin)

using namespace yw;
using namespace yw::core;
using namespace yw::shell;
using namespace yw::trainingmodule;

namespace {

struct Workstation
{
    std::unique_ptr<Platform> platform;
    ModuleHost host;
    std::unique_ptr<ShellController> controller;
    std::unique_ptr<QQmlApplicationEngine> engine;

    QString open(const store::DatabaseLocation &where, const Clock &clock, bool training, const QString &login)
    {
        Platform::Options o;
        o.workstation = QStringLiteral("training-ws");
        o.training = training;
        auto p = Platform::create(where, clock, o);
        if (!p)
            return p.error().message;
        platform = std::move(p.value());
        for (auto &m : createRegisteredModules())
            host.add(std::move(m));
        host.initialize(platform->context());
        if (auto s = platform->session().signIn(login, QStringLiteral("Yiwang2026")); !s)
            return s.error().message;
        host.startAll();
        controller = std::make_unique<ShellController>(platform.get(), &host, QString(),
                                                       QStringLiteral("training"), QStringLiteral("zh_CN"));
        engine = std::make_unique<QQmlApplicationEngine>();
        engine->addImportPath(QStringLiteral("qrc:/"));
        engine->load(QUrl(QStringLiteral("qrc:/Yiwang/Ui/Main.qml")));
        if (engine->rootObjects().isEmpty())
            return QStringLiteral("Main.qml failed to load");
        return QTest::qWaitForWindowExposed(window()) ? QString() : QStringLiteral("no window");
    }
    QQuickWindow *window() const { return qobject_cast<QQuickWindow *>(engine->rootObjects().constFirst()); }
    TrainingWorkspace *workspace() const
    {
        Module *m = host.find(QStringLiteral("training"));
        return m ? qobject_cast<TrainingWorkspace *>(m->workspaceBackend()) : nullptr;
    }
    ~Workstation()
    {
        engine.reset();
        controller.reset();
        host.shutdown();
    }
};

// The banner's orange across the top, and the watermark over the screen: the same screen
// rendered without the mark differs in a good share of its pixels below the banner.
QString trainingMarkOn(QQuickWindow *window)
{
    const QImage shot = window->grabWindow();
    const QColor banner = shot.pixelColor(shot.width() / 3, 4);
    if (!(banner.red() > 150 && banner.green() > 60 && banner.green() < 120 && banner.blue() < 40))
        return QStringLiteral("no banner (%1)").arg(banner.name());
    QQuickItem *mark = yw::test::findItem(window->contentItem(), QStringLiteral("trainingMark"));
    if (!mark)
        return QStringLiteral("no mark item");
    mark->setOpacity(0);
    QTest::qWait(50);
    const QImage bare = window->grabWindow();
    mark->setOpacity(1);
    int differ = 0, samples = 0;
    for (int y = 40; y < shot.height(); y += 4)
        for (int x = 0; x < shot.width(); x += 4, ++samples)
            differ += shot.pixel(x, y) != bare.pixel(x, y) ? 1 : 0;
    return differ * 100 >= samples * 3 ? QString()
                                        : QStringLiteral("no watermark (%1 of %2 samples differ)").arg(differ).arg(samples);
}

} // namespace

class TestTrainingModule : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    Localization m_localization;
    store::DatabaseLocation m_sandbox;

private slots:
    void initTestCase()
    {
        // The controls as the program shows them (app/yiwang/qtquickcontrols2.conf).
        qputenv("QT_QUICK_CONTROLS_STYLE", "Material");
        qputenv("QT_QUICK_CONTROLS_MATERIAL_THEME", "Dark");
        qputenv("QT_QUICK_CONTROLS_MATERIAL_ACCENT", "#2f9bff");
        qputenv("QT_QUICK_CONTROLS_MATERIAL_PRIMARY", "#10223c");
        qputenv("QT_QUICK_CONTROLS_MATERIAL_BACKGROUND", "#0a1628");
        qputenv("QT_QUICK_CONTROLS_MATERIAL_FOREGROUND", "#e8f0fb");
        QVERIFY(m_localization.install(QStringLiteral("zh_CN")));
        m_sandbox = store::DatabaseLocation::sqliteFile(m_dir.filePath(QStringLiteral("training.sqlite")));
        auto db = store::Database::open(m_sandbox, store::Database::OpenMode::CreateIfMissing).value();
        demo::DemoCityBuilder::Options o;
        o.scale = demo::DemoScale::small();
        o.end = QDateTime::currentDateTimeUtc();
        QVERIFY(demo::DemoCityBuilder::build(*db, o, {}));
        QVERIFY(training::TrainingDatabaseMaker::prepare(*db, QStringLiteral("demo city")));
        QVERIFY(training::TrainingDatabaseMaker::addDemoAccounts(*db, o.password));
    }

    // The catalog: the four shipped exercises, a file of the center's own added and selected,
    // a file that is no exercise refused with the reason.
    void catalogOpensFiles()
    {
        ExerciseCatalog catalog;
        QCOMPARE(catalog.exercises()->rowCount(), 4);
        QCOMPARE(catalog.selected(), 0);
        QFile own(m_dir.filePath(QStringLiteral("own.json")));
        QVERIFY(own.open(QIODevice::WriteOnly));
        QFile shipped(QStringLiteral(":/yiwang/training/exercises/2-typhoon-afternoon.json"));
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        own.write(shipped.readAll().replace("\"typhoon-afternoon\"", "\"own-typhoon\""));
        own.close();
        QVERIFY(catalog.addFile(QUrl::fromLocalFile(own.fileName())));
        QCOMPARE(catalog.exercises()->rowCount(), 5);
        QCOMPARE(catalog.selected(), 4);
        QCOMPARE(catalog.selectedRow().exerciseId, QStringLiteral("own-typhoon"));
        QVERIFY(catalog.problem().isEmpty());
        QFile junk(m_dir.filePath(QStringLiteral("junk.json")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("{\"not\": \"an exercise\"}");
        junk.close();
        QVERIFY(!catalog.addFile(QUrl::fromLocalFile(junk.fileName())));
        QVERIFY(!catalog.problem().isEmpty());
        QCOMPARE(catalog.exercises()->rowCount(), 5);
        QVERIFY(!catalog.addFile(QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("absent.json")))));
    }

    // A production client does not list the training module (nor does it open the sandbox).
    void productionClientsHaveNoTraining()
    {
        const auto production = store::DatabaseLocation::sqliteFile(m_dir.filePath(QStringLiteral("prod.sqlite")));
        {
            auto db = store::Database::open(production, store::Database::OpenMode::CreateIfMissing).value();
            demo::DemoCityBuilder::Options o;
            o.scale = demo::DemoScale::small();
            o.end = QDateTime::currentDateTimeUtc();
            QVERIFY(demo::DemoCityBuilder::build(*db, o, {}));
        }
        SystemClock clock;
        Workstation w;
        QVERIFY2(w.open(production, clock, false, QStringLiteral("shift1")).isEmpty(), "workstation");
        QCOMPARE(w.controller->modules()->indexOf(QStringLiteral("training")), -1);
        QVERIFY(w.controller->modules()->indexOf(QStringLiteral("dispatch")) >= 0);
        QVERIFY(!w.controller->isTraining());
        Workstation refused;
        QVERIFY(refused.open(m_sandbox, clock, false, QStringLiteral("shift1")).contains(QStringLiteral("training")));
    }

    void consoleRunsTwoSeats()
    {
        SystemClock clock;
        Workstation w;
        QVERIFY2(w.open(m_sandbox, clock, true, QStringLiteral("trainer")).isEmpty(), "workstation");
        QVERIFY(w.controller->isTraining());
        TrainingWorkspace *ws = w.workspace();
        QVERIFY(ws && !ws->isSeat());
        TrainingConsole *console = ws->console();
        QVERIFY(console->mayRun());
        QCOMPARE(ws->catalog()->exercises()->rowCount(), 4);
        QCOMPARE(console->trainees()->rowCount(), 6);
        console->toggleTrainee(QStringLiteral("trainee1"));
        console->toggleTrainee(QStringLiteral("trainee2"));
        console->prepare();
        QTRY_VERIFY_WITH_TIMEOUT(console->prepared() && !console->busy(), 60000);
        QCOMPARE(console->seats()->rowCount(), 2);
        console->setSpeed(60);
        QTRY_VERIFY_WITH_TIMEOUT(!console->busy(), 10000);
        console->run();
        QTRY_VERIFY_WITH_TIMEOUT(console->running() && console->minute() >= 3, 20000);

        // Trainee 1 takes c1 on their seat; the console sees it.
        training::ExerciseClock seatClock(clock);
        const auto seatAt = store::DatabaseLocation::sqliteFile(console->seats()->at(0).value<SeatRow>().location);
        QCOMPARE(seatAt.filePath(), training::TrainingRoom::seatLocation(m_sandbox, QStringLiteral("trainee1"), 1).filePath());
        auto seat = training::SeatServices::open(seatAt, seatClock).value();
        training::SeatClockFollower follower(seat->database(), seatClock);
        auto exercise = training::ExerciseReader(*seat).readFile(
            QStringLiteral(":/yiwang/training/exercises/1-morning-shift.json")).value();
        const User me = store::UserRepository(seat->database()).byLogin(QStringLiteral("trainee1")).value().user;
        auto run = store::TrainingSeatRepository(seat->database()).run().value();
        qint64 c1 = 0;
        QTRY_VERIFY_WITH_TIMEOUT((c1 = training::ExerciseCases::read(seat->database(), exercise, run->simStart)
                                           .value().caseOf(QStringLiteral("c1"))) > 0, 20000);
        auto c = seat->cases().get(c1).value();
        QVERIFY(seat->cases().act(me, c.id, c.version, CaseAction::Accept, {}));
        auto v = seat->cases().get(c1).value();
        QVERIFY(seat->cases().act(me, v.id, v.version, CaseAction::File, {}));
        QTRY_VERIFY_WITH_TIMEOUT(console->seats()->at(0).value<SeatRow>().actions == 2, 20000);
        QCOMPARE(console->seats()->at(1).value<SeatRow>().actions, 0);
        console->notifyAll(QStringLiteral("请注意"), QStringLiteral("十分钟后交班"));
        QTRY_VERIFY_WITH_TIMEOUT(!console->busy(), 10000);
        // A report of the trainer's own: a place that is no place is refused before it goes.
        console->injectReport(QStringLiteral("06010"), QStringLiteral("路口"), QStringLiteral("垃圾"));
        QVERIFY(!console->busy());
        QVERIFY(console->message().contains(QStringLiteral("112.985")));
        const int openBefore = console->seats()->at(1).value<SeatRow>().openCases;
        console->injectReport(QStringLiteral("06010"), QStringLiteral("112.986，28.196"), QStringLiteral("路口垃圾"));
        QTRY_VERIFY_WITH_TIMEOUT(console->seats()->at(1).value<SeatRow>().openCases == openBefore + 1, 10000);
        console->pause();
        QTRY_VERIFY_WITH_TIMEOUT(!console->running(), 10000);

        // The debrief of trainee 1, on screen and as a PDF; their board as it stands.
        console->selectSeat(0);
        QTRY_VERIFY_WITH_TIMEOUT(console->queue()->rowCount() >= 1, 10000);
        bool filed = false;
        for (int i = 0; i < console->queue()->rowCount(); ++i) {
            const auto row = console->queue()->at(i).value<QueueRow>();
            filed = filed || (row.itemId == QLatin1String("c1") && row.stateName == displayName(CaseState::Filed));
        }
        QVERIFY(filed);
        QTRY_VERIFY_WITH_TIMEOUT(ws->report()->hasScore(), 10000);
        QVERIFY(ws->report()->debrief()->rowCount() >= 2);
        const QString pdf = m_dir.filePath(QStringLiteral("debrief.pdf"));
        QVERIFY2(ws->report()->exportPdf(QUrl::fromLocalFile(pdf)), qPrintable(ws->report()->message()));
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");

        QTest::qWait(1500);
        const QImage shot = w.window()->grabWindow();
        if (qEnvironmentVariableIsSet("YW_SCREENSHOT_DIR"))
            shot.save(QDir(qEnvironmentVariable("YW_SCREENSHOT_DIR")).filePath(QStringLiteral("training.png")));
        const QString mark = trainingMarkOn(w.window());
        QVERIFY2(mark.isEmpty(), qPrintable(mark));

        // The trainee's own workstation: the seat as a training client, the desk with the notice.
        Workstation trainee;
        training::ExerciseClock traineeClock(clock);
        QVERIFY2(trainee.open(seatAt, traineeClock, true, QStringLiteral("trainee1")).isEmpty(), "trainee");
        // As yiwang --training does: the workstation keeps to its seat's exercise clock.
        training::SeatClockFollower traineeFollower(trainee.platform->database(), traineeClock);
        QCOMPARE(traineeClock.now().secsTo(seatClock.now()), 0);
        TrainingWorkspace *desk = trainee.workspace();
        QVERIFY(desk && desk->isSeat());
        QTRY_VERIFY_WITH_TIMEOUT(desk->desk()->notices()->rowCount() > 0, 10000);
        QCOMPARE(desk->desk()->notices()->at(0).value<NoticeRow>().title, QStringLiteral("请注意"));
        QVERIFY(!desk->desk()->exerciseTitle().isEmpty());
        QVERIFY(desk->desk()->minute() >= 3 && desk->desk()->minute() <= console->durationMinutes());
        QTest::qWait(300);
        if (qEnvironmentVariableIsSet("YW_SCREENSHOT_DIR"))
            trainee.window()->grabWindow().save(
                QDir(qEnvironmentVariable("YW_SCREENSHOT_DIR")).filePath(QStringLiteral("training-desk.png")));
        const QString deskMark = trainingMarkOn(trainee.window());
        QVERIFY2(deskMark.isEmpty(), qPrintable(deskMark));
        // A console opened again takes the room's seats up.
        {
            Workstation again;
            QVERIFY2(again.open(m_sandbox, clock, true, QStringLiteral("trainer")).isEmpty(), "again");
            TrainingConsole *reopened = again.workspace()->console();
            QTRY_VERIFY_WITH_TIMEOUT(reopened->prepared(), 20000);
            QCOMPARE(reopened->seats()->rowCount(), 2);
            QCOMPARE(reopened->exerciseTitle(), console->exerciseTitle());
            QVERIFY(!reopened->running());
        }
        console->endExercise();
        QTRY_VERIFY_WITH_TIMEOUT(console->ended(), 10000);
        // Reset: the same exercise and trainees on new seats, back at minute 0.
        console->reset();
        QTRY_VERIFY2_WITH_TIMEOUT(!console->busy() && console->prepared() && !console->ended(),
                                  qPrintable(console->message()), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(console->minute() == 0 && console->seats()->rowCount() == 2
                                     && console->seats()->at(0).value<SeatRow>().actions == 0, 10000);
        // New files: the old seat, still open here, was not written over.
        QCOMPARE(console->seats()->at(0).value<SeatRow>().location,
                 training::TrainingRoom::seatLocation(m_sandbox, QStringLiteral("trainee1"), 2).filePath());
    }

    // Yesterday replayed on the sandbox: the board at noon, a jump, playing on at 3600×.
    void replayADay()
    {
        SystemClock clock;
        Workstation w;
        QVERIFY2(w.open(m_sandbox, clock, true, QStringLiteral("trainer")).isEmpty(), "workstation");
        HistoryReplay *replay = w.workspace()->replay();
        QQuickItem *tabs = yw::test::findItem(w.window()->contentItem(), QStringLiteral("trainingTabs"));
        QVERIFY(tabs);
        tabs->setProperty("currentIndex", 1);
        const QDate yesterday = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Asia/Shanghai")).date().addDays(-1);
        replay->load(QStringLiteral("not a day"));
        QVERIFY(!replay->problem().isEmpty());
        replay->load(yesterday.toString(Qt::ISODate));
        QTRY_VERIFY_WITH_TIMEOUT(replay->loaded(), 30000);
        QCOMPARE(replay->minute(), 0);
        replay->seek(12 * 60);
        QCOMPARE(replay->timeText(), QStringLiteral("12:00"));
        QVERIFY(replay->openCount() > 0);
        QCOMPARE(replay->board()->rowCount(), replay->openCount());
        QVERIFY(replay->reportedCount() > 0);
        replay->advance(3600);
        QCOMPARE(replay->minute(), 13 * 60);
        QSignalSpy moved(replay, &HistoryReplay::positionChanged);
        replay->setSpeed(3600);
        replay->play();
        QTRY_VERIFY_WITH_TIMEOUT(replay->minute() >= 13 * 60 + 30, 10000);
        replay->pause();
        QVERIFY(moved.size() >= 2);
        replay->seek(10 * 60);
        QTest::qWait(1500); // the map's tiles
        if (qEnvironmentVariableIsSet("YW_SCREENSHOT_DIR"))
            w.window()->grabWindow().save(QDir(qEnvironmentVariable("YW_SCREENSHOT_DIR")).filePath(QStringLiteral("training-replay.png")));
        const QString mark = trainingMarkOn(w.window());
        QVERIFY2(mark.isEmpty(), qPrintable(mark));
    }

    // Every module's screen of a training client carries the banner and the watermark.
    void everyScreenCarriesTheMark()
    {
        SystemClock clock;
        Workstation w;
        QVERIFY2(w.open(m_sandbox, clock, true, QStringLiteral("trainer")).isEmpty(), "workstation");
        const int modules = w.controller->modules()->rowCount();
        QVERIFY(modules >= 7);
        for (int i = 0; i < modules; ++i) {
            emit w.controller->moduleRequested(i);
            QTest::qWait(400);
            const QString mark = trainingMarkOn(w.window());
            QVERIFY2(mark.isEmpty(), qPrintable(QStringLiteral("module %1: %2").arg(i).arg(mark)));
        }
    }
};

QTEST_MAIN(TestTrainingModule)
#include "tst_trainingmodule.moc"
