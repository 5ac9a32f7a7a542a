// A case from report to close through the dispatch module, as each role would take it, with a
// second workstation on the same database that sees every change within a second, a conflict
// between the two that ends in a clear message and a reload, and the queue board rendered.
#include "casequeuemodel.h"
#include "democitybuilder.h"
#include "dispatchworkspace.h"
#include "dispatchmodule.h"
#include "intakedesk.h"
#include "localization.h"
#include "moduleworkstation.h"
#include "shellcontroller.h"
#include "testbackend.h"

#include <QImage>
#include <QQmlApplicationEngine>
#include <QTemporaryDir>
#include "quickitems.h"

#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>
#include <QTimeZone>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Yiwang_ShellPlugin)
Q_IMPORT_QML_PLUGIN(Yiwang_UiPlugin)

using namespace yw;
using namespace yw::core;

namespace {

using yw::test::findItem;

// A workstation with the dispatch workspace at hand.
struct Workstation : test::ModuleWorkstation
{
    dispatch::DispatchWorkspace *ws = nullptr;

    QString open(const store::DatabaseLocation &where, const Clock &clock, const QString &name)
    {
        if (QString err = ModuleWorkstation::open(where, clock, name); !err.isEmpty())
            return err;
        ws = ModuleWorkstation::backend<dispatch::DispatchWorkspace>("dispatch");
        return ws ? QString() : QStringLiteral("no dispatch workspace");
    }
    bool offers(const QString &action) const
    {
        for (const auto &c : ws->actions()->choices())
            if (c.key == action)
                return true;
        return false;
    }
};

// The shell window on a workstation, opened on the dispatch module.
struct DispatchWindow
{
    std::unique_ptr<shell::ShellController> controller;
    QQmlApplicationEngine engine; // destroyed before the controller its QML uses
    QQuickWindow *window = nullptr;

    bool open(Workstation &w)
    {
        controller = std::make_unique<shell::ShellController>(w.platform.get(), &w.host,
                                                              QString(), "dispatch", "zh_CN");
        engine.addImportPath("qrc:/");
        engine.load(QUrl("qrc:/Yiwang/Ui/Main.qml"));
        if (engine.rootObjects().isEmpty())
            return false;
        window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
        return window && QTest::qWaitForWindowExposed(window);
    }
};

} // namespace

class TestDispatchFlow : public QObject
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
        const QString built = test::buildSmallDemoCity(m_backend, m_location);
        QVERIFY2(built.isEmpty(), qPrintable(built));
    }
    void cleanupTestCase() { m_backend.tearDown(); }

    void fromReportToCloseOnTwoWorkstations()
    {
        Workstation a, b;
        QVERIFY2(a.open(m_location, m_clock, "受理席01").isEmpty(), "workstation A");
        QVERIFY2(b.open(m_location, m_clock, "派遣席02").isEmpty(), "workstation B");
        QVERIFY(b.as("shift2").isEmpty());

        // An inspector reports on patrol (through the case service, as the mobile client does).
        QVERIFY(a.as("inspector001").isEmpty());
        CaseRecord d;
        d.source = SourceChannel::Patrol;
        d.kind = TaxonomyKind::Matter;
        d.classCode = "06010";
        d.description = "识字里路口暴露垃圾";
        d.hasLocation = true;
        auto q = a.platform->database().exec(
            "SELECT min_lon, min_lat, max_lon, max_lat, code FROM area_shapes "
            "WHERE LENGTH(code) = 15 ORDER BY code LIMIT 1");
        QVERIFY(q && q.value().next());
        d.longitude = (q.value().value(0).toDouble() + q.value().value(2).toDouble()) / 2;
        d.latitude = (q.value().value(1).toDouble() + q.value().value(3).toDouble()) / 2;
        d.gridCode = q.value().value(4).toString();
        // An open statement keeps an old read snapshot on SQLite: the next write would fail.
        q.value().finish();
        d.communityCode = d.gridCode.left(12);
        d.streetCode = d.gridCode.left(9);
        d.districtCode = d.gridCode.left(6);
        auto reported = a.platform->context().cases->report(a.platform->session().user(), d);
        QVERIFY2(reported, qPrintable(reported.error().message));
        const qint64 id = reported->id;

        // Workstation B sees it in its queue within a second.
        QTRY_VERIFY_WITH_TIMEOUT(b.ws->queue()->model().rowOf(id) >= 0, 1500);

        auto step = [&](const QString &login, const QString &action, const QString &note,
                        CaseState expected) {
            QString err = a.as(login);
            if (!err.isEmpty())
                return err;
            a.ws->detail()->select(id);
            if (!a.offers(action))
                return QStringLiteral("%1 is not offered to %2 in state %3")
                    .arg(action, login, a.ws->detail()->summary().state);
            err = a.ws->actions()->act(action, note, 0);
            if (!err.isEmpty())
                return err;
            auto now = a.platform->context().cases->get(id);
            if (now->state != expected)
                return QStringLiteral("%1 led to %2").arg(action, enumKey(now->state));
            return QString();
        };
        QCOMPARE(step("intake01", "Accept", "", CaseState::PendingFiling), QString());
        QCOMPARE(step("shift1", "File", "", CaseState::Filed), QString());
        // The dispatcher is offered the routed owner: the district's sanitation centre.
        QVERIFY(a.as("dispatch01").isEmpty());
        a.ws->detail()->select(id);
        const qint64 owner = a.ws->detail()->summary().proposedDepartmentId;
        QVERIFY(owner > 0);
        QVERIFY2(
            a.ws->detail()->summary().proposedOwner.endsWith("环境卫生服务中心"),
            qPrintable(a.ws->detail()->summary().proposedOwner));
        QCOMPARE(step("dispatch01", "Dispatch", "", CaseState::Dispatched), QString());
        auto dept =
            a.platform->database().exec("SELECT code FROM departments WHERE id = ?", {owner});
        QVERIFY(dept && dept.value().next());
        const QString handler = "h-" + dept.value().value(0).toString().toLower();
        dept.value().finish();
        // Another department's handler cannot take it on: the action is not even offered.
        QVERIFY(a.as("h-c-water").isEmpty());
        a.ws->detail()->select(id);
        QVERIFY(a.ws->actions()->choices().isEmpty());
        QCOMPARE(step(handler, "DepartmentAccept", "", CaseState::Handling), QString());
        // Feedback needs an opinion.
        QVERIFY(a.as(handler).isEmpty());
        a.ws->detail()->select(id);
        QVERIFY(!a.ws->actions()->act("Feedback", "", 0).isEmpty());
        QCOMPARE(step(handler, "Feedback", "已清运", CaseState::Handled), QString());
        QCOMPARE(step("intake01", "SendCheck", "", CaseState::Checking), QString());
        QCOMPARE(step("inspector001", "CheckPass", "", CaseState::CheckPassed), QString());

        // Workstation B follows: the case is in its queue as CheckPassed.
        QTRY_VERIFY_WITH_TIMEOUT(
            b.ws->queue()->model().rowOf(id) >= 0 &&
                b.ws->queue()->model().caseAt(b.ws->queue()->model().rowOf(id))->state ==
                    CaseState::CheckPassed,
            1500);

        // Both shift leaders try to close it from the same version: one wins, the other is told.
        QVERIFY(a.as("shift1").isEmpty());
        a.ws->detail()->select(id);
        b.ws->detail()->select(id);
        QCOMPARE(a.ws->actions()->act("Close", "", 0), QString());
        const QString conflict = b.ws->actions()->act("Close", "", 0);
        QVERIFY2(conflict.contains("其他席位"), qPrintable(conflict));
        // B reloaded: it shows the case closed, and offers nothing more.
        QCOMPARE(b.ws->detail()->summary().state, displayName(CaseState::Closed));
        QVERIFY(b.ws->actions()->choices().isEmpty());
        // Closed cases leave both queues.
        QTRY_VERIFY_WITH_TIMEOUT(b.ws->queue()->model().rowOf(id) < 0, 1500);
        auto history = a.platform->context().cases->history(id);
        QCOMPARE(history->size(), 9); // the refused feedback without an opinion left no trace
        QCOMPARE(history->at(1).workstation, QStringLiteral("受理席01"));
    }

    // (Waits up to 3 s for the other workstation: the feed's latency is the benchmark's to
    // measure, and CI machines are loaded.)
    void boardMarksAndBatchActionsAreSharedByWorkstations()
    {
        Workstation a, b;
        QVERIFY2(a.open(m_location, m_clock, "受理席03").isEmpty(), "workstation A");
        QVERIFY2(b.open(m_location, m_clock, "派遣席04").isEmpty(), "workstation B");
        QVERIFY(a.as("intake03").isEmpty());
        QVERIFY(b.as("shift3").isEmpty());
        QList<qint64> ids;
        for (int i = 0; i < 3; ++i) {
            auto q = a.platform->database().exec(
                "SELECT min_lon, min_lat, max_lon, max_lat, code FROM area_shapes "
                "WHERE LENGTH(code) = 15 ORDER BY code LIMIT 1 OFFSET ?",
                {40 + i});
            QVERIFY(q && q.value().next());
            CaseRecord d;
            d.source = SourceChannel::Hotline12345;
            d.classCode = "06010";
            d.description = QStringLiteral("批量测试 %1").arg(i);
            d.hasLocation = true;
            d.longitude = (q.value().value(0).toDouble() + q.value().value(2).toDouble()) / 2;
            d.latitude = (q.value().value(1).toDouble() + q.value().value(3).toDouble()) / 2;
            d.gridCode = q.value().value(4).toString();
            auto r = a.platform->context().cases->report(a.platform->session().user(), d);
            QVERIFY2(r, qPrintable(r.error().message));
            ids << r->id;
        }
        QVERIFY(a.ws->refresh());
        QTRY_VERIFY_WITH_TIMEOUT(b.ws->queue()->model().rowOf(ids.last()) >= 0, 3000);

        // Acknowledge two at once on A: B shows who did it, and its "not acknowledged" view
        // leaves them out.
        a.ws->queue()->toggleChecked(ids[0]);
        a.ws->queue()->toggleChecked(ids[1]);
        QCOMPARE(a.ws->queue()->checkedCount(), 2);
        QCOMPARE(a.ws->actions()->acknowledge(), QString());
        auto marked = [&](qint64 id, int role) {
            return b.ws->queue()->model().index(b.ws->queue()->model().rowOf(id)).data(role);
        };
        QTRY_COMPARE_WITH_TIMEOUT(marked(ids[0], dispatch::CaseQueueModel::AcknowledgedByRole)
                                      .toString(),
                                  QStringLiteral("intake03"), 3000);
        QCOMPARE(marked(ids[1], dispatch::CaseQueueModel::AcknowledgedByRole).toString(),
                 QStringLiteral("intake03"));
        QCOMPARE(marked(ids[2], dispatch::CaseQueueModel::AcknowledgedByRole).toString(), QString());
        b.ws->queue()->setView("Unacknowledged");
        bool listed0 = false, listed2 = false;
        for (int row = 0; row < b.ws->queue()->rows()->rowCount(); ++row) {
            const qint64 id = b.ws->queue()->rows()->index(row, 0).data(dispatch::CaseQueueModel::CaseIdRole).toLongLong();
            listed0 |= id == ids[0];
            listed2 |= id == ids[2];
        }
        QVERIFY(!listed0 && listed2);
        b.ws->queue()->setView("All");

        // Mute and a note from B reach A; both are in the case history.
        b.ws->detail()->select(ids[2]);
        QCOMPARE(b.ws->actions()->mute(15), QString());
        QCOMPARE(b.ws->actions()->setNote("等待城管中队回电"), QString());
        QTRY_VERIFY_WITH_TIMEOUT(a.ws->queue()->model()
                                     .index(a.ws->queue()->model().rowOf(ids[2]))
                                     .data(dispatch::CaseQueueModel::MutedRole)
                                     .toBool(),
                                 3000);
        QTRY_COMPARE_WITH_TIMEOUT(a.ws->queue()->model()
                                      .index(a.ws->queue()->model().rowOf(ids[2]))
                                      .data(dispatch::CaseQueueModel::NoteRole)
                                      .toString(),
                                  QStringLiteral("等待城管中队回电"), 3000);
        QVERIFY(b.ws->actions()->mute(24 * 60 + 1).contains("1440")); // a day at most
        auto history = a.platform->context().cases->history(ids[2]);
        QStringList actions;
        for (const CaseEvent &e : history.value())
            actions << e.action;
        QCOMPARE(actions, QStringList({"Report", "Mute", "Note"}));
        // The case itself did not change: no version bump, no conflict for anyone.
        QCOMPARE(a.platform->context().cases->get(ids[2])->version, 1);

        // A department handler may not mark the board.
        QVERIFY(b.as("h-c-water").isEmpty());
        b.ws->detail()->select(ids[0]);
        QVERIFY(!b.ws->actions()->acknowledge().isEmpty());
        QVERIFY(b.as("shift3").isEmpty());

        // A batch: A ticks all three hotline reports and sends them to be verified; B had
        // already sent one, which is refused as a conflict while the other two go through.
        QVERIFY(b.ws->refresh());
        b.ws->detail()->select(ids[1]);
        QVERIFY(a.ws->refresh());
        for (qint64 id : ids)
            a.ws->queue()->toggleChecked(id);
        QCOMPARE(a.ws->queue()->checkedCount(), 3);
        QVERIFY(a.offers("SendVerify"));
        QVERIFY(b.as("intake04").isEmpty());
        b.ws->detail()->select(ids[1]);
        QCOMPARE(b.ws->actions()->act("SendVerify", "", 0), QString());
        const QString batch = a.ws->actions()->act("SendVerify", "", 0);
        QVERIFY2(batch.contains("2") && batch.contains("1"), qPrintable(batch));
        QCOMPARE(a.ws->queue()->checkedCount(), 0);
        for (qint64 id : ids)
            QCOMPARE(a.platform->context().cases->get(id)->state, CaseState::Verifying);
        QCOMPARE(a.platform->context().cases->get(ids[1])->version, 2); // sent once, by B
    }

    void intakeDeskFilesAndWarnsOfDuplicates()
    {
        Workstation a;
        QVERIFY(a.open(m_location, m_clock, "受理席03").isEmpty());
        QVERIFY(a.as("intake03").isEmpty());
        dispatch::IntakeDesk &desk = *a.ws->intake();
        desk.classSearch().setQuery("暴露垃圾");
        QVERIFY(desk.classSearch().rowCount() >= 1);
        QCOMPARE(desk.classSearch()
                     .data(desk.classSearch().index(0), dispatch::ClassSearchModel::CodeRole)
                     .toString(),
                 QStringLiteral("06010"));
        // Pinyin initials, as operators type them.
        desk.classSearch().setQuery("bllj");
        QVERIFY(desk.classSearch().rowCount() >= 1);
        QCOMPARE(desk.classSearch()
                     .data(desk.classSearch().index(0), dispatch::ClassSearchModel::CodeRole)
                     .toString(),
                 QStringLiteral("06010"));
        desk.classSearch().setQuery("0901");
        QVERIFY(desk.classSearch().rowCount() >= 1);
        auto q = a.platform->database().exec(
            "SELECT min_lon, min_lat, max_lon, max_lat FROM area_shapes "
            "WHERE LENGTH(code) = 15 ORDER BY code DESC LIMIT 1");
        QVERIFY(q && q.value().next());
        const QString place =
            QStringLiteral("%1, %2")
                .arg((q.value().value(0).toDouble() + q.value().value(2).toDouble()) / 2, 0, 'f', 7)
                .arg((q.value().value(1).toDouble() + q.value().value(3).toDouble()) / 2, 0, 'f',
                     7);
        q.value().finish();
        // The form, as the panel fills it.
        auto fill = [&](const QString &source, const QString &classCode, const QString &where,
                        const QString &description, const QStringList &photoUrls = {}) {
            desk.clear();
            desk.setSource(source);
            desk.setClassCode(classCode);
            desk.setPlace(where);
            desk.setDescription(description);
            desk.setPhotos(photoUrls);
        };
        fill("Hotline12345", "09006", place, "占道经营");
        QVERIFY2(desk.preview(), qPrintable(desk.result().error));
        QVERIFY(!desk.result().owner.isEmpty());
        QVERIFY(desk.duplicateRows().isEmpty());
        QVERIFY2(desk.submit(), qPrintable(desk.result().error));
        const dispatch::IntakeResult done = desk.result();
        QVERIFY(done.caseNumber.size() == 13);
        // Filed: the form is empty for the next call.
        QVERIFY(desk.place().isEmpty() && desk.classCode().isEmpty() && desk.description().isEmpty());
        // The same report again: the first is a duplicate candidate, 0 m away.
        fill("Hotline12345", "09006", place, "占道经营");
        QVERIFY(desk.preview());
        QCOMPARE(desk.duplicateRows().size(), 1);
        QCOMPARE(desk.duplicateRows().first().distance, 0);
        QCOMPARE(desk.duplicateRows().first().caseId, done.caseId);
        // The operator files it as a repeat: reported, then merged into the first, one step.
        const qint64 firstId = done.caseId;
        QVERIFY2(desk.submitAsDuplicate(firstId), qPrintable(desk.result().error));
        QCOMPARE(desk.result().mergedInto, done.caseNumber);
        auto merged = a.platform->context().cases->get(desk.result().caseId);
        QCOMPARE(merged->state, CaseState::Merged);
        QCOMPARE(merged->mergedInto, firstId);
        // Merging into a case that does not exist files nothing at all.
        // (Counted with statements that end at once: an SQLite statement left open keeps its
        // read snapshot, and the next write on the connection fails as "locked".)
        auto count = [&] {
            auto q = a.platform->database().exec("SELECT COUNT(*) FROM cases");
            return q && q.value().next() ? q.value().value(0).toInt() : -1;
        };
        const int before = count();
        fill("Hotline12345", "09006", place, "占道经营");
        QVERIFY(!desk.submitAsDuplicate(99999999));
        QVERIFY(!desk.result().error.isEmpty());
        QCOMPARE(desk.place(), place); // a refused report keeps its form
        QCOMPARE(count(), before);
        // Photos go with the report; a file that is not a photo stops it before anything is filed.
        QTemporaryDir photos;
        QImage img(80, 60, QImage::Format_RGB32);
        img.fill(Qt::darkGreen);
        QVERIFY(img.save(photos.filePath("scene.png")));
        QFile text(photos.filePath("notes.jpg"));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("just text");
        text.close();
        const QString scene = QUrl::fromLocalFile(photos.filePath("scene.png")).toString();
        const QString notes = QUrl::fromLocalFile(photos.filePath("notes.jpg")).toString();
        const int casesBefore = count();
        fill("Hotline12345", "09006", place, "带照片的上报", {scene, notes});
        QVERIFY(!desk.submit());
        QVERIFY(desk.result().error.contains("notes.jpg"));
        QCOMPARE(count(), casesBefore);
        fill("Hotline12345", "09006", place, "带照片的上报", {scene});
        QVERIFY2(desk.submit(), qPrintable(desk.result().error));
        const qint64 pictured = desk.result().caseId;
        a.ws->refresh();
        a.ws->detail()->select(pictured);
        QCOMPARE(a.ws->detail()->photoRows().rows().size(), 1);
        QVERIFY(QFile::exists(QUrl(a.ws->detail()->photoRows().rows().first().url).toLocalFile()));
        // And more from the board, for the selected case.
        QCOMPARE(a.ws->detail()->attach(QUrl::fromLocalFile(photos.filePath("scene.png"))), QString());
        QVERIFY(!a.ws->detail()->attach(QUrl::fromLocalFile(photos.filePath("notes.jpg"))).isEmpty());
        QCOMPARE(a.ws->detail()->photoRows().rows().size(), 2);
        // The new case reaches the queue.
        QTRY_VERIFY_WITH_TIMEOUT(a.ws->queue()->model().rowOf(done.caseId) >= 0, 1500);
        // A place by name: a community, by its name or its pinyin initials, gives a point inside it.
        auto community = a.platform->database().exec(
            "SELECT a.code, a.name FROM areas a WHERE a.level = 'Community' AND EXISTS "
            "(SELECT 1 FROM area_shapes s WHERE LENGTH(s.code) = 15 AND s.code LIKE a.code || '%') "
            "ORDER BY a.code LIMIT 1");
        QVERIFY(community && community.value().next());
        const QString communityCode = community.value().value(0).toString();
        const QString communityName = community.value().value(1).toString();
        community.value().finish();
        fill("Hotline12345", "06010", communityName, QString());
        QVERIFY2(desk.preview(), qPrintable(desk.result().error));
        QVERIFY2(desk.result().place.contains(communityCode), qPrintable(desk.result().place));
        // A word in many names asks for more; an unknown name says what to give instead.
        fill("Hotline12345", "06010", "社区", QString());
        QVERIFY(!desk.preview());
        // Bad input: a place that is nothing known, no class, outside the city.
        fill("Hotline12345", "09006", "不存在的地方", QString());
        QVERIFY(!desk.preview());
        fill("Hotline12345", QString(), place, QString());
        QVERIFY(!desk.preview());
        fill("Hotline12345", "09006", "116.39, 39.90", QString());
        QVERIFY(!desk.preview());
        QVERIFY2(desk.result().error.contains("116.39"), qPrintable(desk.result().error));
        // A component's code gives place and class.
        auto c = a.platform->database().exec(
            "SELECT id FROM components WHERE class_code = '01037' LIMIT 1");
        QVERIFY(c && c.value().next());
        const QString lamp = c.value().value(0).toString();
        c.value().finish();
        fill("Patrol", QString(), lamp, "路灯不亮");
        QVERIFY2(desk.preview(), qPrintable(desk.result().error));
        QCOMPARE(desk.result().className, QStringLiteral("路灯"));
    }

    void queueBoardRenders()
    {
        Workstation a;
        QVERIFY(a.open(m_location, m_clock, "大屏席").isEmpty());
        QVERIFY(a.as("shift1").isEmpty());
        DispatchWindow shell;
        QVERIFY(shell.open(a));
        QQuickWindow *window = shell.window;
        QQuickItem *list = nullptr;
        QTRY_VERIFY((list = findItem(window->contentItem(), "queueList")) != nullptr);
        QTRY_VERIFY(list->property("count").toInt() > 0);
        QCOMPARE(list->property("count").toInt(), a.ws->queue()->total());
        // The first row is selected, the detail shows its state in Chinese.
        QQuickItem *state = findItem(window->contentItem(), "selectedState");
        QVERIFY(state);
        QTRY_VERIFY(!state->property("text").toString().isEmpty());
        // Searching narrows the queue.
        QQuickItem *search = findItem(window->contentItem(), "queueSearch");
        QVERIFY(search);
        search->setProperty("text", "不可能出现的搜索词");
        QTRY_COMPARE(list->property("count").toInt(), 0);
        search->setProperty("text", "");
        QTRY_VERIFY(list->property("count").toInt() > 0);
        // Sorting by a column, and the same column again reverses it.
        auto firstNumber = [&] {
            return a.ws->queue()->rows()->index(0, 0).data(dispatch::CaseQueueModel::CaseNumberRole).toString();
        };
        auto lastNumber = [&] {
            return a.ws->queue()->rows()
                ->index(a.ws->queue()->rows()->rowCount() - 1, 0)
                .data(dispatch::CaseQueueModel::CaseNumberRole)
                .toString();
        };
        a.ws->queue()->sortBy("case");
        QVERIFY(firstNumber() < lastNumber());
        a.ws->queue()->sortBy("case");
        QVERIFY(a.ws->queue()->sortDescending());
        QVERIFY(firstNumber() > lastNumber());
        a.ws->queue()->sortBy("remaining");
        const QImage shot = window->grabWindow();
        QVERIFY(!shot.isNull());
        if (qEnvironmentVariableIsSet("YW_SCREENSHOT_DIR"))
            shot.save(
                QDir(qEnvironmentVariable("YW_SCREENSHOT_DIR")).filePath("dispatch-test.png"));
    }

    // The whole flow through the window with the keyboard, one role after another on one
    // workstation: the intake desk (Ctrl+N, the class by code, the place, Ctrl+Enter), the queue
    // search (/), acknowledge (Ctrl+K), every action by Alt+n with the opinion typed after Ctrl+I,
    // a department's return and the shift leader's decision in the disputes view (F5), close.
    void keyboardFlowFromIntakeToClose()
    {
        Workstation a;
        QVERIFY(a.open(m_location, m_clock, "键盘席").isEmpty());
        QVERIFY(a.as("intake01").isEmpty());
        DispatchWindow shell;
        QVERIFY(shell.open(a));
        QQuickWindow *window = shell.window;
        window->requestActivate();
        QTRY_VERIFY(findItem(window->contentItem(), "queueList") != nullptr);
        auto key = [&](int k, Qt::KeyboardModifiers m = Qt::NoModifier) {
            QTest::keyClick(window, Qt::Key(k), m);
            QTest::qWait(20);
        };
        auto type = [&](const QString &text) {
            // What an input method would deliver: a key event carrying the character.
            for (QChar c : text)
                QTest::sendKeyEvent(QTest::Click, window, Qt::Key_unknown, QString(c),
                                    Qt::NoModifier);
            QTest::qWait(20);
        };

        // The intake desk, from the keyboard alone.
        auto g = a.platform->database().exec(
            "SELECT min_lon, min_lat, max_lon, max_lat FROM area_shapes "
            "WHERE LENGTH(code) = 15 ORDER BY code LIMIT 1");
        QVERIFY(g && g.value().next());
        const double lon = (g.value().value(0).toDouble() + g.value().value(2).toDouble()) / 2;
        const double lat = (g.value().value(1).toDouble() + g.value().value(3).toDouble()) / 2;
        g.value().finish();
        key(Qt::Key_N, Qt::ControlModifier);
        QQuickItem *classSearch = nullptr;
        QTRY_VERIFY((classSearch = findItem(window->contentItem(), "classSearch")) != nullptr);
        QTRY_VERIFY(classSearch->hasActiveFocus());
        type("06010");
        key(Qt::Key_Return);
        type(QStringLiteral("%1, %2").arg(lon, 0, 'f', 6).arg(lat, 0, 'f', 6));
        key(Qt::Key_Return);
        type("KBD-FLOW rubbish at the corner");
        key(Qt::Key_Return); // preview
        key(Qt::Key_Return, Qt::ControlModifier);
        qint64 id = 0;
        QString number;
        auto findReported = [&] {
            auto q = a.platform->database().exec(
                "SELECT id, case_number FROM cases "
                "WHERE description = 'KBD-FLOW rubbish at the corner'");
            if (q && q.value().next()) {
                id = q.value().value(0).toLongLong();
                number = q.value().value(1).toString();
            }
            return id > 0;
        };
        QTRY_VERIFY(findReported());
        QCOMPARE(a.platform->context().cases->get(id)->classCode, QStringLiteral("06010"));
        key(Qt::Key_Escape); // closes the desk

        // Find it on the board and select it.
        QTRY_VERIFY(a.ws->queue()->model().rowOf(id) >= 0);
        key(Qt::Key_Slash);
        type(number);
        key(Qt::Key_Down);
        QTRY_COMPARE(a.ws->detail()->caseId(), id);
        key(Qt::Key_K, Qt::ControlModifier);
        QTRY_COMPARE(a.ws->detail()->summary().acknowledgedBy,
                     QStringLiteral("intake01"));

        auto step = [&](const QString &login, const QString &action, const QString &opinion,
                        CaseState expected) -> QString {
            if (QString err = a.as(login); !err.isEmpty())
                return err;
            a.ws->detail()->select(id);
            const auto &actions = a.ws->actions()->choices();
            int n = -1;
            for (int i = 0; i < actions.size(); ++i)
                if (actions[i].key == action)
                    n = i;
            if (n < 0 || n > 8)
                return QStringLiteral("%1 is not among the first nine offered to %2").arg(action, login);
            if (!opinion.isEmpty()) {
                key(Qt::Key_I, Qt::ControlModifier);
                type(opinion);
            }
            key(Qt::Key_1 + n, Qt::AltModifier);
            for (int i = 0; i < 100 && a.platform->context().cases->get(id)->state != expected; ++i)
                QTest::qWait(20);
            const CaseState now = a.platform->context().cases->get(id)->state;
            return now == expected ? QString()
                                   : QStringLiteral("%1 by %2 left the case %3 (%4)")
                                         .arg(action, login, enumKey(now), a.ws->message());
        };
        QCOMPARE(step("intake01", "SendVerify", "", CaseState::Verifying), QString());
        QCOMPARE(step("inspector001", "VerifyConfirm", "", CaseState::PendingFiling), QString());
        QCOMPARE(step("shift1", "File", "", CaseState::Filed), QString());
        QCOMPARE(step("dispatch01", "Dispatch", "", CaseState::Dispatched), QString());
        const qint64 owner = a.platform->context().cases->get(id)->ownerDepartmentId;
        auto dept = a.platform->database().exec("SELECT code FROM departments WHERE id = ?", {owner});
        QVERIFY(dept && dept.value().next());
        const QString handler = "h-" + dept.value().value(0).toString().toLower();
        dept.value().finish();

        // The department says it is not theirs; the shift leader finds it among the disputes.
        QCOMPARE(step(handler, "RequestReturn", "非本单位职责", CaseState::ReturnPending), QString());
        QVERIFY(a.as("shift1").isEmpty());
        QVERIFY(a.ws->refresh());
        key(Qt::Key_F5);
        QCOMPARE(a.ws->queue()->view(), QStringLiteral("Coordination"));
        bool disputed = false;
        for (int row = 0; row < a.ws->queue()->rows()->rowCount(); ++row)
            disputed |= a.ws->queue()->rows()->index(row, 0).data(dispatch::CaseQueueModel::CaseIdRole)
                            .toLongLong() == id;
        QVERIFY(disputed);
        // Refused: the case goes back to where it was, awaiting the department's acceptance.
        QCOMPARE(step("shift1", "RejectReturn", "属本单位职责，请处置", CaseState::Dispatched),
                 QString());
        key(Qt::Key_F2);
        QCOMPARE(a.ws->queue()->view(), QStringLiteral("All"));

        QCOMPARE(step(handler, "DepartmentAccept", "", CaseState::Handling), QString());
        // More time asked (the form's 7 hours) and granted as asked.
        const qint64 limitBefore = a.platform->context().cases->get(id)->step.limitSeconds;
        QCOMPARE(step(handler, "RequestExtension", "需协调清运车辆", CaseState::ExtensionPending),
                 QString());
        QCOMPARE(step("shift1", "ApproveExtension", "", CaseState::Handling), QString());
        QCOMPARE(a.platform->context().cases->get(id)->extensionSeconds, 7 * 3600);
        Q_UNUSED(limitBefore);
        QCOMPARE(step(handler, "Feedback", "已清运完毕", CaseState::Handled), QString());
        QCOMPARE(step("intake01", "SendCheck", "", CaseState::Checking), QString());
        QCOMPARE(step("inspector001", "CheckPass", "", CaseState::CheckPassed), QString());
        QCOMPARE(step("shift1", "Close", "", CaseState::Closed), QString());

        // The history tells the whole story, opinions included.
        auto history = a.platform->context().cases->history(id);
        QStringList actions, notes;
        for (const CaseEvent &e : history.value()) {
            actions << e.action;
            if (!e.note.isEmpty())
                notes << e.note;
        }
        QCOMPARE(actions, QStringList({"Report", "Acknowledge", "SendVerify", "VerifyConfirm",
                                       "File", "Dispatch", "RequestReturn", "RejectReturn",
                                       "DepartmentAccept", "RequestExtension",
                                       "ApproveExtension", "Feedback", "SendCheck", "CheckPass", "Close"}));
        QVERIFY(notes.contains("非本单位职责") && notes.contains("已清运完毕"));
        QCOMPARE(history->at(0).workstation, QStringLiteral("键盘席"));
    }
};

QTEST_MAIN(TestDispatchFlow)
#include "tst_dispatchflow.moc"
