#include "evaluationworkspace.h"

#include "caserepository.h"
#include "kpicsvwriter.h"
#include "kpifactsrepository.h"
#include "kpifactsupdater.h"
#include "kpipdfwriter.h"
#include "kpixlsxwriter.h"

#include "backgroundread.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocale>
#include <QTimeZone>
#include <QtConcurrent>

namespace yw::evaluation {

using namespace yw::core;

namespace {

bool chinese()
{
    return !QLocale().name().startsWith(QLatin1String("en"));
}

} // namespace

EvaluationWorkspace::EvaluationWorkspace(yw::shell::ModuleContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_drill(context)
{
    m_period = periodAround(today().addMonths(-1));
    QList<yw::shell::ChoiceListModel::Choice> dimensions;
    for (Dimension d : {Dimension::Department, Dimension::District, Dimension::Street,
                        Dimension::Community, Dimension::Inspector, Dimension::Class,
                        Dimension::Source})
        dimensions << yw::shell::ChoiceListModel::Choice{dimensionKey(d), dimensionName(d, chinese()), 0};
    m_dimensions.setChoices(dimensions);
    connect(&m_loading, &QFutureWatcher<std::shared_ptr<KpiEngine>>::finished, this, [this] {
        auto engine = m_loading.result();
        if (engine) {
            m_engine = std::move(engine);
            m_loadedFrom = m_readFrom;
            recompute();
            readHistory();
            showCaseCount();
        }
        m_busy = false;
        emit busyChanged();
        if (m_reloadAgain) {
            m_reloadAgain = false;
            reload();
            return;
        }
        emit ready();
    });
    // Cases change all day: the feed names them; their facts are rebuilt and swapped into the
    // engine after a quiet moment (a burst of changes is one update), not the period re-read.
    m_changes.setSingleShot(true);
    m_changes.setInterval(2000);
    connect(&m_changes, &QTimer::timeout, this, &EvaluationWorkspace::applyChanges);
    connect(&m_history, &QFutureWatcher<Result<std::vector<CaseFacts>>>::finished, this, [this] {
        Result<std::vector<CaseFacts>> facts = m_history.result();
        // Only what joins the engine's months: a reload may have replaced the engine meanwhile.
        if (facts && m_engine && m_historyTo == m_loadedFrom) {
            // The cases alive at the edge are in both reads: the update keeps one of each.
            m_engine->update(std::move(facts.value()));
            m_loadedFrom = m_historyFrom;
            recompute();
            showCaseCount();
        } else if (!facts && facts.error().code != Error::Code::Cancelled) {
            setStatus(m_context.describe(facts.error()));
        }
        m_trendLoading = false;
        if (m_loadedFrom > m_windowFrom && m_engine && facts)
            readHistory(); // the months the reload now wants
        emit trendLoadingChanged();
    });
    connect(&m_updating, &QFutureWatcher<Result<std::vector<CaseFacts>>>::finished, this, [this] {
        Result<std::vector<CaseFacts>> facts = m_updating.result();
        if (!facts) {
            if (facts.error().code != Error::Code::Cancelled)
                setStatus(m_context.describe(facts.error()));
            return;
        }
        if (m_engine && !facts->empty()) {
            m_engine->update(std::move(facts.value()));
            recompute();
        }
        if (!m_changedCases.isEmpty())
            m_changes.start();
    });
    if (context.changeFeed)
        connect(context.changeFeed, &yw::store::ChangeFeed::caseEventsArrived, this,
                [this](const QList<CaseEvent> &events) {
                    for (const CaseEvent &e : events)
                        m_changedCases.insert(e.caseId);
                    m_changes.start();
                });
}

void EvaluationWorkspace::showCaseCount()
{
    setStatus(tr("%1 cases evaluated, as of %2")
                  .arg(m_engine->caseCount())
                  .arg(m_context.clock->now()
                           .toTimeZone(m_context.calendar->timeZone())
                           .toString(QStringLiteral("HH:mm"))));
}

void EvaluationWorkspace::readHistory()
{
    if (m_loadedFrom <= m_windowFrom || m_history.isRunning())
        return;
    m_trendLoading = true;
    emit trendLoadingChanged();
    const qint64 from = m_windowFrom, to = m_loadedFrom;
    m_historyFrom = from;
    m_historyTo = to;
    m_history.setFuture(yw::shell::readInBackground<std::vector<CaseFacts>>(
        m_context.database->location(), QStringLiteral("evaluation-history"),
        [from, to](yw::store::Database &db) {
            // Months of steps, in the background: row by row rather than held whole.
            return yw::store::KpiFactsRepository(db).load(from, to,
                                                          yw::store::BulkReader::Delivery::Streamed);
        },
        m_cancel));
}

void EvaluationWorkspace::applyChanges()
{
    if (m_changedCases.isEmpty())
        return;
    if (!m_engine || m_busy || m_updating.isRunning()) {
        m_changes.start(); // after the read under way
        return;
    }
    const QList<qint64> ids(m_changedCases.begin(), m_changedCases.end());
    m_changedCases.clear();
    const KpiFactsUpdater::Rules rules{*m_context.calendar, *m_context.timeLimits,
                                       *m_context.taxonomy, *m_context.areas};
    m_updating.setFuture(yw::shell::readInBackground<std::vector<CaseFacts>>(
        m_context.database->location(), QStringLiteral("evaluation-changes"),
        [rules, ids](yw::store::Database &db) { return KpiFactsUpdater(db, rules).refreshCases(ids); },
        m_cancel));
}

bool EvaluationWorkspace::waitForChanges(int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while ((m_changes.isActive() || m_updating.isRunning() || !m_changedCases.isEmpty()) &&
           t.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    QCoreApplication::processEvents(); // the finished notice
    return !m_changes.isActive() && !m_updating.isRunning();
}

EvaluationWorkspace::~EvaluationWorkspace()
{
    m_cancel->cancel(); // a read under way stops at once
    m_loading.waitForFinished();
    m_updating.waitForFinished();
    m_history.waitForFinished();
}

QDate EvaluationWorkspace::today() const
{
    return m_context.clock->now().toTimeZone(m_context.calendar->timeZone()).date();
}

KpiPeriod EvaluationWorkspace::periodAround(const QDate &day) const
{
    if (m_periodKind == QLatin1String("day"))
        return KpiPeriod::range(day, day);
    if (m_periodKind == QLatin1String("week")) {
        int year = 0;
        const int week = day.weekNumber(&year);
        return KpiPeriod::isoWeek(year, week);
    }
    return KpiPeriod::month(day.year(), day.month());
}

void EvaluationWorkspace::start()
{
    reload();
}

void EvaluationWorkspace::reload()
{
    if (m_busy) {
        m_reloadAgain = true;
        return;
    }
    m_busy = true;
    emit busyChanged();
    // The window: twelve periods before the one shown (the trend) up to today. The period
    // shown and the one before it (the comparison) first, so that the figures are there at
    // once; the trend's older periods follow (readHistory).
    const QTimeZone zone = m_context.calendar->timeZone();
    const QDate first = m_period.first.addMonths(-12);
    m_windowFrom = KpiPeriod::range(first, first).fromMs(zone);
    m_windowTo = KpiPeriod::range(today(), today()).toMs(zone);
    m_readFrom = std::max(m_windowFrom, m_period.previous().fromMs(zone));
    m_loadedFrom = m_readFrom;
    setStatus(tr("Reading the evaluation facts…"));
    const yw::store::DatabaseLocation where = m_context.database->location();
    const KpiFactsUpdater::Rules rules{*m_context.calendar, *m_context.timeLimits,
                                       *m_context.taxonomy, *m_context.areas};
    const qint64 from = m_readFrom, to = m_windowTo;
    QPointer<EvaluationWorkspace> self(this);
    const auto cancel = m_cancel;
    m_loading.setFuture(QtConcurrent::run([where, rules, from, to, self, cancel]() -> std::shared_ptr<KpiEngine> {
        // Its own connection: a connection belongs to the thread that opened it.
        auto db = yw::store::Database::open(where, yw::store::Database::OpenMode::Existing,
                                            QStringLiteral("evaluation"));
        if (!db)
            return nullptr;
        db.value()->setCancellation(cancel);
        KpiFactsUpdater updater(*db.value(), rules);
        auto rebuilt = updater.refresh([&](qint64 done, qint64 total) {
            if (self)
                QMetaObject::invokeMethod(self, [self, done, total] {
                    if (self)
                        self->setStatus(tr("Bringing the evaluation facts up to date: %1 of %2 cases")
                                            .arg(done)
                                            .arg(total));
                });
            return !cancel->isCancelled();
        });
        if (!rebuilt)
            return nullptr;
        auto engine = updater.engine(from, to);
        return engine ? std::shared_ptr<KpiEngine>(std::move(engine.value())) : nullptr;
    }));
}

bool EvaluationWorkspace::waitUntilReady(int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while ((m_busy || !m_engine || m_trendLoading || m_history.isRunning()) &&
           t.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    return m_engine != nullptr;
}

QString EvaluationWorkspace::periodText() const
{
    if (m_period.days() == 1)
        return m_period.first.toString(Qt::ISODate);
    return tr("%1 (%2 to %3)")
        .arg(m_period.label, m_period.first.toString(QStringLiteral("MM-dd")),
             m_period.last.toString(QStringLiteral("MM-dd")));
}

void EvaluationWorkspace::setPeriodKind(const QString &kind)
{
    if (kind == m_periodKind || (kind != QLatin1String("month") && kind != QLatin1String("week") &&
                                 kind != QLatin1String("day")))
        return;
    m_periodKind = kind;
    const QDate ref = kind == QLatin1String("month") ? today().addMonths(-1)
                      : kind == QLatin1String("week") ? today().addDays(-7)
                                                      : today().addDays(-1);
    m_period = periodAround(ref);
    emit viewChanged();
    recompute();
}

void EvaluationWorkspace::setDimension(const QString &key)
{
    Dimension d;
    if (!dimensionFromKey(key, &d) || d == m_dimension || d == Dimension::City)
        return;
    m_dimension = d;
    m_selectedKey.clear();
    emit viewChanged();
    recompute();
}

void EvaluationWorkspace::shiftPeriod(int steps)
{
    QDate first = m_period.first;
    if (m_periodKind == QLatin1String("month"))
        first = first.addMonths(steps);
    else if (m_periodKind == QLatin1String("week"))
        first = first.addDays(7 * steps);
    else
        first = first.addDays(steps);
    if (first > today())
        return; // nothing to evaluate yet
    m_period = periodAround(first);
    emit viewChanged();
    if (m_period.previous().fromMs(m_context.calendar->timeZone()) < m_windowFrom) {
        reload(); // older than what is read
        return;
    }
    recompute();
}

void EvaluationWorkspace::select(const QString &unitKey)
{
    m_selectedKey = unitKey;
    recompute();
}

void EvaluationWorkspace::recompute()
{
    if (!m_engine)
        return;
    const bool zh = chinese();
    m_report = KpiReport::make(*m_engine, m_period, m_dimension, zh, m_context.clock->now());
    m_report.training = m_context.training;
    m_ranking.setReport(m_report);
    m_drill.setBasis(m_engine, m_report, m_period, m_dimension);
    m_figures.update({*m_engine, m_report, m_period, m_dimension, m_selectedKey, m_loadedFrom,
                      m_context.calendar->timeZone(), zh});
    emit resultsChanged();
}

QString EvaluationWorkspace::exportReport(const QUrl &file)
{
    if (!m_engine)
        return tr("The figures are not ready yet.");
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    const QString suffix = path.section(QLatin1Char('.'), -1).toLower();
    const Status s = suffix == QLatin1String("pdf")    ? KpiPdfWriter::write(m_report, path)
                     : suffix == QLatin1String("xlsx") ? KpiXlsxWriter::write(m_report, path)
                     : suffix == QLatin1String("csv")
                         ? KpiCsvWriter::write(m_report, path)
                         : Status(Error::make(Error::Code::InvalidInput,
                                              tr("Choose a .pdf, .xlsx or .csv file.")));
    setMessage(s ? tr("Written to %1.").arg(path) : s.error().message);
    return s ? QString() : s.error().message;
}

void EvaluationWorkspace::setStatus(const QString &s)
{
    if (s == m_status)
        return;
    m_status = s;
    emit statusChanged();
}

void EvaluationWorkspace::setMessage(const QString &m)
{
    m_message = m;
    emit messageChanged();
}

} // namespace yw::evaluation
