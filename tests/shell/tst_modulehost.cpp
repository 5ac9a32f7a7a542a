// The module host: dependency order, clear errors for missing and cyclic dependencies, failures
// that disable dependants, shutdown in reverse order.
#include "modulehost.h"
#include "modulelistmodel.h"

#include <QTest>

using namespace yw::shell;
using yw::core::Error;
using yw::core::Status;

namespace {

// A module that records what the host did to it.
class RecordingModule : public Module
{
public:
    RecordingModule(QString id, QStringList deps, QStringList *log, bool fails = false)
        : m_id(std::move(id))
        , m_deps(std::move(deps))
        , m_log(log)
        , m_fails(fails)
    {}
    QString id() const override { return m_id; }
    QString title() const override { return m_id.toUpper(); }
    QStringList dependencies() const override { return m_deps; }
    Status initialize(ModuleContext &) override
    {
        *m_log << QStringLiteral("init:") + m_id;
        if (m_fails)
            return Error::make(Error::Code::Internal, QStringLiteral("%1 broke").arg(m_id));
        return yw::core::success();
    }
    void shutdown() override { *m_log << QStringLiteral("stop:") + m_id; }
    QUrl workspace() const override { return QUrl(QStringLiteral("qrc:/%1.qml").arg(m_id)); }
    bool trainingOnly = false;
    bool availableIn(const ModuleContext &context) const override { return !trainingOnly || context.training; }

private:
    QString m_id;
    QStringList m_deps;
    QStringList *m_log;
    bool m_fails;
};

QString errorOf(const ModuleHost &host, const QString &id)
{
    for (const auto &e : host.entries())
        if (e.module->id() == id)
            return e.error;
    return QStringLiteral("<absent>");
}

} // namespace

class TestModuleHost : public QObject
{
    Q_OBJECT

private slots:
    void ordersByDependencies()
    {
        QStringList log;
        ModuleHost host;
        host.add(std::make_unique<RecordingModule>(QStringLiteral("wall"),
                                                   QStringList{"scenario", "onemap"}, &log));
        host.add(std::make_unique<RecordingModule>(QStringLiteral("scenario"),
                                                   QStringList{"evaluation"}, &log));
        host.add(std::make_unique<RecordingModule>(QStringLiteral("onemap"), QStringList{}, &log));
        host.add(
            std::make_unique<RecordingModule>(QStringLiteral("evaluation"), QStringList{}, &log));
        const QStringList order = host.resolveOrder();
        QCOMPARE(order.size(), 4);
        QVERIFY(order.indexOf("evaluation") < order.indexOf("scenario"));
        QVERIFY(order.indexOf("scenario") < order.indexOf("wall"));
        QVERIFY(order.indexOf("onemap") < order.indexOf("wall"));
        ModuleContext ctx;
        QCOMPARE(host.initialize(ctx), 4);
        QVERIFY(host.errors().isEmpty());
        QCOMPARE(log.size(), 4);
        QCOMPARE(log.last(), QStringLiteral("init:wall"));
        log.clear();
        host.shutdown();
        QCOMPARE(log.first(), QStringLiteral("stop:wall"));
        QCOMPARE(log.size(), 4);
    }

    void missingDependencyIsNamed()
    {
        QStringList log;
        ModuleHost host;
        host.add(std::make_unique<RecordingModule>(QStringLiteral("dispatch"),
                                                   QStringList{"onemap"}, &log));
        host.add(std::make_unique<RecordingModule>(QStringLiteral("training"),
                                                   QStringList{"dispatch"}, &log));
        host.add(
            std::make_unique<RecordingModule>(QStringLiteral("overview"), QStringList{}, &log));
        ModuleContext ctx;
        QCOMPARE(host.initialize(ctx), 1);
        QCOMPARE(log, QStringList{"init:overview"});
        QVERIFY2(errorOf(host, "dispatch").contains("needs 'onemap', which is not available"),
                 qPrintable(errorOf(host, "dispatch")));
        QVERIFY2(errorOf(host, "training").contains("needs 'dispatch'"),
                 qPrintable(errorOf(host, "training")));
        QCOMPARE(host.errors().size(), 2);
    }

    void cycleIsNamed()
    {
        QStringList log;
        ModuleHost host;
        host.add(std::make_unique<RecordingModule>(QStringLiteral("a"), QStringList{"b"}, &log));
        host.add(std::make_unique<RecordingModule>(QStringLiteral("b"), QStringList{"c"}, &log));
        host.add(std::make_unique<RecordingModule>(QStringLiteral("c"), QStringList{"a"}, &log));
        host.add(std::make_unique<RecordingModule>(QStringLiteral("free"), QStringList{}, &log));
        ModuleContext ctx;
        QCOMPARE(host.initialize(ctx), 1);
        for (const char *id : {"a", "b", "c"})
            QVERIFY2(errorOf(host, id).contains("cyclic dependency"),
                     qPrintable(errorOf(host, id)));
        QVERIFY(errorOf(host, "a").contains("a -> b -> c -> a") ||
                errorOf(host, "a").contains("b -> c -> a -> b") ||
                errorOf(host, "a").contains("c -> a -> b -> c"));
        QCOMPARE(errorOf(host, "free"), QString());
    }

    void selfDependencyIsACycle()
    {
        QStringList log;
        ModuleHost host;
        host.add(
            std::make_unique<RecordingModule>(QStringLiteral("loop"), QStringList{"loop"}, &log));
        ModuleContext ctx;
        QCOMPARE(host.initialize(ctx), 0);
        QVERIFY(errorOf(host, "loop").contains("cyclic"));
    }

    void duplicateIdIsRefused()
    {
        QStringList log;
        ModuleHost host;
        host.add(std::make_unique<RecordingModule>(QStringLiteral("map"), QStringList{}, &log));
        host.add(std::make_unique<RecordingModule>(QStringLiteral("map"), QStringList{}, &log));
        ModuleContext ctx;
        QCOMPARE(host.initialize(ctx), 0);
        QVERIFY(host.errors().join(' ').contains("used twice"));
    }

    void failedInitialisationDisablesDependants()
    {
        QStringList log;
        ModuleHost host;
        host.add(
            std::make_unique<RecordingModule>(QStringLiteral("base"), QStringList{}, &log, true));
        host.add(
            std::make_unique<RecordingModule>(QStringLiteral("user"), QStringList{"base"}, &log));
        host.add(std::make_unique<RecordingModule>(QStringLiteral("other"), QStringList{}, &log));
        ModuleContext ctx;
        QCOMPARE(host.initialize(ctx), 1);
        QVERIFY(!log.contains("init:user")); // never initialised on a broken base
        QCOMPARE(errorOf(host, "base"), QStringLiteral("base broke"));
        QVERIFY(errorOf(host, "user").contains("needs 'base', which failed to start"));
        log.clear();
        host.shutdown();
        QCOMPARE(log, QStringList{"stop:other"}); // only active modules are shut down
    }

    // A module that is not for this workstation (training in a production client) is left out
    // quietly: not initialised, no error, not listed; in a training client it starts.
    void unavailableModulesAreLeftOutQuietly()
    {
        for (bool training : {false, true}) {
            QStringList log;
            ModuleHost host;
            auto m = std::make_unique<RecordingModule>(QStringLiteral("training"), QStringList{}, &log);
            m->trainingOnly = true;
            host.add(std::move(m));
            host.add(std::make_unique<RecordingModule>(QStringLiteral("dispatch"), QStringList{}, &log));
            ModuleContext ctx;
            ctx.training = training;
            QCOMPARE(host.initialize(ctx), training ? 2 : 1);
            QCOMPARE(log.contains("init:training"), training);
            QVERIFY(host.errors().isEmpty());
            ModuleListModel list;
            list.reset(&host);
            QCOMPARE(list.rowCount(), training ? 2 : 1);
            QCOMPARE(list.indexOf(QStringLiteral("training")) >= 0, training);
            host.shutdown();
        }
    }
};

QTEST_GUILESS_MAIN(TestModuleHost)
#include "tst_modulehost.moc"
