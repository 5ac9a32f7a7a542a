#pragma once

#include "maplayer.h"
#include "pointindex.h"

#include <QMutex>

#include <memory>

namespace yw::map {

// A heat map of points (cases over a time window and a class filter): a Gaussian kernel of
// radiusPx around each point, summed, on a fixed ramp so that tiles agree at their edges. The
// value at a pixel is the kernel-weighted count of points within about radiusPx.
class HeatLayer : public MapLayer
{
public:
    HeatLayer(QString id, QString title, double radiusPx = 24, double fullAt = 6);

    QString id() const override { return m_id; }
    QString title() const override { return m_title; }
    QList<LegendEntry> legend() const override;
    TileResult renderTile(QImage &image, const TileKey &key) const override;

    void setPoints(std::vector<float> xs, std::vector<float> ys);
    int pointCount() const { return int(points()->size()); }
    // The summed kernel at a point (metres) at a zoom: what a pixel's colour stands for.
    double valueAt(const QPointF &metres, double zoom) const;

private:
    std::shared_ptr<const PointIndex> points() const;

    QString m_id, m_title;
    double m_radius, m_fullAt;
    mutable QMutex m_mutex;
    std::shared_ptr<const PointIndex> m_points;
};

} // namespace yw::map
