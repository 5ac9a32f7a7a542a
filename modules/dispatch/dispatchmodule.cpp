#include "dispatchmodule.h"

#include "dispatchbackend.h"
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
    m_backend = std::make_unique<DispatchBackend>(context);
    // The queue depends on who is signed in (a department sees its own cases).
    QObject::connect(context.session, &yw::shell::Session::userChanged, m_backend.get(),
                     [b = m_backend.get()] { b->refresh(); });
    return m_backend->refresh();
}

void DispatchModule::shutdown()
{
    m_backend.reset();
}

QUrl DispatchModule::workspace() const
{
    return QUrl(QStringLiteral("qrc:/Yiwang/Modules/Dispatch/DispatchPage.qml"));
}

QObject *DispatchModule::workspaceBackend()
{
    return m_backend.get();
}

} // namespace yw::dispatch
