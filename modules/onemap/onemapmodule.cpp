#include "onemapmodule.h"

#include "navigator.h"

#include "onemapworkspace.h"
#include "wallmapview.h"

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
    if (context.navigator)
        context.navigator->accept(yw::shell::Navigator::Destination::MapAt, id());
    return yw::core::success();
}

void OneMapModule::start(const yw::shell::ModuleStartNotices &notices)
{
    // Every layer is read on a worker thread; the map can be worked with once the outlines and
    // the live cases are in, while the millions of components still come.
    auto *w = m_workspace.get();
    auto tell = [w, notices] {
        if (w->isInteractive())
            notices.interactive();
        if (w->isComplete())
            notices.complete();
    };
    QObject::connect(w, &OneMapWorkspace::settledChanged, w, tell);
    m_workspace->start();
}

void OneMapModule::shutdown()
{
    m_workspace.reset();
}

QList<yw::shell::SettingsPage> OneMapModule::settingsPages() const
{
    if (!m_workspace)
        return {};
    return {{QStringLiteral("map"),
             QCoreApplication::translate("yw::onemap::OneMapModule", "Layers and basemaps"),
             QUrl(QStringLiteral("qrc:/Yiwang/Modules/OneMap/OneMapSettingsPage.qml")),
             m_workspace->settings()}};
}

QUrl OneMapModule::workspace() const
{
    return QUrl(QStringLiteral("qrc:/Yiwang/Modules/OneMap/OneMapPage.qml"));
}

QObject *OneMapModule::workspaceBackend()
{
    return m_workspace.get();
}

QList<yw::shell::WallScene> OneMapModule::wallScenes() const
{
    OneMapWorkspace *workspace = m_workspace.get();
    return {{QStringLiteral("map"), title(), QUrl(QStringLiteral("qrc:/Yiwang/Modules/OneMap/OneMapWallScene.qml")),
             [workspace](const QString &argument) -> yw::core::Result<std::shared_ptr<QObject>> {
                 auto view = WallMapView::create(*workspace, argument);
                 if (!view)
                     return view.error();
                 return std::shared_ptr<QObject>(view.value());
             }}};
}

} // namespace yw::onemap
