#pragma once

#include "areafeaturereader.h"
#include "arealayer.h"
#include "layerlistmodel.h"
#include "mapcanvas.h"
#include "pointlayer.h"
#include "scenariorun.h"
#include "sourcetable.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace yw::scenario {

// A map widget's layers, drawn by the one map's engine (app/map, on the shared MapCanvas): the
// outlines of a level of areas (districts or streets), filled by the source's figure where its
// rows are those areas (a choropleth), and the source's rows as points where they have lon and
// lat. The outlines are read once per running scenario (ScenarioRun::outlines).
class ScenarioMap : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(yw::scenario::ScenarioRun *run READ run WRITE setRun NOTIFY inputsChanged)
    Q_PROPERTY(yw::scenario::SourceTable *table READ table WRITE setTable NOTIFY inputsChanged)
    // "districts" or "streets"
    Q_PROPERTY(QString level READ level WRITE setLevel NOTIFY inputsChanged)
    Q_PROPERTY(QColor colour READ colour WRITE setColour NOTIFY inputsChanged)
    // The canvas it fits to the outlines once they are in.
    Q_PROPERTY(yw::mapview::MapCanvas *canvas READ canvas WRITE setCanvas NOTIFY inputsChanged)
    Q_PROPERTY(yw::mapview::LayerListModel *layers READ layers CONSTANT)
    // The outlines are in.
    Q_PROPERTY(bool ready READ ready NOTIFY readyChanged)
    // The points drawn, the areas filled.
    Q_PROPERTY(int pointCount READ pointCount NOTIFY drawn)
    Q_PROPERTY(int filledAreas READ filledAreas NOTIFY drawn)

public:
    static constexpr qint64 kTileCacheBytes = 24ll * 1024 * 1024;

    explicit ScenarioMap(QObject *parent = nullptr);

    ScenarioRun *run() const { return m_run; }
    void setRun(ScenarioRun *run);
    SourceTable *table() const { return m_table; }
    void setTable(SourceTable *table);
    QString level() const { return m_level; }
    void setLevel(const QString &level);
    QColor colour() const { return m_colour; }
    void setColour(const QColor &colour);
    yw::mapview::MapCanvas *canvas() const { return m_canvas; }
    void setCanvas(yw::mapview::MapCanvas *canvas);
    yw::mapview::LayerListModel *layers() { return &m_layers; }
    bool ready() const { return bool(m_outlines); }
    int pointCount() const { return m_pointCount; }
    int filledAreas() const { return m_filled; }

    // The row of the source under (x, y) of the canvas (its area, or its point), or -1.
    Q_INVOKABLE int rowAt(double x, double y) const;

signals:
    void inputsChanged();
    void readyChanged();
    void drawn();

private:
    void fetchOutlines();
    void redraw();
    void fit();

    QPointer<ScenarioRun> m_run;
    QPointer<SourceTable> m_table;
    QPointer<yw::mapview::MapCanvas> m_canvas;
    QString m_level = QStringLiteral("districts");
    QColor m_colour = QColor(0x2f, 0x9b, 0xff);
    std::shared_ptr<const yw::mapview::AreaFeatureReader::Level> m_outlines;
    std::shared_ptr<yw::map::AreaLayer> m_districts, m_streets; // the level shown has features
    QRectF m_pointBounds; // lon/lat of the points, to fit to them
    std::shared_ptr<yw::map::PointLayer> m_points;
    yw::mapview::LayerListModel m_layers;
    int m_pointCount = 0;
    int m_filled = 0;
    bool m_fitted = false;
    QRectF m_fittedTo; // the points' box last fitted to
};

} // namespace yw::scenario
