#pragma once

#include "gadgetlistmodel.h"
#include "identifiedfeature.h"
#include "maplayer.h"

#include <QObject>
#include <QPointF>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace yw::mapview {
class MapCanvas;
}

namespace yw::onemap {

class OneMapWorkspace;

// The map's "what is here": a click gives the nearest feature of each visible layer, a
// rectangle (Shift+drag) the counts of components, open cases and devices in it and the cases
// themselves; each with its details from the case database. From there, a case opens where
// cases are worked on, and a new report starts at the place clicked. Declared in the page:
// IdentifyTool { canvas: canvas; workspace: page.workspace }.
class IdentifyTool : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("mapcanvas.h")
    Q_MOC_INCLUDE("onemapworkspace.h")
    Q_PROPERTY(yw::mapview::MapCanvas *canvas MEMBER m_canvas NOTIFY inputsChanged)
    Q_PROPERTY(yw::onemap::OneMapWorkspace *workspace MEMBER m_workspace NOTIFY inputsChanged)
    // IdentifiedFeature rows.
    Q_PROPERTY(QAbstractItemModel *features READ features CONSTANT)
    Q_PROPERTY(int count READ count NOTIFY featuresChanged)
    // A place was clicked: a report can start there.
    Q_PROPERTY(bool hasPlace READ hasPlace NOTIFY featuresChanged)

public:
    struct SelectionCounts
    {
        int components = 0;
        int cases = 0;
        int devices = 0;
    };

    explicit IdentifyTool(QObject *parent = nullptr);

    void setCanvas(yw::mapview::MapCanvas *canvas) { m_canvas = canvas; }
    void setWorkspace(OneMapWorkspace *workspace) { m_workspace = workspace; }
    QAbstractItemModel *features() { return &m_features; }
    const QList<IdentifiedFeature> &rows() const { return m_features.rows(); }
    int count() const { return int(m_features.rows().size()); }
    bool hasPlace() const { return !m_place.isNull(); }
    QPointF place() const { return m_place; }
    SelectionCounts lastSelection() const { return m_selection; }

    // What lies under (x, y) of the canvas.
    Q_INVOKABLE void identifyAt(double x, double y);
    // What lies in the rectangle (canvas pixels).
    Q_INVOKABLE void selectIn(double x0, double y0, double x1, double y1);
    // Hands over: the case to where cases are worked on; a new report at the place clicked.
    Q_INVOKABLE bool openCase(qint64 caseId) const;
    Q_INVOKABLE bool reportHere() const;

signals:
    void inputsChanged();
    void featuresChanged();

private:
    IdentifiedFeature describe(const yw::map::Identified &f) const;

    QPointer<yw::mapview::MapCanvas> m_canvas;
    QPointer<OneMapWorkspace> m_workspace;
    yw::shell::GadgetListModel<IdentifiedFeature> m_features;
    QPointF m_place; // lon/lat of the last click
    SelectionCounts m_selection;
};

} // namespace yw::onemap
