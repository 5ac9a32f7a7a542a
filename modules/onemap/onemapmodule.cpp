#include "onemapmodule.h"

#include "onemapbackend.h"

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
    m_backend = std::make_unique<OneMapBackend>(context);
    return m_backend->load();
}

void OneMapModule::shutdown()
{
    m_backend.reset();
}

QUrl OneMapModule::workspace() const
{
    return QUrl(QStringLiteral("qrc:/Yiwang/Modules/OneMap/OneMapPage.qml"));
}

QObject *OneMapModule::workspaceBackend()
{
    return m_backend.get();
}

} // namespace yw::onemap
