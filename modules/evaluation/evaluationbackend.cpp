#include "evaluationbackend.h"

#include "caserepository.h"
#include "kpicsvwriter.h"
#include "kpifactsupdater.h"
#include "kpipdfwriter.h"
#include "kpixlsxwriter.h"
#include "navigator.h"

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

// The counts a figure of the ranking is taken of: a count itself; for a rate, what was due.
QList<Counter> countersBehind(const KpiColumn &c)
{
    switch (c.kind) {
    case KpiColumn::Kind::Count: return {Counter(c.which)};
    case KpiColumn::Kind::DueForHandling:
        return {Counter::Handled, Counter::OverduePending};
    case KpiColumn::Kind::DueForClosure:
        return {Counter::Closed, Counter::OverduePending};
    case KpiColumn::Kind::Rate:
        switch (Rate(c.which)) {
        case Rate::ValidReport: return {Counter::Reports};
        case Rate::OnTimeFiling: return {Counter::FileDone};
        case Rate::AccurateFiling:
        case Rate::PublicReport: return {Counter::Filed};
        case Rate::OnTimeDispatch:
        case Rate::DispatchAccuracy: return {Counter::Dispatched};
        case Rate::Handling:
        case Rate::OnTimeHandling:
        case Rate::Extension:
        case Rate::OverduePending: return {Counter::Handled, Counter::OverduePending};
        case Rate::Closure:
        case Rate::OnTimeClosure:
        case Rate::Rework: return {Counter::Closed, Counter::OverduePending};
        case Rate::FirstTimeFix: return {Counter::Closed};
        case Rate::OnTimeVerification: return {Counter::VerifyDone, Counter::VerifyOverdue};
        case Rate::OnTimeCheck: return {Counter::CheckDone, Counter::CheckOverdue};
        case Rate::MissedReport: return {Counter::FiledInArea};
        }
    }
    return {};
}

bool columnFromId(const QString &id, KpiColumn *out)
{
    if (id == QLatin1String("due_handling")) {
        *out = {KpiColumn::Kind::DueForHandling, 0};
        return true;
    }
    if (id == QLatin1String("due_closure")) {
        *out = {KpiColumn::Kind::DueForClosure, 0};
        return true;
    }
    for (int c = 0; c < kCounterCount; ++c)
        if (id == QLatin1String(definition(Counter(c)).id)) {
            *out = KpiColumn::count(Counter(c));
            return true;
        }
    for (int r = 0; r < kRateCount; ++r)
        if (id == QLatin1String(definition(Rate(r)).id)) {
            *out = KpiColumn::rate(Rate(r));
            return true;
        }
    return false;
}
} // namespace

EvaluationBackend::EvaluationBackend(yw::shell::ModuleContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
    m_period = periodAround(today().addMonths(-1));
    connect(&m_loading, &QFutureWatcher<std::shared_ptr<KpiEngine>>::finished, this, [this] {
        auto engine = m_loading.result();
        if (engine) {
            m_engine = std::move(engine);
            recompute();
            setStatus(tr("%1 cases evaluated, as of %2")
                          .arg(m_engine->caseCount())
                          .arg(m_context.clock->now().toTimeZone(m_context.calendar->timeZone()).toString(QStringLiteral("HH:mm"))));
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
    // Cases change all day: read the facts again once things are quiet for a minute.
    m_changes.setSingleShot(true);
    m_changes.setInterval(60 * 1000);
    connect(&m_changes, &QTimer::timeout, this, &EvaluationBackend::reload);
    if (context.changeFeed)
        connect(context.changeFeed, &yw::store::ChangeFeed::caseEventsArrived, this,
                [this] { m_changes.start(); });
}

EvaluationBackend::~EvaluationBackend()
{
    m_loading.waitForFinished();
}

QDate EvaluationBackend::today() const
{
    return m_context.clock->now().toTimeZone(m_context.calendar->timeZone()).date();
}

KpiPeriod EvaluationBackend::periodAround(const QDate &day) const
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

void EvaluationBackend::start()
{
    reload();
}

void EvaluationBackend::reload()
{
    if (m_busy) {
        m_reloadAgain = true;
        return;
    }
    m_busy = true;
    emit busyChanged();
    // The window read: twelve periods before the one shown (the trend) up to today.
    const QDate first = m_period.first.addMonths(-12);
    m_windowFrom = KpiPeriod::range(first, first).fromMs(m_context.calendar->timeZone());
    m_windowTo = KpiPeriod::range(today(), today()).toMs(m_context.calendar->timeZone());
    setStatus(tr("Reading the evaluation facts…"));
    const yw::store::DatabaseLocation where = m_context.database->location();
    const KpiFactsUpdater::Rules rules{*m_context.calendar, *m_context.timeLimits,
                                       *m_context.taxonomy, *m_context.areas};
    const qint64 from = m_windowFrom, to = m_windowTo;
    QPointer<EvaluationBackend> self(this);
    m_loading.setFuture(QtConcurrent::run([where, rules, from, to, self]() -> std::shared_ptr<KpiEngine> {
        // Its own connection: a connection belongs to the thread that opened it.
        auto db = yw::store::Database::open(where, yw::store::Database::OpenMode::Existing,
                                            QStringLiteral("evaluation"));
        if (!db)
            return nullptr;
        KpiFactsUpdater updater(*db.value(), rules);
        auto rebuilt = updater.refresh([&](qint64 done, qint64 total) {
            if (self)
                QMetaObject::invokeMethod(self, [self, done, total] {
                    if (self)
                        self->setStatus(tr("Bringing the evaluation facts up to date: %1 of %2 cases")
                                            .arg(done)
                                            .arg(total));
                });
            return true;
        });
        if (!rebuilt)
            return nullptr;
        auto engine = updater.engine(from, to);
        return engine ? std::shared_ptr<KpiEngine>(std::move(engine.value())) : nullptr;
    }));
}

bool EvaluationBackend::waitUntilReady(int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while ((m_busy || !m_engine) && t.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    return m_engine != nullptr;
}

QString EvaluationBackend::periodText() const
{
    if (m_period.days() == 1)
        return m_period.first.toString(Qt::ISODate);
    return tr("%1 (%2 to %3)")
        .arg(m_period.label, m_period.first.toString(QStringLiteral("MM-dd")),
             m_period.last.toString(QStringLiteral("MM-dd")));
}

void EvaluationBackend::setPeriodKind(const QString &kind)
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

void EvaluationBackend::setDimension(const QString &key)
{
    Dimension d;
    if (!dimensionFromKey(key, &d) || d == m_dimension || d == Dimension::City)
        return;
    m_dimension = d;
    m_selectedKey.clear();
    emit viewChanged();
    recompute();
}

QVariantList EvaluationBackend::dimensions() const
{
    QVariantList out;
    for (Dimension d : {Dimension::Department, Dimension::District, Dimension::Street,
                        Dimension::Community, Dimension::Inspector, Dimension::Class,
                        Dimension::Source})
        out << QVariantMap{{QStringLiteral("key"), dimensionKey(d)},
                           {QStringLiteral("label"), dimensionName(d, chinese())}};
    return out;
}

void EvaluationBackend::shiftPeriod(int steps)
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
    if (m_period.fromMs(m_context.calendar->timeZone()) < m_windowFrom) {
        reload(); // older than what is read
        return;
    }
    recompute();
}

void EvaluationBackend::select(const QString &unitKey)
{
    m_selectedKey = unitKey;
    recompute();
}

void EvaluationBackend::recompute()
{
    if (!m_engine)
        return;
    const bool zh = chinese();
    m_report = KpiReport::make(*m_engine, m_period, m_dimension, zh, m_context.clock->now());
    m_ranking.setReport(m_report);
    m_drillCases.clear();
    m_drillTitle.clear();
    emit drillChanged();

    // The city against the period before.
    m_cityTiles.clear();
    const KpiRow &now = m_report.ranking.total;
    const KpiRow &before = m_report.previous.total;
    struct Tile
    {
        KpiColumn column;
        bool higherIsBetter;
    };
    for (const Tile &t : {Tile{KpiColumn::count(Counter::Reports), true},
                          Tile{KpiColumn::count(Counter::Filed), true},
                          Tile{KpiColumn::count(Counter::Closed), true},
                          Tile{KpiColumn::rate(Rate::Closure), true},
                          Tile{KpiColumn::rate(Rate::OnTimeClosure), true},
                          Tile{KpiColumn::rate(Rate::OnTimeHandling), true},
                          Tile{KpiColumn::rate(Rate::Rework), false},
                          Tile{KpiColumn::count(Counter::OverduePending), false}}) {
        const double a = now.value(t.column), b = before.value(t.column);
        QString change;
        bool better = true;
        if (!std::isnan(a) && !std::isnan(b)) {
            const bool rate = t.column.kind == KpiColumn::Kind::Rate;
            const double d = rate ? (a - b) * 100 : a - b;
            change = std::abs(d) < 0.05 ? QStringLiteral("±0")
                                        : (d > 0 ? QStringLiteral("↑") : QStringLiteral("↓")) +
                                              QString::number(std::abs(d), 'f', rate ? 1 : 0) +
                                              (rate ? QStringLiteral("pt") : QString());
            better = (d >= 0) == t.higherIsBetter || std::abs(d) < 0.05;
        }
        m_cityTiles << QVariantMap{{QStringLiteral("label"), t.column.name(zh)},
                                   {QStringLiteral("value"), KpiReport::text(a, t.column)},
                                   {QStringLiteral("change"), change},
                                   {QStringLiteral("better"), better},
                                   {QStringLiteral("columnId"), t.column.id()}};
    }

    // The trend of the selected unit (or the city) over twelve periods.
    m_trend.clear();
    const bool city = m_selectedKey.isEmpty();
    QString unitName = dimensionName(Dimension::City, zh);
    QList<KpiPeriod> periods{m_period};
    for (int i = 0; i < 11; ++i)
        periods.prepend(periods.first().previous());
    for (const KpiPeriod &p : periods) {
        if (p.fromMs(m_context.calendar->timeZone()) < m_windowFrom)
            continue;
        const KpiResult r = m_engine->compute(p, city ? Dimension::City : m_dimension);
        const KpiRow *row = &r.total;
        if (!city) {
            row = nullptr;
            for (const KpiRow &x : r.rows)
                if (x.key == m_selectedKey)
                    row = &x;
        }
        auto pct = [](double v) { return std::isnan(v) ? QVariant() : QVariant(v * 100); };
        m_trend << QVariantMap{
            {QStringLiteral("label"), p.days() == 1 ? QString::number(p.first.day())
                                      : p.days() == 7 ? p.label.section(QLatin1Char('-'), 1)
                                      : zh ? QStringLiteral("%1月").arg(p.first.month())
                                           : QLocale(QLocale::English).monthName(p.first.month(), QLocale::ShortFormat)},
            {QStringLiteral("composite"), row && !std::isnan(row->composite) ? QVariant(row->composite) : QVariant()},
            {QStringLiteral("closure"), row ? pct(row->value(Rate::Closure)) : QVariant()},
            {QStringLiteral("onTime"), row ? pct(row->value(Rate::OnTimeClosure)) : QVariant()},
            {QStringLiteral("reports"), row ? row->count(Counter::Reports) : 0}};
        if (row && !city)
            unitName = row->name;
    }
    m_trendTitle = tr("%1: the last %2 periods").arg(unitName).arg(m_trend.size());

    // Class and channel mix, hot spots.
    auto topByReports = [](std::vector<KpiRow> rows, int n) {
        std::sort(rows.begin(), rows.end(), [](const KpiRow &a, const KpiRow &b) {
            return a.count(Counter::Reports) > b.count(Counter::Reports);
        });
        if (int(rows.size()) > n)
            rows.resize(size_t(n));
        return rows;
    };
    m_classMix.clear();
    qint64 shown = 0;
    for (const KpiRow &r : topByReports(m_report.byClass.rows, 7)) {
        m_classMix << QVariantMap{{QStringLiteral("name"), r.name}, {QStringLiteral("value"), r.count(Counter::Reports)}};
        shown += r.count(Counter::Reports);
    }
    const qint64 others = now.count(Counter::Reports) - shown;
    if (others > 0)
        m_classMix << QVariantMap{{QStringLiteral("name"), tr("Others")}, {QStringLiteral("value"), others}};
    m_sourceMix.clear();
    for (const KpiRow &r : topByReports(m_report.bySource.rows, 12))
        m_sourceMix << QVariantMap{{QStringLiteral("name"), r.name}, {QStringLiteral("value"), r.count(Counter::Reports)}};
    m_hotSpots.clear();
    for (const KpiRow &r : topByReports(m_engine->compute(m_period, Dimension::Community).rows, 10))
        m_hotSpots << QVariantMap{
            {QStringLiteral("key"), r.key},
            {QStringLiteral("name"), r.name},
            {QStringLiteral("reports"), r.count(Counter::Reports)},
            {QStringLiteral("closure"), KpiReport::text(r.value(Rate::Closure), KpiColumn::rate(Rate::Closure))},
            {QStringLiteral("overdue"), r.count(Counter::OverduePending)}};

    // The calendar of reports.
    m_calendarDays.clear();
    const std::vector<qint64> perDay = m_engine->reportsPerDay(m_period);
    const qint64 most = perDay.empty() ? 0 : *std::max_element(perDay.begin(), perDay.end());
    for (size_t i = 0; i < perDay.size() && i < 93; ++i) {
        const QDate d = m_period.first.addDays(qint64(i));
        m_calendarDays << QVariantMap{
            {QStringLiteral("date"), d.toString(Qt::ISODate)},
            {QStringLiteral("day"), d.day()},
            {QStringLiteral("weekday"), d.dayOfWeek()},
            {QStringLiteral("reports"), perDay[i]},
            {QStringLiteral("level"), most > 0 ? int(std::ceil(4.0 * double(perDay[i]) / double(most))) : 0}};
    }
    emit resultsChanged();
}

void EvaluationBackend::drill(const QString &unitKey, const QString &columnId)
{
    KpiColumn column;
    if (!m_engine || !columnFromId(columnId, &column)) {
        m_drillTitle.clear(); // closes the list
        m_drillCases.clear();
        emit drillChanged();
        return;
    }
    const Dimension d = unitKey.isEmpty() ? Dimension::City : m_dimension;
    QList<qint64> ids;
    QSet<qint64> seen;
    for (Counter c : countersBehind(column))
        for (qint64 id : m_engine->caseIds(m_period, d, unitKey, c))
            if (!seen.contains(id)) {
                seen.insert(id);
                ids << id;
            }
    const bool zh = chinese();
    QString unit = dimensionName(Dimension::City, zh);
    for (const KpiRow &r : m_report.ranking.rows)
        if (r.key == unitKey)
            unit = r.name;
    showCases(ids, QStringLiteral("%1 · %2").arg(unit, column.name(zh)));
}

void EvaluationBackend::drillCommunity(const QString &communityCode)
{
    if (!m_engine)
        return;
    showCases(m_engine->caseIds(m_period, Dimension::Community, communityCode, Counter::Reports),
              QStringLiteral("%1 · %2").arg(m_engine->directory().areas.value(communityCode, communityCode),
                                            KpiColumn::count(Counter::Reports).name(chinese())));
}

void EvaluationBackend::drillDay(const QString &isoDate)
{
    const QDate day = QDate::fromString(isoDate, Qt::ISODate);
    if (!m_engine || !day.isValid())
        return;
    showCases(m_engine->caseIds(KpiPeriod::range(day, day), Dimension::City, QString(), Counter::Reports),
              QStringLiteral("%1 · %2").arg(isoDate, KpiColumn::count(Counter::Reports).name(chinese())));
}

void EvaluationBackend::showCases(QList<qint64> ids, const QString &title)
{
    std::sort(ids.begin(), ids.end());
    m_drillTitle = tr("%1: %n case(s)", nullptr, int(ids.size())).arg(title);
    m_drillCases.clear();
    yw::store::CaseRepository repo(*m_context.database);
    const int shown = std::min<int>(int(ids.size()), 200);
    for (int i = 0; i < shown; ++i) {
        auto c = repo.get(ids[i]);
        if (!c)
            continue;
        const TaxonomyClass *cls = m_context.taxonomy->find(c->kind, c->classCode);
        m_drillCases << QVariantMap{
            {QStringLiteral("id"), c->id},
            {QStringLiteral("number"), c->caseNumber},
            {QStringLiteral("className"), cls ? cls->nameZh : c->classCode},
            {QStringLiteral("state"), displayName(c->state)},
            {QStringLiteral("reported"), c->reportedAt.toTimeZone(m_context.calendar->timeZone()).toString(QStringLiteral("MM-dd HH:mm"))}};
    }
    if (ids.size() > shown)
        m_drillTitle += tr(" (the first %1 shown)").arg(shown);
    emit drillChanged();
}

void EvaluationBackend::openCase(qint64 caseId)
{
    if (m_context.navigator)
        m_context.navigator->showCase(caseId);
}

QString EvaluationBackend::exportReport(const QUrl &file)
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

void EvaluationBackend::setStatus(const QString &s)
{
    if (s == m_status)
        return;
    m_status = s;
    emit statusChanged();
}

void EvaluationBackend::setMessage(const QString &m)
{
    m_message = m;
    emit messageChanged();
}

} // namespace yw::evaluation
