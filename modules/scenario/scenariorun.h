#pragma once

#include "areafeaturereader.h"
#include "controllistmodel.h"
#include "crossfilter.h"
#include "dimensionnames.h"
#include "scenariodocument.h"
#include "sourcereadpool.h"
#include "sourcerefresher.h"
#include "sourcetable.h"
#include "widgetlistmodel.h"

#include <QObject>
#include <QSet>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <map>
#include <memory>

namespace yw::shell {
class ModuleContext;
}

namespace yw::scenario {

// A scenario running on a screen: its widgets (WidgetListModel), its controls
// (ControlListModel), one SourceTable per source kept fresh by a SourceRefresher (its interval,
// the change feed's news debounced, midnight, the controls), the cross-filter clicked on its
// widgets, and the drill-down from a figure to its cases. Reads go through SourceReadPool, so
// the store decides what the signed-in user sees. A source that cannot be read marks its own
// widgets; the others run on.
class ScenarioRun : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by the scenario workspace")
    Q_PROPERTY(yw::scenario::WidgetListModel *widgets READ widgets CONSTANT)
    Q_PROPERTY(yw::scenario::ControlListModel *controls READ controls CONSTANT)
    Q_PROPERTY(QString title READ title NOTIFY documentChanged)
    Q_PROPERTY(int canvasWidth READ canvasWidth NOTIFY documentChanged)
    Q_PROPERTY(int canvasHeight READ canvasHeight NOTIFY documentChanged)
    Q_PROPERTY(QString theme READ theme NOTIFY documentChanged)
    // What this version cannot show of the document, one sentence each.
    Q_PROPERTY(QStringList notices READ notices NOTIFY documentChanged)
    // The cross-filters, as the filter bar shows them ("街道: 五里牌街道").
    Q_PROPERTY(QStringList activeFilters READ activeFilters NOTIFY filtersChanged)
    // Every source has answered at least once (or failed).
    Q_PROPERTY(bool ready READ ready NOTIFY readyChanged)
    Q_PROPERTY(yw::scenario::SourceTable *drillTable READ drillTable CONSTANT)
    Q_PROPERTY(QString drillTitle READ drillTitle NOTIFY drillChanged)
    // Moves whenever the sources' tables are replaced (a scenario opened, a source changed):
    // views that asked tableOf() ask again.
    Q_PROPERTY(int tablesGeneration READ tablesGeneration NOTIFY tablesChanged)

public:
    static constexpr int kFeedDebounceMs = 1500;

    ScenarioRun(yw::shell::ModuleContext &context, QObject *parent = nullptr);
    ~ScenarioRun() override;

    // Starts running a document (the sources are read at once). `keepReading`: a live preview
    // in the editor, where sources whose query did not change keep their rows and are not read.
    void load(const ScenarioDocument &document);
    // The editor changed the document: widgets move in place; sources read again only if changed.
    void update(const ScenarioDocument &document);
    void stop();
    const ScenarioDocument &document() const { return m_document; }

    WidgetListModel *widgets() { return &m_widgets; }
    ControlListModel *controls() { return &m_controls; }
    QString title() const { return m_document.title(); }
    int canvasWidth() const { return m_document.canvas().width(); }
    int canvasHeight() const { return m_document.canvas().height(); }
    QString theme() const { return ScenarioDocument::themeName(m_document.theme()); }
    QStringList notices() const { return m_document.notices(); }
    QStringList activeFilters() const;
    bool ready() const { return m_ready; }
    // No source is being read.
    bool idle() const;
    SourceTable *drillTable() { return m_drill.get(); }
    QString drillTitle() const { return m_drillTitle; }
    const CrossFilter &crossFilter() const { return m_filter; }
    SourceRefresher *refresher() { return m_refresher.get(); }
    int tablesGeneration() const { return m_tablesGeneration; }

    // The table of a source (nullptr for none); the period before of a KPI widget's source.
    SourceTable *table(const QString &sourceId) const;
    SourceTable *tableBefore(const QString &widgetId) const;
    // The same for QML (a SourceTable, or null).
    Q_INVOKABLE QObject *tableOf(const QString &sourceId) const { return table(sourceId); }
    Q_INVOKABLE QObject *tableBeforeOf(const QString &widgetId) const { return tableBefore(widgetId); }
    // Why a widget cannot show its data, or an empty string (its source's own errors are on its
    // table).
    Q_INVOKABLE QString widgetProblem(const QString &widgetId) const;
    // A click on row `row` of a widget: its label's value filters the other widgets.
    Q_INVOKABLE void click(const QString &widgetId, int row);
    Q_INVOKABLE void clearFilters();
    // Returns false (and changes nothing) when the value is not one of the control's choices.
    Q_INVOKABLE bool setControl(const QString &name, const QString &value);
    // The cases behind row `row` of a widget (its source's cases with that label), in drillTable.
    Q_INVOKABLE bool drill(const QString &widgetId, int row);
    Q_INVOKABLE void closeDrill();
    // Opens a case where cases are worked on (dispatch); false when no module does.
    Q_INVOKABLE bool openCase(qint64 caseId);
    // Shows the place of row `row` of the drill-down on the map (the one map); false when it has
    // none or no module shows maps.
    Q_INVOKABLE bool showDrillOnMap(int row);
    Q_INVOKABLE bool canShowOnMap() const;
    Q_INVOKABLE void refreshAll();
    // The city's time by the platform's clock (a training room's runs scaled), for the clock
    // widget: "HH:mm:ss" (or "HH:mm") and the date with the weekday.
    Q_INVOKABLE QString cityTimeText(bool seconds) const;
    Q_INVOKABLE QString cityDateText() const;
    // The outlines of a level of areas for the map widgets: read once per scenario in the
    // background (nullptr until then; outlinesRead says when).
    std::shared_ptr<const yw::mapview::AreaFeatureReader::Level> outlines(const QString &layerId);
    // Marks the sources with no good read for three intervals (at least a minute) as stale; run
    // every five seconds.
    void checkLate();

signals:
    void documentChanged();
    void tablesChanged();
    void filtersChanged();
    void readyChanged();
    void drillChanged();
    // The last read in progress ended (benchmarks and tests wait for it).
    void settled();
    void outlinesRead(const QString &layerId);

private:
    struct Source
    {
        ScenarioSource source;
        yw::core::DatasetQuery query; // its own, before cross-filters
        bool readable = false;
        std::unique_ptr<SourceTable> table;
    };
    void rebuild(const ScenarioDocument &document, bool keepUnchanged);
    void applyFilters();
    void onUpdated(const QString &id, const SourceRefresher::Table &table);
    void onFailed(const QString &id, const QString &message);
    void updateReady();
    QString beforeId(const QString &widgetId) const { return widgetId + QStringLiteral("@before"); }

    yw::shell::ModuleContext &m_context;
    ScenarioDocument m_document;
    DimensionNames m_names;
    WidgetListModel m_widgets;
    ControlListModel m_controls;
    CrossFilter m_filter;
    std::unique_ptr<SourceReadPool> m_pool;
    std::unique_ptr<SourceRefresher> m_refresher;
    std::map<QString, Source> m_sources;
    std::unique_ptr<SourceTable> m_drill;
    QString m_drillTitle;
    bool m_ready = false;
    int m_tablesGeneration = 0;
    QTimer m_feedDebounce;
    QTimer m_lateCheck;
    QFutureWatcher<yw::core::Result<SourceReadPool::Table>> *m_drillRead = nullptr;
    // The evaluation's sources: the cases the change feed named since each one's last read, and
    // when its facts were last checked whole (every ten minutes, and at its first read).
    QHash<QString, std::shared_ptr<const yw::mapview::AreaFeatureReader::Level>> m_outlines;
    QSet<QString> m_outlinesReading;
    QHash<QString, QSet<qint64>> m_kpiNews;
    QHash<QString, QDateTime> m_kpiWholeCheck;
    static constexpr qint64 kKpiWholeCheckMs = 10 * 60 * 1000;
};

} // namespace yw::scenario
