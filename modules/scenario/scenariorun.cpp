#include "scenariorun.h"

#include "backgroundread.h"
#include "datasetcatalog.h"
#include "departmentrepository.h"
#include "modulecontext.h"
#include "navigator.h"
#include "session.h"

#include <QFutureWatcher>
#include <QJSEngine>
#include <QLocale>

namespace yw::scenario {

using yw::core::DatasetQuery;

namespace {

// A table handed to QML through tableOf() stays ours: without a parent QML would take it and
// collect it while the scenario still fills it.
std::unique_ptr<SourceTable> newTable(const QString &id, const DimensionNames &names)
{
    auto t = std::make_unique<SourceTable>(id, names);
    QJSEngine::setObjectOwnership(t.get(), QJSEngine::CppOwnership);
    return t;
}

bool sameQuery(const DatasetQuery &a, const DatasetQuery &b)
{
    return a.toJson() == b.toJson();
}

// The datasets whose rows are cases, and so drill down to them.
bool isCaseDataset(const QString &dataset)
{
    return dataset == QLatin1String("cases") || dataset == QLatin1String("case_events")
           || dataset == QLatin1String("kpi_facts");
}
} // namespace

ScenarioRun::ScenarioRun(yw::shell::ModuleContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_names(context.areas, context.taxonomy, context.calendar->timeZone())
{
    m_drill = newTable(QStringLiteral("drill"), m_names);
    connect(&m_filter, &CrossFilter::changed, this, &ScenarioRun::applyFilters);
    m_feedDebounce.setSingleShot(true);
    m_feedDebounce.setInterval(kFeedDebounceMs);
    connect(&m_feedDebounce, &QTimer::timeout, this, &ScenarioRun::refreshAll);
    if (context.changeFeed)
        connect(context.changeFeed, &yw::store::ChangeFeed::caseEventsArrived, this,
                [this](const QList<yw::core::CaseEvent> &events) {
                    if (m_sources.empty())
                        return;
                    for (auto it = m_kpiNews.begin(); it != m_kpiNews.end(); ++it)
                        for (const yw::core::CaseEvent &e : events)
                            it->insert(e.caseId);
                    m_feedDebounce.start(); // a burst of news is one refresh
                });
    m_lateCheck.setInterval(5000);
    connect(&m_lateCheck, &QTimer::timeout, this, &ScenarioRun::checkLate);
}

ScenarioRun::~ScenarioRun()
{
    stop();
}

void ScenarioRun::stop()
{
    m_lateCheck.stop();
    m_feedDebounce.stop();
    m_refresher.reset();
    m_pool.reset(); // waits for the reads in progress, which are called off
    if (!m_sources.empty()) {
        // The views let go of the tables before they are destroyed.
        auto previous = std::move(m_sources);
        m_sources.clear();
        ++m_tablesGeneration;
        emit tablesChanged();
    }
}

void ScenarioRun::load(const ScenarioDocument &document)
{
    stop();
    m_filter.clear();
    if (m_names.departments().isEmpty() && m_context.database) {
        // Fifty-odd rows: the names of the departments for labels and the department control.
        if (auto list = yw::store::DepartmentRepository(*m_context.database).list()) {
            QHash<qint64, QString> names;
            for (const yw::core::Department &d : list.value())
                names.insert(d.id, d.name);
            m_names.setDepartments(names);
        }
    }
    const yw::evaluation::KpiFactsUpdater::Rules rules{*m_context.calendar, *m_context.timeLimits,
                                                       *m_context.taxonomy, *m_context.areas};
    m_pool = std::make_unique<SourceReadPool>(m_context.database->location(), *m_context.clock,
                                              m_context.calendar->timeZone(), rules);
    m_kpiNews.clear();
    m_kpiWholeCheck.clear();
    auto read = [this](const QString &id, const DatasetQuery &query, const QVariantMap &parameters) {
        const auto it = m_sources.find(id);
        const ScenarioSource source = it != m_sources.end() ? it->second.source : ScenarioSource{};
        std::optional<QList<qint64>> changed;
        if (source.dataset == QLatin1String("kpi")) {
            // The facts checked whole at first and every ten minutes; else only the cases named.
            const QDateTime now = QDateTime::currentDateTimeUtc();
            const QDateTime whole = m_kpiWholeCheck.value(id);
            if (whole.isValid() && whole.msecsTo(now) < kKpiWholeCheckMs)
                changed = QList<qint64>(m_kpiNews.value(id).cbegin(), m_kpiNews.value(id).cend());
            else
                m_kpiWholeCheck.insert(id, now);
            m_kpiNews.insert(id, {});
        }
        return m_pool->read(source, query, parameters, m_context.session->user(), changed);
    };
    m_refresher = std::make_unique<SourceRefresher>(*m_context.clock, m_context.calendar->timeZone(), read);
    connect(m_refresher.get(), &SourceRefresher::updated, this, &ScenarioRun::onUpdated);
    connect(m_refresher.get(), &SourceRefresher::failed, this, &ScenarioRun::onFailed);
    ControlListModel::Sources choices{m_context.areas, m_context.taxonomy, &m_names.departments()};
    m_controls.setControls(document.controls(), choices);
    m_refresher->setParameters(m_controls.values());
    rebuild(document, false);
    m_lateCheck.start();
}

void ScenarioRun::update(const ScenarioDocument &document)
{
    if (!m_refresher) {
        load(document);
        return;
    }
    rebuild(document, true);
}

void ScenarioRun::rebuild(const ScenarioDocument &document, bool keepUnchanged)
{
    m_document = document;
    // The sources: each of the document's, and the period before of each KPI tile comparing.
    std::map<QString, Source> next;
    auto add = [&](const QString &id, const ScenarioSource &source, yw::core::Result<DatasetQuery> query) {
        Source s;
        s.source = source;
        s.readable = bool(query);
        if (query)
            s.query = query.value();
        auto old = m_sources.find(id);
        if (keepUnchanged && old != m_sources.end() && old->second.readable && s.readable
            && old->second.source.raw == source.raw && sameQuery(old->second.query, s.query))
            s.table = std::move(old->second.table);
        else
            s.table = newTable(id, m_names);
        if (!query)
            s.table->setFailed(query.error().message);
        next.emplace(id, std::move(s));
    };
    for (const ScenarioSource &source : document.sources())
        add(source.id, source, SourceReadPool::queryOf(source));
    for (const ScenarioWidget &w : document.widgets()) {
        if (w.type != WidgetType::Kpi || !w.options.value(QLatin1String("compare")).toBool())
            continue;
        const ScenarioSource *source = document.source(w.source);
        if (!source || source->dataset == QLatin1String("kpi") || source->dataset == QLatin1String("sql"))
            continue;
        auto query = SourceReadPool::queryOf(*source);
        if (query && query.value().window.relative != yw::core::DatasetTimeWindow::Relative::None)
            query.value().window.back = 1;
        else if (query)
            continue; // no time window: nothing to compare with
        add(beforeId(w.id), *source, query);
    }
    // Which sources must be read: the new and the changed ones.
    QStringList toRead;
    for (auto &[id, s] : next) {
        const auto old = m_sources.find(id);
        if (!keepUnchanged || old == m_sources.end() || !s.table->loaded() || old->second.source.raw != s.source.raw)
            toRead << id;
    }
    // Tables that stay are the same objects; new ones (and the old ones' end) are news to views.
    bool sameTables = next.size() == m_sources.size();
    for (const auto &[id, src] : next) {
        const auto old = m_sources.find(id);
        sameTables = sameTables && old != m_sources.end() && !old->second.table;
    }
    auto previous = std::move(m_sources); // destroyed only after the views have the new tables
    m_sources = std::move(next);
    m_widgets.setWidgets(document.widgets());
    if (!sameTables) {
        ++m_tablesGeneration;
        emit tablesChanged();
    }
    previous.clear();
    emit documentChanged();

    QList<std::pair<QString, DatasetQuery>> readable;
    for (auto &[id, s] : m_sources)
        if (s.readable)
            readable << std::pair{id, m_filter.applied(id, s.query)};
    if (!keepUnchanged) {
        m_refresher->setSources(readable, document.refreshSeconds() * 1000);
    } else {
        // Sources already running keep running; the new ones are read now. The refresher takes
        // the whole list (a source removed is no longer read), then reads what changed.
        m_refresher->updateSources(readable, document.refreshSeconds() * 1000);
        for (const QString &id : toRead)
            m_refresher->refresh(id);
    }
    for (auto &[id, s] : m_sources)
        s.table->setFiltered(s.readable && m_filter.filters(id, s.query));
    updateReady();
}

SourceTable *ScenarioRun::table(const QString &sourceId) const
{
    const auto it = m_sources.find(sourceId);
    return it != m_sources.end() ? it->second.table.get() : nullptr;
}

SourceTable *ScenarioRun::tableBefore(const QString &widgetId) const
{
    return table(beforeId(widgetId));
}

QString ScenarioRun::widgetProblem(const QString &widgetId) const
{
    const ScenarioWidget *w = m_widgets.find(widgetId);
    if (!w)
        return tr("This widget is not in the scenario.");
    if (w->type == WidgetType::Unknown)
        return tr("This version of Yiwang cannot show a widget of the type '%1'; it is kept as it is.").arg(w->typeName);
    if (ScenarioWidget::readsData(w->type)) {
        if (w->source.isEmpty())
            return tr("Choose the data this widget shows.");
        if (!m_document.source(w->source))
            return tr("The source '%1' is not in the scenario.").arg(w->source);
    }
    return {};
}

QStringList ScenarioRun::activeFilters() const
{
    QStringList out;
    for (const CrossFilter::Active &a : m_filter.active())
        out << a.label;
    return out;
}

bool ScenarioRun::idle() const
{
    if (!m_refresher)
        return true;
    for (const auto &[id, s] : m_sources)
        if (m_refresher->isReading(id))
            return false;
    return true;
}

void ScenarioRun::click(const QString &widgetId, int row)
{
    const ScenarioWidget *w = m_widgets.find(widgetId);
    SourceTable *t = w ? table(w->source) : nullptr;
    if (!t || row < 0 || row >= t->count())
        return;
    const int column = t->labelColumn();
    if (column < 0)
        return;
    const ColumnFormat &f = t->formats()[column];
    QString field = f.name;
    const ScenarioSource *source = m_document.source(w->source);
    if (source && source->dataset == QLatin1String("kpi")) {
        // The evaluation's rows are units: their key is the district, street… or department.
        const QString by = source->raw.value(QLatin1String("by")).toString(QStringLiteral("department"));
        static const QStringList fields = {"district", "street", "community", "grid", "department"};
        if (!fields.contains(by))
            return;
        field = by;
        m_filter.click(w->source, field, t->raw(row, t->columnIndex(QStringLiteral("key"))),
                       QStringLiteral("%1: %2").arg(t->formats()[column].title, t->text(row, column)));
        return;
    }
    m_filter.click(w->source, field, t->raw(row, column), QStringLiteral("%1: %2").arg(f.title, t->text(row, column)));
}

void ScenarioRun::clearFilters()
{
    m_filter.clear();
}

void ScenarioRun::applyFilters()
{
    if (!m_refresher)
        return;
    for (auto &[id, s] : m_sources) {
        if (!s.readable)
            continue;
        const DatasetQuery applied = m_filter.applied(id, s.query);
        m_refresher->setQueryIfChanged(id, applied);
        s.table->setFiltered(m_filter.filters(id, s.query));
    }
    emit filtersChanged();
}

bool ScenarioRun::setControl(const QString &name, const QString &value)
{
    if (!m_controls.setValue(name, value))
        return false;
    if (m_refresher)
        m_refresher->setParameters(m_controls.values());
    return true;
}

bool ScenarioRun::drill(const QString &widgetId, int row)
{
    const ScenarioWidget *w = m_widgets.find(widgetId);
    const ScenarioSource *source = w ? m_document.source(w->source) : nullptr;
    SourceTable *t = w ? table(w->source) : nullptr;
    if (!source || !t || !isCaseDataset(source->dataset) || !m_pool)
        return false;
    const auto it = m_sources.find(w->source);
    if (it == m_sources.end() || !it->second.readable)
        return false;
    const yw::store::Dataset *cases = yw::store::DatasetCatalog::find(QStringLiteral("cases"));
    const DatasetQuery own = m_filter.applied(w->source, it->second.query);
    DatasetQuery q;
    q.dataset = QStringLiteral("cases");
    q.fields = {"id", "case_number", "class_code", "address", "state", "reported_at", "lon", "lat"};
    q.limit = 200;
    // The source's own filters and window where the cases have the field, and the row's label.
    for (const yw::core::DatasetFilter &f : own.filters)
        if (cases->field(f.field))
            q.filters << f;
    if (own.window.relative != yw::core::DatasetTimeWindow::Relative::None && cases->field(own.window.field))
        q.window = own.window;
    QString label;
    if (row >= 0 && row < t->count()) {
        const int column = t->labelColumn();
        const ColumnFormat &f = t->formats().value(column);
        if (column >= 0 && cases->field(f.name) && f.bucket == yw::core::DatasetGroup::Bucket::None) {
            q.filters << yw::core::DatasetFilter{f.name, yw::core::DatasetFilter::Op::Equals, {t->raw(row, column)}, {}};
            label = t->text(row, column);
        }
    }
    const QString widgetTitle = w->options.value(QLatin1String("title")).toString();
    m_drillTitle = label.isEmpty() ? widgetTitle : QStringLiteral("%1 · %2").arg(widgetTitle, label);
    emit drillChanged();
    if (m_drillRead)
        m_drillRead->disconnect(this);
    m_drillRead = new QFutureWatcher<yw::core::Result<SourceReadPool::Table>>(this);
    auto *watcher = m_drillRead;
    const ScenarioSource drillSource{QStringLiteral("drill"), QStringLiteral("cases"), q.toJson()};
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, q, drillSource] {
        watcher->deleteLater();
        if (watcher != m_drillRead)
            return;
        m_drillRead = nullptr;
        const auto r = watcher->future().result();
        if (r)
            m_drill->setTable(r.value(), ColumnFormat::of(drillSource, q, r.value().columns),
                              m_context.clock->now());
        else
            m_drill->setFailed(r.error().message);
    });
    watcher->setFuture(m_pool->read(drillSource, q, m_controls.values(), m_context.session->user()));
    return true;
}

void ScenarioRun::closeDrill()
{
    m_drillTitle.clear();
    m_drill->setTable({}, {}, {});
    emit drillChanged();
}

bool ScenarioRun::openCase(qint64 caseId)
{
    return caseId > 0 && m_context.navigator && m_context.navigator->showCase(caseId);
}

bool ScenarioRun::showDrillOnMap(int row)
{
    const QPointF p = m_drill->place(row);
    return !p.isNull() && m_context.navigator && m_context.navigator->showOnMap(p.x(), p.y());
}

QString ScenarioRun::cityTimeText(bool seconds) const
{
    const QDateTime now = m_context.clock->now().toTimeZone(m_context.calendar->timeZone());
    return now.toString(seconds ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm"));
}

QString ScenarioRun::cityDateText() const
{
    const QDateTime now = m_context.clock->now().toTimeZone(m_context.calendar->timeZone());
    return QLocale().toString(now.date(), QStringLiteral("yyyy-MM-dd dddd"));
}

bool ScenarioRun::canShowOnMap() const
{
    return m_context.navigator && m_context.navigator->canShowOnMap();
}

void ScenarioRun::refreshAll()
{
    if (m_refresher)
        m_refresher->refreshAll();
}

std::shared_ptr<const yw::mapview::AreaFeatureReader::Level> ScenarioRun::outlines(const QString &layerId)
{
    if (auto it = m_outlines.constFind(layerId); it != m_outlines.constEnd())
        return *it;
    if (m_outlinesReading.contains(layerId) || !m_context.database)
        return nullptr;
    m_outlinesReading.insert(layerId);
    using Level = yw::mapview::AreaFeatureReader::Level;
    auto *watcher = new QFutureWatcher<yw::core::Result<Level>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, layerId] {
        watcher->deleteLater();
        m_outlinesReading.remove(layerId);
        const auto r = watcher->future().result();
        // Without outlines a map shows its points; the reason goes to the log.
        m_outlines.insert(layerId, std::make_shared<const Level>(r ? r.value() : Level{layerId, {}, 0, {}}));
        if (!r)
            qWarning("scenario map: the %s could not be read: %s", qPrintable(layerId), qPrintable(r.error().message));
        emit outlinesRead(layerId);
    });
    watcher->setFuture(yw::shell::readInBackground<Level>(
        m_context.database->location(), QStringLiteral("scenario-map"),
        [layerId](yw::store::Database &db) { return yw::mapview::AreaFeatureReader::read(db, layerId); }));
    return nullptr;
}

void ScenarioRun::onUpdated(const QString &id, const SourceRefresher::Table &table)
{
    const auto it = m_sources.find(id);
    if (it == m_sources.end())
        return;
    Source &s = it->second;
    s.table->setTable(table, ColumnFormat::of(s.source, m_filter.applied(id, s.query), table.columns),
                      m_context.clock->now());
    updateReady();
    if (idle())
        emit settled();
}

void ScenarioRun::onFailed(const QString &id, const QString &message)
{
    const auto it = m_sources.find(id);
    if (it == m_sources.end())
        return;
    it->second.table->setFailed(message);
    updateReady();
    if (idle())
        emit settled();
}

void ScenarioRun::checkLate()
{
    // Late: no good read for three intervals (at least a minute) while the screen runs.
    const int interval = m_document.refreshSeconds();
    if (interval <= 0)
        return;
    const QDateTime now = m_context.clock->now();
    const qint64 lateMs = std::max<qint64>(60000, 3000LL * interval);
    for (auto &[id, s] : m_sources)
        if (s.table->loaded() && s.table->lastGood().isValid())
            s.table->setStale(s.table->lastGood().msecsTo(now) > lateMs);
}

void ScenarioRun::updateReady()
{
    bool ready = true;
    for (const auto &[id, s] : m_sources)
        ready = ready && s.table->loaded();
    if (ready != m_ready) {
        m_ready = ready;
        emit readyChanged();
    }
}

} // namespace yw::scenario
