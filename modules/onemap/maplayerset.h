#pragma once

#include "arealayer.h"
#include "heatlayer.h"
#include "layerlistmodel.h"
#include "pointlayer.h"
#include "rastertilelayer.h"
#include "taxonomy.h"

#include <QCoreApplication>
#include <QSettings>

namespace yw::onemap {

// The one map's layers, styled, and the layer panel that lists them top first: live cases and
// vehicles over devices, the heat map and components, over the area outlines, over the site's
// raster sources (a basemap or QGIS Server, from the settings "onemap/rasterN/kind|url|layers|
// title|timeoutMs"). The loaders fill them; this only says what they are and how they look.
class MapLayerSet
{
    Q_DECLARE_TR_FUNCTIONS(yw::onemap::MapLayerSet)
public:
    // Categories of the case layer (by deadline light) and of the device layer.
    enum CaseCategory { Overdue, DueSoon, InTime, NoClock };
    enum DeviceCategory { Sensor, SensorInAlarm, Camera, Vehicle };

    MapLayerSet(const yw::core::Taxonomy &taxonomy, QSettings *settings);

    yw::mapview::LayerListModel &panel() { return m_panel; }
    // The component layer's category of a class code (its big class).
    int componentCategory(const QString &classCode) const { return m_componentCategory.value(classCode); }
    const QHash<QString, int> &componentCategories() const { return m_componentCategory; }

    std::shared_ptr<yw::map::AreaLayer> districts, streets, communities, grids;
    std::shared_ptr<yw::map::PointLayer> components, cases, devices, vehicles;
    std::shared_ptr<yw::map::HeatLayer> heat;
    QList<std::shared_ptr<yw::map::RasterTileLayer>> rasters;

    // The big classes' colours, in turn (components by class, districts' fills).
    static const QList<QColor> &palette();

private:
    void addRasters(QSettings &settings);

    yw::mapview::LayerListModel m_panel;
    QHash<QString, int> m_componentCategory; // class code → category
};

} // namespace yw::onemap
