#pragma once

#include "layerlistmodel.h"
#include "mapcanvas.h"

#include <QtQml/qqmlregistration.h>

namespace yw::trainingmodule {

// The shared map view's types (app/mapview) as this module's QML sees them (the replay's map).
struct MapCanvasForeign
{
    Q_GADGET
    QML_FOREIGN(yw::mapview::MapCanvas)
    QML_NAMED_ELEMENT(MapCanvas)
};

struct LayerListModelForeign
{
    Q_GADGET
    QML_FOREIGN(yw::mapview::LayerListModel)
    QML_NAMED_ELEMENT(LayerListModel)
    QML_UNCREATABLE("made by the replay")
};

} // namespace yw::trainingmodule
