#include "sourcerefresher.h"

#include <QFutureWatcher>

namespace yw::scenario {

using yw::core::DatasetTimeWindow;

SourceRefresher::SourceRefresher(const yw::core::Clock &clock, QTimeZone cityZone, Read read, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_zone(std::move(cityZone))
    , m_read(std::move(read))
{
    m_day = m_clock.now().toTimeZone(m_zone).date();
    connect(&m_interval, &QTimer::timeout, this, [this] {
        checkDay();
        refreshAll();
    });
    m_midnight.setSingleShot(true);
    connect(&m_midnight, &QTimer::timeout, this, &SourceRefresher::checkDay);
    connect(&m_clock, &yw::core::Clock::jumped, this, &SourceRefresher::checkDay);
    armMidnight();
}

void SourceRefresher::setSources(const QList<std::pair<QString, yw::core::DatasetQuery>> &sources, int intervalMs)
{
    ++m_generation;
    m_sources.clear();
    for (const auto &[id, query] : sources)
        m_sources.insert(id, Source{query, false, false});
    if (intervalMs > 0)
        m_interval.start(intervalMs);
    else
        m_interval.stop();
    refreshAll();
}

void SourceRefresher::updateSources(const QList<std::pair<QString, yw::core::DatasetQuery>> &sources, int intervalMs)
{
    QHash<QString, Source> next;
    for (const auto &[id, query] : sources) {
        Source s = m_sources.value(id, Source{query, false, false});
        s.query = query;
        next.insert(id, s);
    }
    m_sources = next;
    if (intervalMs > 0) {
        if (m_interval.interval() != intervalMs || !m_interval.isActive())
            m_interval.start(intervalMs);
    } else {
        m_interval.stop();
    }
}

void SourceRefresher::setQueryIfChanged(const QString &id, const yw::core::DatasetQuery &query)
{
    const auto it = m_sources.constFind(id);
    if (it != m_sources.constEnd() && it->query.toJson() != query.toJson())
        setQuery(id, query);
}

void SourceRefresher::setParameters(const QVariantMap &parameters)
{
    if (parameters == m_parameters)
        return;
    m_parameters = parameters;
    refreshAll();
}

void SourceRefresher::setQuery(const QString &id, const yw::core::DatasetQuery &query)
{
    auto it = m_sources.find(id);
    if (it == m_sources.end())
        return;
    it->query = query;
    refresh(id);
}

void SourceRefresher::refreshAll()
{
    for (auto it = m_sources.cbegin(); it != m_sources.cend(); ++it)
        refresh(it.key());
}

void SourceRefresher::refresh(const QString &id)
{
    auto it = m_sources.find(id);
    if (it == m_sources.end())
        return;
    if (it->reading) {
        // Folded into one more read when this one ends, however many asks come meanwhile.
        if (!it->again)
            ++m_folded;
        it->again = true;
        return;
    }
    start(id);
}

bool SourceRefresher::isReading(const QString &id) const
{
    const auto it = m_sources.constFind(id);
    return it != m_sources.constEnd() && it->reading;
}

void SourceRefresher::start(const QString &id)
{
    Source &s = m_sources[id];
    s.reading = true;
    s.again = false;
    ++m_started;
    const quint64 generation = m_generation;
    auto *watcher = new QFutureWatcher<yw::core::Result<Table>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, id, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // the scenario's sources were replaced meanwhile
        auto it = m_sources.find(id);
        if (it == m_sources.end())
            return;
        it->reading = false;
        const yw::core::Result<Table> r = watcher->future().resultCount() > 0
                                              ? watcher->future().result()
                                              : yw::core::Result<Table>(yw::core::Error::make(
                                                    yw::core::Error::Code::Cancelled, QStringLiteral("not read")));
        if (r)
            emit updated(id, r.value());
        else
            emit failed(id, r.error().message);
        // Looked up again: a receiver may have changed the sources (the editor's live preview).
        if (generation != m_generation)
            return;
        const auto again = m_sources.constFind(id);
        if (again != m_sources.constEnd() && again->again && !again->reading)
            start(id);
    });
    watcher->setFuture(m_read(id, s.query, m_parameters));
}

void SourceRefresher::checkDay()
{
    const QDate today = m_clock.now().toTimeZone(m_zone).date();
    if (today != m_day) {
        m_day = today;
        // Only what depends on the day: fixed windows and sources without one stay.
        for (auto it = m_sources.cbegin(); it != m_sources.cend(); ++it) {
            const auto relative = it->query.window.relative;
            if (relative != DatasetTimeWindow::Relative::None && relative != DatasetTimeWindow::Relative::Fixed)
                refresh(it.key());
        }
    }
    armMidnight();
}

void SourceRefresher::armMidnight()
{
    const QDateTime now = m_clock.now();
    const QDateTime next(now.toTimeZone(m_zone).date().addDays(1), QTime(0, 0), m_zone);
    // A second past midnight, at most a day of real time (a scaled clock is caught by the
    // interval's checks and its jumps).
    m_midnight.start(int(std::clamp<qint64>(now.msecsTo(next) + 1000, 1000, 86400000)));
}

} // namespace yw::scenario
