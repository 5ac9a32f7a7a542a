#include "wallmapview.h"

#include "mapcanvas.h"
#include "onemapworkspace.h"

namespace yw::onemap {

WallMapView::WallMapView(OneMapWorkspace &workspace)
    : m_workspace(workspace)
{
    connect(&workspace, &OneMapWorkspace::placeRequested, this, &WallMapView::focusRequested);
    connect(&workspace, &OneMapWorkspace::cityReady, this, &WallMapView::cityReady);
}

yw::core::Result<std::shared_ptr<WallMapView>> WallMapView::create(OneMapWorkspace &workspace, const QString &argument)
{
    std::shared_ptr<WallMapView> view(new WallMapView(workspace));
    if (argument.trimmed().isEmpty())
        return view;
    const QStringList parts = argument.split(QLatin1Char(','));
    bool okLon = false, okLat = false, okZoom = true;
    const double lon = parts.value(0).trimmed().toDouble(&okLon);
    const double lat = parts.value(1).trimmed().toDouble(&okLat);
    const double zoom = parts.size() > 2 ? parts.at(2).trimmed().toDouble(&okZoom) : 15;
    if (parts.size() > 3 || !okLon || !okLat || !okZoom || qAbs(lon) > 180 || qAbs(lat) > 90 || zoom < 3 || zoom > 20)
        return yw::core::Error::make(yw::core::Error::Code::InvalidInput,
                                     QStringLiteral("a map window starts at \"lon,lat[,zoom]\" (zoom 3 to 20), not \"%1\"")
                                         .arg(argument.left(80)));
    view->m_hasStart = true;
    view->m_lon = lon;
    view->m_lat = lat;
    view->m_zoom = zoom;
    return view;
}

yw::mapview::LayerListModel *WallMapView::layers() const
{
    return m_workspace.layers();
}

bool WallMapView::showCity(QObject *canvas) const
{
    auto *c = qobject_cast<yw::mapview::MapCanvas *>(canvas);
    return c && m_workspace.showCity(c);
}

} // namespace yw::onemap
