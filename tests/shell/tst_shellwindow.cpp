// The shell window rendered offscreen on a real embedded database with every registered module:
// first-run set-up, sign-in, the workspace and status bar, in Chinese by default and in English
// on request, and the start-up error screen.
#include "localization.h"
#include "platform.h"
#include "registeredmodules.h"
#include "shellcontroller.h"

#include <QFontDatabase>
#include <QFontMetrics>
#include <QQmlApplicationEngine>
#include "quickitems.h"

#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Yiwang_ShellPlugin)
Q_IMPORT_QML_PLUGIN(Yiwang_UiPlugin)

using namespace yw::shell;

namespace {

// Everything main() builds, over a database in a temporary folder.
struct ShellRig
{
    QTemporaryDir dir;
    yw::core::ManualClock clock{QDateTime(QDate(2026, 11, 23), QTime(1, 30), QTimeZone::utc())};
    Localization localization;
    std::unique_ptr<Platform> platform;
    ModuleHost host;
    std::unique_ptr<ShellController> controller;
    std::unique_ptr<QQmlApplicationEngine> engine;
    QString error;

    explicit ShellRig(const QString &language, bool withDatabase = true,
                      const QString &startupError = {})
    {
        if (auto s = localization.install(language); !s) {
            error = s.error().message;
            return;
        }
        if (withDatabase) {
            Platform::Options o;
            o.workstation = QStringLiteral("ws-test");
            auto p = Platform::create(
                yw::store::DatabaseLocation::sqliteFile(dir.filePath("yiwang.sqlite")), clock, o);
            if (!p) {
                error = p.error().message;
                return;
            }
            platform = std::move(p.value());
            for (auto &m : createRegisteredModules())
                host.add(std::move(m));
            host.initialize(platform->context());
        }
        controller = std::make_unique<ShellController>(platform.get(), &host, startupError,
                                                       QString(), language);
        engine = std::make_unique<QQmlApplicationEngine>();
        engine->addImportPath(QStringLiteral("qrc:/"));
        engine->load(QUrl(QStringLiteral("qrc:/Yiwang/Ui/Main.qml")));
        if (engine->rootObjects().isEmpty())
            error = QStringLiteral("Main.qml failed to load");
    }
    ~ShellRig()
    {
        engine.reset();
        controller.reset();
        host.shutdown();
    }
    QQuickWindow *window() const
    {
        return qobject_cast<QQuickWindow *>(engine->rootObjects().constFirst());
    }
};

void collectTexts(QQuickItem *item, QStringList &out)
{
    if (!item->isVisible())
        return;
    const QVariant text = item->property("text");
    if (text.isValid() && !text.toString().isEmpty())
        out << text.toString();
    const QVariant placeholder = item->property("placeholderText");
    if (placeholder.isValid() && !placeholder.toString().isEmpty())
        out << placeholder.toString();
    for (QQuickItem *child : item->childItems())
        collectTexts(child, out);
}

using yw::test::findItem;

QStringList visibleTexts(QQuickWindow *w)
{
    QStringList out;
    collectTexts(w->contentItem(), out);
    return out;
}

bool hasChinese(const QStringList &texts)
{
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    for (const QString &t : texts)
        if (han.match(t).hasMatch())
            return true;
    return false;
}

// Renders and checks that the picture has real content: many colours, not one flat fill.
QString checkNotBlank(QQuickWindow *w, QImage *shot = nullptr)
{
    if (!QTest::qWaitForWindowExposed(w))
        return QStringLiteral("window not exposed");
    QTest::qWait(300);
    const QImage img = w->grabWindow();
    if (shot)
        *shot = img;
    if (img.isNull())
        return QStringLiteral("grab failed");
    QHash<QRgb, int> colours;
    for (int y = 0; y < img.height(); y += 3)
        for (int x = 0; x < img.width(); x += 3)
            ++colours[img.pixel(x, y)];
    int dominant = 0;
    for (int n : colours)
        dominant = std::max(dominant, n);
    const int samples = (img.height() / 3 + 1) * (img.width() / 3 + 1);
    if (colours.size() < 20)
        return QStringLiteral("only %1 colours").arg(colours.size());
    if (dominant > samples * 0.97)
        return QStringLiteral("one colour covers %1% of the window")
            .arg(100.0 * dominant / samples);
    return {};
}

} // namespace

class TestShellWindow : public QObject
{
    Q_OBJECT

private slots:
    void cjkFontIsInstalled()
    {
        QVERIFY2(QFontDatabase::families().contains(QStringLiteral("WenQuanYi Micro Hei")),
                 "the CJK font is missing: install fonts-wqy-microhei (scripts/setup.sh does)");
        const QFontMetrics fm(QFont(QStringLiteral("WenQuanYi Micro Hei")));
        QVERIFY(fm.inFont(QChar(0x7F51))); // 网
    }

    void firstRunAsksForAnAdministrator()
    {
        ShellRig rig(QStringLiteral("zh_CN"));
        QVERIFY2(rig.error.isEmpty(), qPrintable(rig.error));
        QVERIFY(rig.controller->isReady());
        QVERIFY(rig.controller->needsFirstAdministrator());
        QVERIFY(!rig.controller->isSignedIn());
        const QString notBlank = checkNotBlank(rig.window());
        QVERIFY2(notBlank.isEmpty(), qPrintable(notBlank));
        const QStringList texts = visibleTexts(rig.window());
        QVERIFY2(texts.join('|').contains(QStringLiteral("管理员")), qPrintable(texts.join('|')));

        // Refusals come back as messages and create nobody.
        QVERIFY(!rig.controller
                     ->createFirstAdministrator("chief", "值班长", "long-enough-1", "different-2")
                     .isEmpty());
        QVERIFY(!rig.controller->createFirstAdministrator("chief", "值班长", "short", "short")
                     .isEmpty());
        QVERIFY(rig.controller->needsFirstAdministrator());
        QCOMPARE(rig.controller->createFirstAdministrator("chief", "张主任", "long-enough-1",
                                                          "long-enough-1"),
                 QString());
        QVERIFY(rig.controller->isSignedIn());
        QVERIFY(!rig.controller->needsFirstAdministrator());
    }

    void signedInShellIsChinese()
    {
        ShellRig rig(QStringLiteral("zh_CN"));
        QVERIFY2(rig.error.isEmpty(), qPrintable(rig.error));
        QCOMPARE(rig.controller->createFirstAdministrator("chief", "张主任", "long-enough-1",
                                                          "long-enough-1"),
                 QString());
        QImage shot;
        const QString notBlank = checkNotBlank(rig.window(), &shot);
        QVERIFY2(notBlank.isEmpty(), qPrintable(notBlank));
        const QStringList texts = visibleTexts(rig.window());
        const QString all = texts.join('|');
        QVERIFY2(hasChinese(texts), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("值班总览")), qPrintable(all)); // the overview module
        QVERIFY2(all.contains(QStringLiteral("已连接")), qPrintable(all));   // connection state
        QVERIFY2(all.contains(QStringLiteral("SQLite")), qPrintable(all));   // which database
        QVERIFY2(all.contains(rig.dir.filePath("yiwang.sqlite")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("张主任")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("2026-11-23")), qPrintable(all)); // the injected clock
        QVERIFY(!all.contains(QStringLiteral("Duty overview")));
        if (qEnvironmentVariableIsSet("YW_SCREENSHOT_DIR"))
            shot.save(QDir(qEnvironmentVariable("YW_SCREENSHOT_DIR")).filePath("shell-test.png"));

        // Wrong passwords get one message, whatever was wrong.
        rig.controller->signOut();
        QVERIFY(!rig.controller->isSignedIn());
        const QString wrong = rig.controller->signIn("chief", "not-the-password");
        const QString unknown = rig.controller->signIn("nobody", "not-the-password");
        QVERIFY(!wrong.isEmpty());
        QCOMPARE(wrong, unknown);
        QVERIFY(hasChinese({wrong}));
        QCOMPARE(rig.controller->signIn("chief", "long-enough-1"), QString());
    }

    // The settings dialog shows the modules' pages (the queue board, the map's layers and
    // basemaps), in Chinese.
    void settingsDialogShowsTheModulesPages()
    {
        ShellRig rig(QStringLiteral("zh_CN"));
        QVERIFY2(rig.error.isEmpty(), qPrintable(rig.error));
        QCOMPARE(rig.controller->createFirstAdministrator("chief", "张主任", "long-enough-1",
                                                          "long-enough-1"),
                 QString());
        QVERIFY(rig.controller->settingsPages()->rowCount() >= 2);
        QObject *dialog = rig.window()->findChild<QObject *>(QStringLiteral("settingsDialog"));
        QVERIFY(dialog);
        QVERIFY(QMetaObject::invokeMethod(dialog, "open"));
        QTRY_VERIFY(dialog->property("opened").toBool());
        QImage shot;
        const QString notBlank = checkNotBlank(rig.window(), &shot);
        QVERIFY2(notBlank.isEmpty(), qPrintable(notBlank));
        const QString all = visibleTexts(rig.window()).join('|');
        QVERIFY2(all.contains(QStringLiteral("本工作站的设置")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("队列看板")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("图层与底图")), qPrintable(all));
        if (qEnvironmentVariableIsSet("YW_SCREENSHOT_DIR"))
            shot.save(QDir(qEnvironmentVariable("YW_SCREENSHOT_DIR")).filePath("settings-test.png"));
    }

    void overviewFollowsOtherWorkstations()
    {
        ShellRig rig(QStringLiteral("zh_CN"));
        QVERIFY2(rig.error.isEmpty(), qPrintable(rig.error));
        QCOMPARE(rig.controller->createFirstAdministrator("chief", "张主任", "long-enough-1",
                                                          "long-enough-1"),
                 QString());
        QVERIFY(QTest::qWaitForWindowExposed(rig.window()));

        // An inspector reports from another workstation: its own connection, its own services.
        yw::core::User admin = rig.platform->session().user();
        yw::core::User inspector;
        inspector.login = QStringLiteral("wang.fang");
        inspector.displayName = QStringLiteral("王芳");
        inspector.roles = yw::core::Role::FieldInspector;
        auto id = rig.platform->context().auth->createUser(&admin, inspector,
                                                           QStringLiteral("patrol-2026"));
        QVERIFY2(id, qPrintable(id.error().message));
        inspector.id = id.value();
        Platform::Options o;
        o.workstation = QStringLiteral("监督员终端07");
        auto other = Platform::create(rig.platform->database().location(), rig.clock, o);
        QVERIFY2(other, qPrintable(other.error().message));
        yw::core::CaseRecord d;
        d.source = yw::core::SourceChannel::Patrol;
        d.kind = yw::core::TaxonomyKind::Matter;
        d.classCode = QStringLiteral("06010");
        d.description = QStringLiteral("识字里路口暴露垃圾");
        d.hasLocation = true;
        d.longitude = 113.0107;
        d.latitude = 28.1893;
        d.communityCode = QStringLiteral("430102001001");
        auto reported = other.value()->context().cases->report(inspector, d);
        QVERIFY2(reported, qPrintable(reported.error().message));

        // The overview page shows it, through the change feed, without any refresh by hand.
        QQuickItem *activity =
            findItem(rig.window()->contentItem(), QStringLiteral("activityList"));
        QVERIFY(activity);
        QTRY_COMPARE_WITH_TIMEOUT(activity->property("count").toInt(), 1, 3000);
        QTRY_VERIFY_WITH_TIMEOUT(
            visibleTexts(rig.window()).contains(QStringLiteral("wang.fang @ 监督员终端07")), 3000);
        const QStringList texts = visibleTexts(rig.window());
        QVERIFY2(texts.contains(QStringLiteral("上报")), qPrintable(texts.join('|')));
        QVERIFY2(texts.contains(QStringLiteral("案件 %1").arg(reported->id)),
                 qPrintable(texts.join('|')));
    }

    void englishOnRequest()
    {
        ShellRig rig(QStringLiteral("en"));
        QVERIFY2(rig.error.isEmpty(), qPrintable(rig.error));
        QCOMPARE(rig.controller->createFirstAdministrator("chief", "Chief", "long-enough-1",
                                                          "long-enough-1"),
                 QString());
        const QString notBlank = checkNotBlank(rig.window());
        QVERIFY2(notBlank.isEmpty(), qPrintable(notBlank));
        const QString all = visibleTexts(rig.window()).join('|');
        QVERIFY2(all.contains(QStringLiteral("Duty overview")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("Connected")), qPrintable(all));
        QVERIFY(!all.contains(QStringLiteral("值班总览")));
    }

    void unknownLanguageIsRefused()
    {
        Localization l;
        const auto s = l.install(QStringLiteral("fr"));
        QVERIFY(!s);
        QVERIFY(s.error().message.contains("zh_CN"));
    }

    void startupErrorIsExplained()
    {
        const QString message = QStringLiteral("这不是一网统管数据库: /tmp/notes.txt");
        ShellRig rig(QStringLiteral("zh_CN"), false, message);
        QVERIFY2(rig.error.isEmpty(), qPrintable(rig.error));
        QVERIFY(!rig.controller->isReady());
        const QString notBlank = checkNotBlank(rig.window());
        QVERIFY2(notBlank.isEmpty(), qPrintable(notBlank));
        const QString all = visibleTexts(rig.window()).join('|');
        QVERIFY2(all.contains(message), qPrintable(all));
        QVERIFY(!rig.controller->signIn("chief", "x").isEmpty());
    }
};

QTEST_MAIN(TestShellWindow)
#include "tst_shellwindow.moc"
