#pragma once

#include "module.h"

#include <memory>

namespace yw::videowall {

class WallPanel;

// 大屏: the workstation's side of the video wall (the operators' panel, "send to wall" for the
// other modules) and the wall's camera scene. The wall itself runs as `yiwang --wall`.
class VideowallModule : public yw::shell::Module
{
public:
    VideowallModule();
    ~VideowallModule() override;

    QString id() const override { return QStringLiteral("videowall"); }
    QString title() const override;
    yw::core::Status initialize(yw::shell::ModuleContext &context) override;
    void start(const yw::shell::ModuleStartNotices &notices) override;
    void shutdown() override;
    QUrl workspace() const override;
    QObject *workspaceBackend() override;
    QList<yw::shell::WallScene> wallScenes() const override;

private:
    std::unique_ptr<WallPanel> m_panel;
    yw::shell::ModuleContext *m_context = nullptr;
};

} // namespace yw::videowall
