#include "onemapmodule.h"

#include "onemapworkspace.h"

#include <QCoreApplication>

namespace yw::onemap {

OneMapModule::OneMapModule() = default;
OneMapModule::~OneMapModule() = default;

QString OneMapModule::title() const
{
    return QCoreApplication::translate("yw::onemap::OneMapModule", "One map");
}

yw::core::Status OneMapModule::initialize(yw::shell::ModuleContext &context)
{
    m_workspace = std::make_unique<OneMapWorkspace>(context);
    // Every layer is read on a worker thread: the module starts at once.
    m_workspace->start();
    return yw::core::success();
}

void OneMapModule::shutdown()
{
    m_workspace.reset();
}

QUrl OneMapModule::workspace() const
{
    return QUrl(QStringLiteral("qrc:/Yiwang/Modules/OneMap/OneMapPage.qml"));
}

QObject *OneMapModule::workspaceBackend()
{
    return m_workspace.get();
}

} // namespace yw::onemap
