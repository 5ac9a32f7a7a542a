#include "trainingmodule.h"

#include "modulecontext.h"
#include "trainingworkspace.h"

#include <QCoreApplication>

namespace yw::trainingmodule {

TrainingModule::TrainingModule() = default;
TrainingModule::~TrainingModule() = default;

QString TrainingModule::title() const
{
    return QCoreApplication::translate("yw::trainingmodule::TrainingModule", "Training");
}

bool TrainingModule::availableIn(const yw::shell::ModuleContext &context) const
{
    return context.training;
}

yw::core::Status TrainingModule::initialize(yw::shell::ModuleContext &context)
{
    m_workspace = std::make_unique<TrainingWorkspace>(context);
    return yw::core::success();
}

void TrainingModule::start(const yw::shell::ModuleStartNotices &notices)
{
    m_workspace->start();
    notices.interactive();
    notices.complete();
}

void TrainingModule::shutdown()
{
    m_workspace.reset();
}

QUrl TrainingModule::workspace() const
{
    return QUrl(QStringLiteral("qrc:/Yiwang/Modules/Training/TrainingPage.qml"));
}

QObject *TrainingModule::workspaceBackend()
{
    return m_workspace.get();
}

} // namespace yw::trainingmodule
