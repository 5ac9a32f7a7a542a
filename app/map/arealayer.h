#pragma once

#include "maplayer.h"

#include <QMutex>
#include <QPainterPath>

#include <memory>
#include <vector>

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

// Outlines of areas, filled and stroked, labelled from a zoom on.
class AreaLayer : public MapLayer
{
public:
    struct Style
    {
        QColor stroke;
        double strokeWidth = 1;
        Qt::PenStyle penStyle = Qt::SolidLine;
        double minZoom = 0;
        double labelZoom = 99; // names drawn from this zoom on
        QList<LegendEntry> legend;
    };

    AreaLayer(QString id, QString title, Style style);

    QString id() const override { return m_id; }
    QString title() const override { return m_title; }
    QList<LegendEntry> legend() const override { return m_style.legend; }
    double minZoom() const override { return m_style.minZoom; }
    TileResult renderTile(QImage &image, const TileKey &key) const override;
    QList<Identified> identify(const QPointF &metres, double zoom, double radiusPx) const override;

    void setFeatures(std::vector<AreaFeature> features);
    int featureCount() const;

private:
    std::shared_ptr<const std::vector<AreaFeature>> features() const;

    QString m_id, m_title;
    Style m_style;
    mutable QMutex m_mutex;
    std::shared_ptr<const std::vector<AreaFeature>> m_features;
};

} // namespace yw::map
