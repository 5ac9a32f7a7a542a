#pragma once

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace yw::mapview {
class LayerListModel;
class MapCanvas;
}

namespace yw::onemap {


// Writes what the canvas shows, with the panel's visible layers in their order and opacity, a
// title, legend, scale bar and north arrow: an A4 PDF page when the file ends in .pdf, else a
// PNG. Declared in the page: MapExporter { canvas: canvas; layers: page.workspace.layers }.
class MapExporter : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("mapcanvas.h")
    Q_MOC_INCLUDE("layerlistmodel.h")
    Q_PROPERTY(yw::mapview::MapCanvas *canvas MEMBER m_canvas NOTIFY inputsChanged)
    Q_PROPERTY(yw::mapview::LayerListModel *layers MEMBER m_layers NOTIFY inputsChanged)
    // A training database's map: the export carries the training mark.
    Q_PROPERTY(bool training MEMBER m_training NOTIFY inputsChanged)
    // Where the last export went, or why it did not.
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)

public:
    explicit MapExporter(QObject *parent = nullptr);

    void setCanvas(yw::mapview::MapCanvas *canvas) { m_canvas = canvas; }
    void setLayers(yw::mapview::LayerListModel *layers) { m_layers = layers; }
    QString message() const { return m_message; }

    // Returns an empty string or what went wrong.
    Q_INVOKABLE QString exportTo(const QUrl &file);

signals:
    void inputsChanged();
    void messageChanged();

private:
    QPointer<yw::mapview::MapCanvas> m_canvas;
    QPointer<yw::mapview::LayerListModel> m_layers;
    QString m_message;
    bool m_training = false;
};

} // namespace yw::onemap
