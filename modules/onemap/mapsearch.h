#pragma once

#include "mapsearchfilter.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

#include <memory>
#include <vector>

namespace yw::mapview {
class MapCanvas;
}

namespace yw::onemap {

class OneMapWorkspace;

// The map's search box: the first filter whose form the text has (case number, component code,
// unit grid or place name) finds it, and the canvas goes there. Declared in the page:
// MapSearch { canvas: canvas; workspace: page.workspace }.
class MapSearch : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("mapcanvas.h")
    Q_MOC_INCLUDE("onemapworkspace.h")
    Q_PROPERTY(yw::mapview::MapCanvas *canvas MEMBER m_canvas NOTIFY inputsChanged)
    Q_PROPERTY(yw::onemap::OneMapWorkspace *workspace READ workspace WRITE setWorkspace NOTIFY inputsChanged)
    // What was found, or why nothing was.
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool found READ found NOTIFY messageChanged)

public:
    explicit MapSearch(QObject *parent = nullptr);
    ~MapSearch() override;

    void setCanvas(yw::mapview::MapCanvas *canvas) { m_canvas = canvas; }
    OneMapWorkspace *workspace() const { return m_workspace; }
    void setWorkspace(OneMapWorkspace *workspace);
    QString message() const { return m_message; }
    bool found() const { return m_found; }

    // Finds the text and moves the canvas there; returns an empty string or why not.
    Q_INVOKABLE QString search(const QString &text);

signals:
    void inputsChanged();
    void messageChanged();

private:
    QPointer<yw::mapview::MapCanvas> m_canvas;
    QPointer<OneMapWorkspace> m_workspace;
    std::vector<std::unique_ptr<MapSearchFilter>> m_filters;
    QString m_message;
    bool m_found = false;
};

} // namespace yw::onemap
