#include "scenariomap.h"

#include "scenariorun.h"
#include "webmercator.h"

namespace yw::scenario {

using yw::map::AreaLayer;
using yw::map::PointLayer;
using yw::map::WebMercator;

ScenarioMap::ScenarioMap(QObject *parent)
    : QObject(parent)
{
    // Outlines stroked bright; districts named from the city's scale, streets when zoomed in
    // (seventy names on a city would cover it).
    m_districts = std::make_shared<AreaLayer>(QStringLiteral("districts"), tr("Districts"),
                                              AreaLayer::Style{QColor(0x90, 0xCA, 0xF9), 1.5, Qt::SolidLine, 0, 9, {}});
    m_streets = std::make_shared<AreaLayer>(QStringLiteral("streets"), tr("Streets"),
                                            AreaLayer::Style{QColor(0x90, 0xCA, 0xF9, 190), 1.0, Qt::SolidLine, 0, 13, {}});
    m_points = std::make_shared<PointLayer>(QStringLiteral("rows"), tr("Data"), QStringLiteral("row"),
                                            QList<PointLayer::Category>{{tr("Data"), QColor(0xff, 0xb7, 0x4d)}}, 11, 4);
    m_layers.add(m_points);
    m_layers.add(m_streets);
    m_layers.add(m_districts);
}

void ScenarioMap::setRun(ScenarioRun *run)
{
    if (run == m_run)
        return;
    if (m_run)
        disconnect(m_run, nullptr, this, nullptr);
    m_run = run;
    if (run)
        connect(run, &ScenarioRun::outlinesRead, this, [this](const QString &layerId) {
            if (layerId == m_level)
                fetchOutlines();
        });
    emit inputsChanged();
    fetchOutlines();
}

void ScenarioMap::setTable(SourceTable *table)
{
    if (table == m_table)
        return;
    if (m_table)
        disconnect(m_table, nullptr, this, nullptr);
    m_table = table;
    if (table)
        connect(table, &SourceTable::rowsChanged, this, &ScenarioMap::redraw);
    emit inputsChanged();
    redraw();
}

void ScenarioMap::setLevel(const QString &level)
{
    const QString l = level == QLatin1String("streets") ? level : QStringLiteral("districts");
    if (l == m_level)
        return;
    m_level = l;
    m_outlines.reset();
    m_fitted = false;
    m_fittedTo = QRectF();
    emit inputsChanged();
    fetchOutlines();
}

void ScenarioMap::setColour(const QColor &colour)
{
    if (colour == m_colour || !colour.isValid())
        return;
    m_colour = colour;
    emit inputsChanged();
    redraw();
}

void ScenarioMap::setCanvas(yw::mapview::MapCanvas *canvas)
{
    if (canvas == m_canvas)
        return;
    m_canvas = canvas;
    m_fitted = false;
    m_fittedTo = QRectF();
    if (canvas) {
        canvas->setLayers(&m_layers);
        // Each refresh redraws its layers: the tiles of older data are of no more use, and a
        // wall left for days must not fill the one map's 384 MB cache per map widget.
        canvas->renderer().setCacheBytes(kTileCacheBytes);
    }
    emit inputsChanged();
    fit();
}

void ScenarioMap::fetchOutlines()
{
    if (!m_run)
        return;
    auto outlines = m_run->outlines(m_level);
    if (!outlines || outlines == m_outlines)
        return;
    m_outlines = outlines;
    emit readyChanged();
    redraw();
    fit();
}

void ScenarioMap::fit()
{
    // To the points where there are some (a district's cases), else to the outlines; again only
    // when the points leave the box fitted to (another district picked), so that a refresh does
    // not move a map someone has panned.
    if (!m_canvas || m_canvas->width() <= 0)
        return;
    if (!m_pointBounds.isNull()) {
        if (!m_fittedTo.contains(m_pointBounds)) {
            m_canvas->fitLonLat(m_pointBounds, 1.15, 16);
            m_fittedTo = m_pointBounds.adjusted(-m_pointBounds.width() * 0.1, -m_pointBounds.height() * 0.1,
                                                m_pointBounds.width() * 0.1, m_pointBounds.height() * 0.1);
            m_fitted = true;
        }
        return;
    }
    if (m_fitted || !m_outlines || m_outlines->lonLatBounds.isNull())
        return;
    m_canvas->fitLonLat(m_outlines->lonLatBounds, 1.05, 16);
    m_fitted = true;
}

void ScenarioMap::redraw()
{
    // The choropleth: the source's figure of each area (its rows' label is an area's code).
    QHash<QString, double> values;
    double maximum = 0;
    if (m_table && m_table->count() > 0) {
        const int label = m_table->labelColumn();
        const int value = m_table->valueColumn();
        if (label >= 0 && value >= 0 && m_table->formats()[label].kind == ColumnFormat::Kind::Area)
            for (int r = 0; r < m_table->count(); ++r) {
                const double v = m_table->number(r, value);
                values.insert(m_table->raw(r, label).toString(), v);
                maximum = std::max(maximum, v);
            }
    }
    m_filled = 0;
    if (m_outlines) {
        std::vector<yw::map::AreaFeature> features = m_outlines->features;
        for (yw::map::AreaFeature &f : features) {
            const auto it = values.constFind(f.code);
            if (it == values.constEnd() || maximum <= 0) {
                f.fill = Qt::transparent;
                continue;
            }
            f.fill = m_colour;
            f.fill.setAlpha(40 + int(180 * *it / maximum)); // more is deeper
            ++m_filled;
        }
        const bool streets = m_level == QLatin1String("streets");
        (streets ? m_streets : m_districts)->setFeatures(std::move(features));
        (streets ? m_districts : m_streets)->setFeatures({});
        m_layers.touch(QStringLiteral("districts"));
        m_layers.touch(QStringLiteral("streets"));
    }
    // The rows with a place as points.
    auto data = std::make_shared<PointLayer::Data>();
    std::vector<float> xs, ys;
    double west = 180, east = -180, south = 90, north = -90;
    if (m_table) {
        const int lon = m_table->columnIndex(QStringLiteral("lon")), lat = m_table->columnIndex(QStringLiteral("lat"));
        if (lon >= 0 && lat >= 0)
            for (int r = 0; r < m_table->count(); ++r) {
                const QVariant x = m_table->raw(r, lon), y = m_table->raw(r, lat);
                if (x.isNull() || y.isNull())
                    continue;
                const QPointF m = WebMercator::toMetres(x.toDouble(), y.toDouble());
                west = std::min(west, x.toDouble());
                east = std::max(east, x.toDouble());
                south = std::min(south, y.toDouble());
                north = std::max(north, y.toDouble());
                xs.push_back(float(m.x()));
                ys.push_back(float(m.y()));
                data->category.push_back(0);
                data->numericId.push_back(quint64(r)); // the row, for a click
            }
    }
    m_pointCount = int(xs.size());
    // A single point still gets a little box around it.
    m_pointBounds = xs.empty() ? QRectF()
                               : QRectF(QPointF(west, south), QPointF(east, north)).normalized().adjusted(-0.002, -0.002, 0.002, 0.002);
    data->index.build(std::move(xs), std::move(ys), 64);
    m_points->setData(data);
    m_layers.touch(QStringLiteral("rows"));
    fit();
    emit drawn();
}

int ScenarioMap::rowAt(double x, double y) const
{
    if (!m_canvas || !m_table)
        return -1;
    for (const yw::map::Identified &hit : m_canvas->identifyAt(x, y)) {
        if (hit.layer == QLatin1String("rows"))
            return hit.id.toInt();
        if (hit.layer == QLatin1String("districts") || hit.layer == QLatin1String("streets")) {
            const int label = m_table->labelColumn();
            for (int r = 0; label >= 0 && r < m_table->count(); ++r)
                if (m_table->raw(r, label).toString() == hit.id)
                    return r;
        }
    }
    return -1;
}

} // namespace yw::scenario
