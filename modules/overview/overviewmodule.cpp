#include "overviewmodule.h"

#include "overviewbackend.h"

#include <QCoreApplication>

namespace yw::overview {

OverviewModule::OverviewModule() = default;
OverviewModule::~OverviewModule() = default;

QString OverviewModule::title() const
{
    return QCoreApplication::translate("yw::overview::OverviewModule", "Duty overview");
}

yw::core::Status OverviewModule::initialize(yw::shell::ModuleContext &context)
{
    m_backend = std::make_unique<OverviewBackend>(context);
    return m_backend->refresh();
}

void OverviewModule::shutdown()
{
    m_backend.reset();
}

QUrl OverviewModule::workspace() const
{
    return QUrl(QStringLiteral("qrc:/Yiwang/Modules/Overview/OverviewPage.qml"));
}

QObject *OverviewModule::workspaceBackend()
{
    return m_backend.get();
}

QList<yw::shell::WallScene> OverviewModule::wallScenes() const
{
    // The same page reads well on the wall: large figures, live activity.
    return {{QStringLiteral("overview"), title(), workspace()}};
}

} // namespace yw::overview
