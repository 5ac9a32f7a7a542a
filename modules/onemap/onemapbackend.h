#pragma once

#include "arealayer.h"
#include "heatlayer.h"
#include "layerlistmodel.h"
#include "modulecontext.h"
#include "geodatarepository.h"
#include "pointlayer.h"
#include "rastertilelayer.h"

#include <QFutureWatcher>
#include <QObject>
#include <QtQml/qqmlregistration.h>
#include <QTimer>
#include <QVariantList>

namespace yw::onemap {

class MapCanvas;

// 行业监管一张图: builds the layers from the case database (areas, components, open cases, a heat
// map of recent cases, devices), keeps the case layers live from the change feed, and answers
// identify and search for the page. The millions of components load in a worker thread on their
// own connection; the map is usable meanwhile.
class OneMapBackend : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by its module")
    Q_PROPERTY(QObject *layers READ layers CONSTANT)
    Q_PROPERTY(QVariantList identified READ identified NOTIFY identifiedChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(int heatDays READ heatDays WRITE setHeatDays NOTIFY heatChanged)
    // The heat map's class filter: "" (all cases), "component:01", "matter:03" (a big class) or
    // "matter:03017" (one class); the choices are the taxonomy's big classes.
    Q_PROPERTY(QString heatClass READ heatClass WRITE setHeatClass NOTIFY heatChanged)
    Q_PROPERTY(QVariantList heatClassChoices READ heatClassChoices CONSTANT)
    Q_PROPERTY(bool componentsLoaded READ componentsLoaded NOTIFY componentsLoadedChanged)
    // The time slider: replaying a day shows the cases reported that day up to the minute.
    Q_PROPERTY(bool replaying READ replaying NOTIFY replayChanged)
    Q_PROPERTY(QString replayDay READ replayDay NOTIFY replayChanged)
    Q_PROPERTY(int replayMinute READ replayMinute NOTIFY replayChanged)
    Q_PROPERTY(int replayShown READ replayShown NOTIFY replayChanged)

public:
    explicit OneMapBackend(yw::shell::ModuleContext &context, QObject *parent = nullptr);
    ~OneMapBackend() override;

    QObject *layers() { return &m_layers; }
    LayerListModel &layerModel() { return m_layers; }
    QVariantList identified() const { return m_identified; }
    QString message() const { return m_message; }
    int heatDays() const { return m_heatDays; }
    void setHeatDays(int days);
    QString heatClass() const { return m_heatClass; }
    void setHeatClass(const QString &filter);
    QVariantList heatClassChoices() const;
    bool componentsLoaded() const { return m_componentsLoaded; }
    bool replaying() const { return m_replayDay.isValid(); }
    QString replayDay() const { return m_replayDay.toString(Qt::ISODate); }
    int replayMinute() const { return m_replayMinute; }
    int replayShown() const { return m_replayShown; }

    // Starts replaying a day ("yyyy-MM-dd", city time): the case layer shows that day's cases,
    // each from the minute it was reported; an empty day ends the replay (back to the open cases).
    Q_INVOKABLE QString replay(const QString &day);
    // Moves the replay's clock (0…1439, minutes after midnight).
    Q_INVOKABLE void setReplayMinute(int minute);
    // The day before or after the one replayed (or today).
    Q_INVOKABLE QString shiftReplayDay(int days);

    // Reads the areas and cases now; starts loading the components.
    yw::core::Status load();
    // For tests and benchmarks: blocks until the components are in.
    void waitForComponents();

    // Fills `identified` with what lies under (x, y) of the canvas, with details from the
    // database: [{kind, id, title, details: [{label, value}]}].
    Q_INVOKABLE void identify(QObject *canvas, double x, double y);
    // Fills `identified` with what lies in the rectangle (canvas pixels): counts of components,
    // open cases and devices, and the cases themselves (50 at most).
    Q_INVOKABLE void selectIn(QObject *canvas, double x0, double y0, double x1, double y1);
    // A case number, component id, grid code, or a community/street/district name: centres the
    // canvas on it; returns an empty string or what was not found.
    Q_INVOKABLE QString search(QObject *canvas, const QString &text);
    // The centre of the city and a zoom that shows it whole on a canvas of that size.
    Q_INVOKABLE void showCity(QObject *canvas);
    // Hands over to dispatch: the case, or a new report at the last place clicked.
    Q_INVOKABLE void openCase(qint64 caseId);
    Q_INVOKABLE void reportHere();
    // Length of the line through the points (lon/lat pairs, CGCS2000) in metres, and the area
    // of the polygon they close, in square metres: {distance, area, distanceText, areaText}.
    Q_INVOKABLE QVariantMap measure(const QVariantList &points) const;
    // Writes the canvas's view with title, legend, scale bar and north arrow: a PDF page when
    // the file ends in .pdf, else a PNG. Returns an empty string or what went wrong.
    Q_INVOKABLE QString exportView(QObject *canvas, const QUrl &file);

signals:
    void identifiedChanged();
    void messageChanged();
    void heatChanged();
    void componentsLoadedChanged();
    void replayChanged();

private:
    yw::core::Status loadAreas();
    // The open cases (on every burst of changes) and the heat map (every few minutes).
    yw::core::Status loadCases();
    yw::core::Status loadHeat();
    yw::core::Status loadDevices();
    void startComponents();
    QVariantMap describe(const yw::map::Identified &f) const;
    void setMessage(const QString &m);

    yw::shell::ModuleContext &m_context;
    LayerListModel m_layers;
    std::shared_ptr<yw::map::AreaLayer> m_districts, m_streets, m_communities, m_grids;
    std::shared_ptr<yw::map::PointLayer> m_components, m_cases, m_devices;
    std::shared_ptr<yw::map::HeatLayer> m_heat;
    QHash<QString, int> m_componentCategory; // class code → category
    QFutureWatcher<std::shared_ptr<const yw::map::PointLayer::Data>> m_componentLoad;
    QVariantList m_identified;
    QString m_message;
    int m_heatDays = 30;
    QString m_heatClass;
    bool m_componentsLoaded = false;
    QTimer m_debounce;
    QList<std::shared_ptr<yw::map::RasterTileLayer>> m_rasters;
    QTimer m_rasterStatus;
    QTimer m_heatRefresh;
    QRectF m_cityBounds; // lon/lat
    QPointF m_lastClick;  // lon/lat of the last identify
    QDate m_replayDay;
    int m_replayMinute = 24 * 60 - 1;
    int m_replayShown = 0;
    QList<yw::core::CaseRecord> m_replayCases; // the day's cases, reported order
    void showReplay();
    // Vehicles: every GPS position, by vehicle then time; drawn at a moment with the last half
    // hour as their track.
    std::shared_ptr<yw::map::PointLayer> m_vehicles;
    std::vector<yw::store::GeodataRepository::VehiclePosition> m_positions;
    QDateTime m_latestPosition;
    void showVehiclesAt(const QDateTime &t);
};

} // namespace yw::onemap
