#include "maplayerset.h"

#include "mapsettings.h"

#include <QCoreApplication>

namespace yw::onemap {

using namespace yw::core;
using yw::map::AreaLayer;
using yw::map::HeatLayer;
using yw::map::PointLayer;

const QList<QColor> &MapLayerSet::palette()
{
    static const QList<QColor> p = {QColor(0x4F, 0xC3, 0xF7), QColor(0xFF, 0xB7, 0x4D),
                                    QColor(0x81, 0xC7, 0x84), QColor(0xE5, 0x73, 0x73),
                                    QColor(0xBA, 0x68, 0xC8), QColor(0xFF, 0xF1, 0x76),
                                    QColor(0x4D, 0xB6, 0xAC), QColor(0xF0, 0x62, 0x92)};
    return p;
}

MapLayerSet::MapLayerSet(const Taxonomy &taxonomy, QSettings *settings)
{
    // Outlines: each level from the zoom where it means something.
    const AreaLayer::Style districtStyle{QColor(0x90, 0xCA, 0xF9), 2.0, Qt::SolidLine, 0, 10, {}};
    const AreaLayer::Style streetStyle{QColor(0x90, 0xCA, 0xF9, 170), 1.0, Qt::DashLine, 11, 13, {}};
    const AreaLayer::Style communityStyle{QColor(0xB0, 0xBE, 0xC5, 150), 1.0, Qt::DotLine, 13, 15, {}};
    const AreaLayer::Style gridStyle{QColor(0xCF, 0xD8, 0xDC, 110), 0.6, Qt::SolidLine, 15, 99, {}};
    districts = std::make_shared<AreaLayer>(QStringLiteral("districts"), tr("Districts"), districtStyle);
    streets = std::make_shared<AreaLayer>(QStringLiteral("streets"), tr("Streets"), streetStyle);
    communities = std::make_shared<AreaLayer>(QStringLiteral("communities"), tr("Communities"),
                                              communityStyle);
    grids = std::make_shared<AreaLayer>(QStringLiteral("grids"), tr("Unit grids"), gridStyle);

    // Components: one category per big class of the taxonomy, coloured in turn.
    QList<PointLayer::Category> componentCategories;
    QHash<QString, int> bigClassCategory;
    for (const TaxonomyClass &c : taxonomy.classes(TaxonomyKind::Component)) {
        if (!bigClassCategory.contains(c.bigClassCode)) {
            bigClassCategory.insert(c.bigClassCode, int(componentCategories.size()));
            componentCategories << PointLayer::Category{
                c.bigClassZh, palette()[componentCategories.size() % palette().size()]};
        }
        m_componentCategory.insert(c.code, bigClassCategory.value(c.bigClassCode));
    }
    components = std::make_shared<PointLayer>(QStringLiteral("components"), tr("Components"),
                                              QStringLiteral("component"), componentCategories,
                                              17, 3.5);
    heat = std::make_shared<HeatLayer>(QStringLiteral("heat"), tr("Case heat map"));
    cases = std::make_shared<PointLayer>(
        QStringLiteral("cases"), tr("Open cases"), QStringLiteral("case"),
        QList<PointLayer::Category>{{tr("overdue"), QColor(0xEF, 0x53, 0x50)},
                                    {tr("due soon"), QColor(0xFF, 0xCA, 0x28)},
                                    {tr("in time"), QColor(0x66, 0xBB, 0x6A)},
                                    {tr("no clock"), QColor(0x90, 0xA4, 0xAE)}},
        13, 5); // thousands of cases: a density at city scale, symbols from district scale on
    devices = std::make_shared<PointLayer>(
        QStringLiteral("devices"), tr("Sensors, cameras, vehicles"), QStringLiteral("device"),
        QList<PointLayer::Category>{{tr("sensor"), QColor(0x26, 0xC6, 0xDA)},
                                    {tr("sensor in alarm"), QColor(0xFF, 0x70, 0x43)},
                                    {tr("camera"), QColor(0xCE, 0x93, 0xD8)},
                                    {tr("vehicle"), QColor(0xFF, 0xEE, 0x58)}},
        0, 4);
    vehicles = std::make_shared<PointLayer>(
        QStringLiteral("vehicles"), tr("Vehicles and their tracks"), QStringLiteral("vehicle"),
        QList<PointLayer::Category>{{tr("vehicle"), QColor(0xFF, 0xEE, 0x58)},
                                    {tr("last half hour"), QColor(0xFF, 0xEE, 0x58, 90)}},
        0, 4);
    if (settings)
        addRasters(*settings);

    // The panel's order, top first: live things over components over areas over basemaps.
    m_panel.add(cases);
    m_panel.add(vehicles);
    m_panel.add(devices, false);
    m_panel.add(heat, false, 0.8);
    m_panel.add(components, true, 0.6);
    m_panel.add(grids);
    m_panel.add(communities);
    m_panel.add(streets);
    m_panel.add(districts);
    for (const auto &r : std::as_const(rasters))
        m_panel.add(r);
}

void MapLayerSet::addRasters(QSettings &s)
{
    int i = 0;
    for (const RasterServer &r : MapSettings::readServers(s)) {
        ++i;
        yw::map::RasterTileLayer::Source src;
        src.kind = r.kind == QLatin1String("wms")    ? yw::map::RasterTileLayer::Kind::Wms
                   : r.kind == QLatin1String("wmts") ? yw::map::RasterTileLayer::Kind::Wmts
                                                     : yw::map::RasterTileLayer::Kind::Xyz;
        src.url = r.url;
        src.layers = r.layers;
        src.timeoutMs = r.timeoutMs;
        rasters << std::make_shared<yw::map::RasterTileLayer>(
            QStringLiteral("raster%1").arg(i), r.title.isEmpty() ? tr("Basemap %1").arg(i) : r.title,
            src);
    }
}

} // namespace yw::onemap
