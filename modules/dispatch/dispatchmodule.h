#pragma once

#include "module.h"

#include <memory>

namespace yw::dispatch {

class DispatchWorkspace;

// 指挥协调: the queue board of open cases with deadline lights, and the actions of the flow.
class DispatchModule : public yw::shell::Module
{
public:
    DispatchModule();
    ~DispatchModule() override;

    QString id() const override { return QStringLiteral("dispatch"); }
    QString title() const override;
    yw::core::Status initialize(yw::shell::ModuleContext &context) override;
    void start(const yw::shell::ModuleStartNotices &notices) override;
    QList<yw::shell::SettingsPage> settingsPages() const override;
    void shutdown() override;
    QUrl workspace() const override;
    QObject *workspaceBackend() override;

private:
    std::unique_ptr<DispatchWorkspace> m_workspace;
};

} // namespace yw::dispatch
