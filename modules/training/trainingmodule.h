#pragma once

#include "module.h"

#include <memory>

namespace yw::trainingmodule {

class TrainingWorkspace;

// 实训: the trainer's console on the training sandbox, the trainee's desk on a seat. Only in a
// training client (yiwang --training); production clients do not list it.
class TrainingModule : public yw::shell::Module
{
public:
    TrainingModule();
    ~TrainingModule() override;

    QString id() const override { return QStringLiteral("training"); }
    QString title() const override;
    bool availableIn(const yw::shell::ModuleContext &context) const override;
    yw::core::Status initialize(yw::shell::ModuleContext &context) override;
    void start(const yw::shell::ModuleStartNotices &notices) override;
    void shutdown() override;
    QUrl workspace() const override;
    QObject *workspaceBackend() override;

private:
    std::unique_ptr<TrainingWorkspace> m_workspace;
};

} // namespace yw::trainingmodule
