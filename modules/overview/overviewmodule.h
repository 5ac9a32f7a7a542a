#pragma once

#include "module.h"

#include <memory>

namespace yw::overview {

class OverviewBackend;

// 值班总览: the shift's situation at a glance (cases by state, live activity from every
// workstation). The first screen after sign-in.
class OverviewModule : public yw::shell::Module
{
public:
    OverviewModule();
    ~OverviewModule() override;

    QString id() const override { return QStringLiteral("overview"); }
    QString title() const override;
    yw::core::Status initialize(yw::shell::ModuleContext &context) override;
    void start(const yw::shell::ModuleStartNotices &notices) override;
    void shutdown() override;
    QUrl workspace() const override;
    QObject *workspaceBackend() override;
    QList<yw::shell::WallScene> wallScenes() const override;

private:
    std::unique_ptr<OverviewBackend> m_backend;
};

} // namespace yw::overview
