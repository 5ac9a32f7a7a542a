#include "evaluationmodule.h"

#include "evaluationbackend.h"

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
    m_backend = std::make_unique<EvaluationBackend>(context);
    m_backend->start();
    return yw::core::success();
}

void EvaluationModule::shutdown()
{
    m_backend.reset();
}

QUrl EvaluationModule::workspace() const
{
    return QUrl(QStringLiteral("qrc:/Yiwang/Modules/Evaluation/EvaluationPage.qml"));
}

QObject *EvaluationModule::workspaceBackend()
{
    return m_backend.get();
}

} // namespace yw::evaluation
