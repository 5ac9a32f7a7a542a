#pragma once

#include "maplayer.h"
#include "pointindex.h"

#include <QMutex>

#include <array>
#include <memory>

namespace yw::map {

// Points by category: millions of components, the open cases, sensors, vehicles, cameras. Zoomed
// out, a density surface (points per pixel, on a logarithmic ramp) says where things are without
// drawing millions of symbols; from symbolZoom on each point is a symbol in its category's colour.
class PointLayer : public MapLayer
{
public:
    struct Category
    {
        QString label;
        QColor colour;
    };
    // What the layer holds; built off the GUI thread, then handed over whole.
    struct Data
    {
        PointIndex index;
        std::vector<uint16_t> category; // per point
        std::vector<quint64> numericId; // per point (component ids are 17 digits), or empty
        QStringList textId;             // per point when ids are not numbers, or empty
        QStringList text;               // per point label (case number...), or empty
    };

    PointLayer(QString id, QString title, QString kind, QList<Category> categories,
               double symbolZoom, double symbolRadiusPx);

    QString id() const override { return m_id; }
    QString title() const override { return m_title; }
    QList<LegendEntry> legend() const override;
    TileResult renderTile(QImage &image, const TileKey &key) const override;
    QList<Identified> identify(const QPointF &metres, double zoom, double radiusPx) const override;

    // The points inside a rectangle (metres): their original indices, at most `limit`, and
    // the full count.
    QList<uint32_t> pointsIn(const QRectF &metres, int limit, int *count) const;

    void setData(std::shared_ptr<const Data> data);
    size_t pointCount() const;
    std::shared_ptr<const Data> data() const;

private:
    bool renderDensity(QImage &image, const TileKey &key, const Data &d) const;
    bool renderSymbols(QImage &image, const TileKey &key, const Data &d) const;
    // The categories' symbols at a zoom (radius follows the zoom), drawn once and kept.
    QList<QImage> spritesFor(int zoom, double radius) const;

    QString m_id, m_title, m_kind;
    QList<Category> m_categories;
    double m_symbolZoom;
    double m_radius;
    mutable QMutex m_mutex;
    std::shared_ptr<const Data> m_data;
    mutable QMutex m_spriteMutex;
    mutable std::array<QList<QImage>, 24> m_sprites; // by zoom

};

} // namespace yw::map
