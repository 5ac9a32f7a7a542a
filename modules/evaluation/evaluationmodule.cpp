#include "evaluationmodule.h"

#include "evaluationworkspace.h"

#include <QCoreApplication>

namespace yw::evaluation {

EvaluationModule::EvaluationModule() = default;
EvaluationModule::~EvaluationModule() = default;

QString EvaluationModule::title() const
{
    return QCoreApplication::translate("yw::evaluation::EvaluationModule", "Evaluation");
}

yw::core::Status EvaluationModule::initialize(yw::shell::ModuleContext &context)
{
    m_workspace = std::make_unique<EvaluationWorkspace>(context);
    return yw::core::success();
}

void EvaluationModule::start(const yw::shell::ModuleStartNotices &notices)
{
    // The facts are read on worker threads: the period's figures first (interactive), then the
    // trend's older periods (complete).
    auto *w = m_workspace.get();
    auto tell = [w, notices] {
        if (!w->busy())
            notices.interactive();
        if (!w->busy() && !w->trendLoading())
            notices.complete();
    };
    QObject::connect(w, &EvaluationWorkspace::busyChanged, w, tell);
    QObject::connect(w, &EvaluationWorkspace::trendLoadingChanged, w, tell);
    m_workspace->start();
}

void EvaluationModule::shutdown()
{
    m_workspace.reset();
}

QUrl EvaluationModule::workspace() const
{
    return QUrl(QStringLiteral("qrc:/Yiwang/Modules/Evaluation/EvaluationPage.qml"));
}

QObject *EvaluationModule::workspaceBackend()
{
    return m_workspace.get();
}

} // namespace yw::evaluation
