#pragma once

#include "module.h"

#include <memory>

namespace yw::onemap {

class OneMapWorkspace;

// 行业监管一张图: the city's grids, components, live cases, heat map and devices on one map.
class OneMapModule : public yw::shell::Module
{
public:
    OneMapModule();
    ~OneMapModule() override;

    QString id() const override { return QStringLiteral("onemap"); }
    QString title() const override;
    yw::core::Status initialize(yw::shell::ModuleContext &context) override;
    void start(const yw::shell::ModuleStartNotices &notices) override;
    QList<yw::shell::SettingsPage> settingsPages() const override;
    void shutdown() override;
    QUrl workspace() const override;
    QObject *workspaceBackend() override;
    QList<yw::shell::WallScene> wallScenes() const override;

private:
    std::unique_ptr<OneMapWorkspace> m_workspace;
};

} // namespace yw::onemap
