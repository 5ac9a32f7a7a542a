#pragma once

#include "module.h"

#include <memory>

namespace yw::evaluation {

class EvaluationWorkspace;

// 综合评价: rankings of departments, areas and inspectors by the standard's KPIs, trends, mix,
// hot spots, drill-down to cases, and the periodic report as PDF, XLSX or CSV.
class EvaluationModule : public yw::shell::Module
{
public:
    EvaluationModule();
    ~EvaluationModule() override;

    QString id() const override { return QStringLiteral("evaluation"); }
    QString title() const override;
    yw::core::Status initialize(yw::shell::ModuleContext &context) override;
    void start(const yw::shell::ModuleStartNotices &notices) override;
    void shutdown() override;
    QUrl workspace() const override;
    QObject *workspaceBackend() override;

private:
    std::unique_ptr<EvaluationWorkspace> m_workspace;
};

} // namespace yw::evaluation
