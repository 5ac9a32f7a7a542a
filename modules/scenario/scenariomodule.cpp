#include "scenariomodule.h"

#include "scenariorun.h"
#include "scenarioworkspace.h"
#include "wallscenarioloader.h"

#include <QCoreApplication>

namespace yw::scenario {

ScenarioModule::ScenarioModule() = default;
ScenarioModule::~ScenarioModule() = default;

QString ScenarioModule::title() const
{
    return QCoreApplication::translate("yw::scenario::ScenarioModule", "Scenarios");
}

yw::core::Status ScenarioModule::initialize(yw::shell::ModuleContext &context)
{
    m_context = &context;
    m_workspace = std::make_unique<ScenarioWorkspace>(context);
    return yw::core::success();
}

void ScenarioModule::start(const yw::shell::ModuleStartNotices &notices)
{
    // The screen can be worked with at once; complete when its sources have all answered.
    auto *w = m_workspace.get();
    notices.interactive();
    auto once = std::make_shared<bool>(false);
    auto tell = [w, notices, once] {
        if (!w->busy() && !*once) {
            *once = true;
            notices.complete();
        }
    };
    QObject::connect(w, &ScenarioWorkspace::busyChanged, w, tell);
    m_workspace->start();
    tell();
}

void ScenarioModule::shutdown()
{
    m_workspace.reset();
}

QUrl ScenarioModule::workspace() const
{
    return QUrl(QStringLiteral("qrc:/Yiwang/Modules/Scenario/ScenarioPage.qml"));
}

QObject *ScenarioModule::workspaceBackend()
{
    return m_workspace.get();
}

QList<yw::shell::WallScene> ScenarioModule::wallScenes() const
{
    yw::shell::ModuleContext *context = m_context;
    return {{QStringLiteral("scenario"), title(), QUrl(QStringLiteral("qrc:/Yiwang/Modules/Scenario/WallScenarioScene.qml")),
             [context](const QString &argument) -> yw::core::Result<std::shared_ptr<QObject>> {
                 auto run = WallScenarioLoader(*context).run(argument);
                 if (!run)
                     return run.error();
                 return std::shared_ptr<QObject>(run.value());
             }}};
}

} // namespace yw::scenario
