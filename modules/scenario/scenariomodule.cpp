#include "scenariomodule.h"

#include "scenarioworkspace.h"

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

} // namespace yw::scenario
