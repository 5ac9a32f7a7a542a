#include "dispatchmodule.h"

#include "dispatchworkspace.h"
#include "navigator.h"
#include "session.h"

#include <QCoreApplication>

namespace yw::dispatch {

DispatchModule::DispatchModule() = default;
DispatchModule::~DispatchModule() = default;

QString DispatchModule::title() const
{
    return QCoreApplication::translate("yw::dispatch::DispatchModule", "Dispatch");
}

yw::core::Status DispatchModule::initialize(yw::shell::ModuleContext &context)
{
    m_workspace = std::make_unique<DispatchWorkspace>(context);
    // Cases are worked on here, and reports start at the intake desk here.
    if (context.navigator) {
        context.navigator->accept(yw::shell::Navigator::Destination::Case, id());
        context.navigator->accept(yw::shell::Navigator::Destination::ReportAt, id());
    }
    return yw::core::success();
}

void DispatchModule::start(const yw::shell::ModuleStartNotices &notices)
{
    // The open cases: a few days' reports, read at once (a failure shows on the board).
    m_workspace->start();
    notices.interactive();
    notices.complete();
}

void DispatchModule::shutdown()
{
    m_workspace.reset();
}

QList<yw::shell::SettingsPage> DispatchModule::settingsPages() const
{
    if (!m_workspace)
        return {};
    return {{QStringLiteral("board"),
             QCoreApplication::translate("yw::dispatch::DispatchModule", "Queue board"),
             QUrl(QStringLiteral("qrc:/Yiwang/Modules/Dispatch/DispatchSettingsPage.qml")),
             m_workspace->boardSettings()}};
}

QUrl DispatchModule::workspace() const
{
    return QUrl(QStringLiteral("qrc:/Yiwang/Modules/Dispatch/DispatchPage.qml"));
}

QObject *DispatchModule::workspaceBackend()
{
    return m_workspace.get();
}

} // namespace yw::dispatch
