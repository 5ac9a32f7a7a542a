#pragma once

#include "areafeature.h"
#include "areashapeindex.h"
#include "maplayer.h"

#include <QMutex>

#include <memory>
#include <vector>

namespace yw::map {

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
    // What the workers read, replaced whole when the features change.
    struct Data
    {
        std::vector<AreaFeature> features;
        AreaShapeIndex index;
    };
    std::shared_ptr<const Data> data() const;

    QString m_id, m_title;
    Style m_style;
    mutable QMutex m_mutex;
    std::shared_ptr<const Data> m_data;
};

} // namespace yw::map
