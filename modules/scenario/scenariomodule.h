#pragma once

#include "module.h"

#include <memory>

namespace yw::scenario {

class ScenarioWorkspace;

// 场景构建: screens composed from the case database without programming (templates for the
// duty briefing, typhoon emergency, civilized-city campaign and a district leader), run live on a
// desk or a wall, edited on a free canvas, saved with their history.
class ScenarioModule : public yw::shell::Module
{
public:
    ScenarioModule();
    ~ScenarioModule() override;

    QString id() const override { return QStringLiteral("scenario"); }
    QString title() const override;
    yw::core::Status initialize(yw::shell::ModuleContext &context) override;
    void start(const yw::shell::ModuleStartNotices &notices) override;
    void shutdown() override;
    QUrl workspace() const override;
    QObject *workspaceBackend() override;
    QList<yw::shell::WallScene> wallScenes() const override;

private:
    std::unique_ptr<ScenarioWorkspace> m_workspace;
    yw::shell::ModuleContext *m_context = nullptr;
};

} // namespace yw::scenario
