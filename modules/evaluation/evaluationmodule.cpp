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
    // The facts are read on a worker thread; the figures are there when it is no longer busy.
    auto *w = m_workspace.get();
    QObject::connect(w, &EvaluationWorkspace::busyChanged, w, [w, notices] {
        if (!w->busy())
            notices.complete();
    });
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
