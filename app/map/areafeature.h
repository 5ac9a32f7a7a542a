#pragma once

#include <QColor>
#include <QPainterPath>
#include <QRectF>
#include <QString>

namespace yw::map {

// An area of a layer: a district, street, community, unit grid or responsibility grid, its
// outline in metres (EPSG:3857) and its fill (rule-based styling decides it when loading).
struct AreaFeature
{
    QString code;
    QString name;
    QPainterPath path;
    QRectF bounds;
    QColor fill = Qt::transparent;
};

} // namespace yw::map
