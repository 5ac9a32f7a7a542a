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
    return yw::core::success();
}

void OverviewModule::start(const yw::shell::ModuleStartNotices &notices)
{
    m_backend->refresh(); // counts by state and the latest events: small reads
    notices.interactive();
    notices.complete();
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
    // The same page reads well on the wall: large figures, live activity. One backend serves the
    // desk and every wall window (the module outlives the wall).
    OverviewBackend *backend = m_backend.get();
    return {{QStringLiteral("overview"), title(), QUrl(QStringLiteral("qrc:/Yiwang/Modules/Overview/OverviewWallScene.qml")),
             [backend](const QString &argument) -> yw::core::Result<std::shared_ptr<QObject>> {
                 if (!argument.isEmpty())
                     return yw::core::Error::make(yw::core::Error::Code::NotFound,
                                                  QStringLiteral("the duty overview takes no argument"));
                 return std::shared_ptr<QObject>(backend, [](QObject *) {});
             }}};
}

} // namespace yw::overview
