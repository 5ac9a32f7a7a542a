#include "videowallmodule.h"

#include "camerafeed.h"
#include "modulecontext.h"
#include "navigator.h"
#include "wallpanel.h"

#include <QCoreApplication>

namespace yw::videowall {

VideowallModule::VideowallModule() = default;
VideowallModule::~VideowallModule() = default;

QString VideowallModule::title() const
{
    return QCoreApplication::translate("yw::videowall::VideowallModule", "Video wall");
}

yw::core::Status VideowallModule::initialize(yw::shell::ModuleContext &context)
{
    m_context = &context;
    m_panel = std::make_unique<WallPanel>(context);
    if (context.navigator)
        context.navigator->accept(yw::shell::Navigator::Destination::Wall, id());
    return yw::core::success();
}

void VideowallModule::start(const yw::shell::ModuleStartNotices &notices)
{
    m_panel->start();
    notices.interactive();
    notices.complete();
}

void VideowallModule::shutdown()
{
    m_panel.reset();
}

QUrl VideowallModule::workspace() const
{
    return QUrl(QStringLiteral("qrc:/Yiwang/Modules/Videowall/WallPanelPage.qml"));
}

QObject *VideowallModule::workspaceBackend()
{
    return m_panel.get();
}

QList<yw::shell::WallScene> VideowallModule::wallScenes() const
{
    yw::shell::ModuleContext *context = m_context;
    return {{QStringLiteral("camera"), QCoreApplication::translate("yw::videowall::VideowallModule", "Camera"),
             QUrl(QStringLiteral("qrc:/Yiwang/Modules/Videowall/CameraScene.qml")),
             [context](const QString &argument) -> yw::core::Result<std::shared_ptr<QObject>> {
                 auto source = CameraSource::resolve(argument, context->database);
                 if (!source)
                     return source.error();
                 auto feed = std::make_shared<CameraFeed>(source.value(), *context->clock,
                                                          context->calendar->timeZone(), CameraFeed::Timing());
                 feed->start();
                 return std::shared_ptr<QObject>(feed);
             }}};
}

} // namespace yw::videowall
