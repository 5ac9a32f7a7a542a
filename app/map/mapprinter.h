#pragma once

#include "maplayer.h"

#include <QImage>
#include <QPointF>

#include <memory>

namespace yw::map {

// A view of the map as a document: the layers rendered for the view's extent, with a title, the
// legend, a scale bar and a north arrow, to PNG or to a PDF page. Renders its own tiles on the
// calling thread (an export waits for nothing the screen has not drawn yet).
class MapPrinter
{
public:
    struct Layer
    {
        std::shared_ptr<const MapLayer> layer;
        double opacity = 1.0;
    };
    struct View
    {
        QPointF centreMetres; // EPSG:3857
        double zoom = 12;
        QSize size{1600, 1000};
    };

    MapPrinter(QList<Layer> layers, View view, QString title);
    // Marks the document as made from a training database (实训).
    void setTrainingMark(bool on) { m_training = on; }

    // The map alone (no decorations), view.size pixels.
    QImage renderMap() const;
    // Map with title, legend, scale bar and north arrow.
    QImage renderImage() const;
    // An A4 landscape page with the same; false with a reason when the file cannot be written.
    bool writePdf(const QString &path, QString *error = nullptr) const;

private:
    void decorate(QPainter &p, const QRectF &mapArea, double pixelScale) const;

    QList<Layer> m_layers;
    View m_view;
    QString m_title;
    bool m_training = false;
};

} // namespace yw::map
