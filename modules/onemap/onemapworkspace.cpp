#include "onemapworkspace.h"

#include "navigator.h"

#include "mapcanvas.h"

namespace yw::onemap {

OneMapWorkspace::OneMapWorkspace(yw::shell::ModuleContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_layers(*context.taxonomy, context.settings)
    , m_settings(context.settings, m_layers.panel())
    , m_areas(context, m_layers)
    , m_components(context, m_layers)
    , m_cases(context, m_layers)
    , m_devices(context, m_layers)
    , m_heat(context, m_layers)
    , m_replay(context, m_layers, m_cases, m_devices)
{
    if (context.navigator)
        connect(context.navigator, &yw::shell::Navigator::mapRequested, this, &OneMapWorkspace::placeRequested);
    connect(&m_areas, &AreaLayerLoader::loaded, this, &OneMapWorkspace::loadingChanged);
    connect(&m_components, &ComponentLayerLoader::loaded, this, &OneMapWorkspace::loadingChanged);
    connect(&m_cases, &OpenCaseLayer::loaded, this, &OneMapWorkspace::loadingChanged);
    connect(&m_devices, &DeviceLayerLoader::loaded, this, &OneMapWorkspace::loadingChanged);
    connect(&m_areas, &AreaLayerLoader::loaded, this, &OneMapWorkspace::cityReady);
    connect(&m_areas, &AreaLayerLoader::settled, this, &OneMapWorkspace::settledChanged);
    connect(&m_cases, &OpenCaseLayer::settled, this, &OneMapWorkspace::settledChanged);
    connect(&m_components, &ComponentLayerLoader::settled, this, &OneMapWorkspace::settledChanged);
    connect(&m_devices, &DeviceLayerLoader::settled, this, &OneMapWorkspace::settledChanged);
    connect(&m_areas, &AreaLayerLoader::failed, this, &OneMapWorkspace::setMessage);
    connect(&m_heat, &HeatMapControl::refused, this, &OneMapWorkspace::setMessage);
    // The raster sources' state (tiles fetched, timed out, failed) in the layer panel.
    connect(&m_rasterStatus, &QTimer::timeout, this, [this] {
        for (const auto &r : std::as_const(m_layers.rasters))
            m_layers.panel().setStatus(r->id(), r->status());
    });
    m_rasterStatus.start(2000);
}

OneMapWorkspace::~OneMapWorkspace() = default;

bool OneMapWorkspace::loading() const
{
    return !m_areas.isLoaded() || !m_components.isLoaded() || !m_cases.isLoaded()
           || !m_devices.isLoaded();
}

void OneMapWorkspace::start()
{
    // The outlines first (the city appears), then the longest read (the components) beside the
    // short ones that follow it on the other worker.
    m_areas.start();
    m_components.start();
    m_cases.refresh();
    m_devices.start();
    m_heat.refresh();
}

void OneMapWorkspace::waitUntilLoaded()
{
    m_areas.wait();
    m_cases.wait();
    m_devices.wait();
    m_heat.wait();
    m_components.wait();
}

bool OneMapWorkspace::canSendToWall() const
{
    return m_context.navigator && m_context.navigator->canSendToWall();
}

bool OneMapWorkspace::sendViewToWall(yw::mapview::MapCanvas *canvas) const
{
    if (!canvas || !canSendToWall())
        return false;
    return m_context.navigator->sendToWall(
        yw::shell::Navigator::WallContent::Place,
        QStringLiteral("%1,%2,%3").arg(canvas->centerLon(), 0, 'f', 6).arg(canvas->centerLat(), 0, 'f', 6).arg(canvas->zoom(), 0, 'f', 1));
}

bool OneMapWorkspace::showCity(yw::mapview::MapCanvas *canvas) const
{
    if (!canvas || cityBounds().isNull())
        return false;
    canvas->fitLonLat(cityBounds(), 1.08);
    return true;
}

void OneMapWorkspace::setMessage(const QString &m)
{
    if (m == m_message)
        return;
    m_message = m;
    emit messageChanged();
}

} // namespace yw::onemap
