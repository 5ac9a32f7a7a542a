#include "mapexporter.h"

#include "layerlistmodel.h"
#include "mapcanvas.h"
#include "mapprinter.h"
#include "webmercator.h"

namespace yw::onemap {

MapExporter::MapExporter(QObject *parent)
    : QObject(parent)
{}

QString MapExporter::exportTo(const QUrl &file)
{
    if (!m_canvas || !m_layers) {
        m_message = tr("No map to export.");
        emit messageChanged();
        return m_message;
    }
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    QList<yw::map::MapPrinter::Layer> layers;
    const auto &entries = m_layers->entries();
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) // drawn bottom up
        if (it->visible)
            layers << yw::map::MapPrinter::Layer{it->layer, it->opacity};
    yw::map::MapPrinter::View view;
    view.centreMetres = yw::map::WebMercator::toMetres(m_canvas->centerLon(), m_canvas->centerLat());
    view.zoom = m_canvas->zoom();
    view.size = QSize(std::max(200, int(m_canvas->width())), std::max(200, int(m_canvas->height())));
    yw::map::MapPrinter printer(layers, view, tr("One map of city management"));
    printer.setTrainingMark(m_training);
    const bool pdf = path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
    const bool written = pdf ? printer.writePdf(path) : printer.renderImage().save(path, "PNG");
    m_message = written ? tr("Written to %1.").arg(path) : tr("Cannot write %1.").arg(path);
    emit messageChanged();
    return written ? QString() : m_message;
}

} // namespace yw::onemap
