#pragma once

#include "clock.h"
#include "datasetquery.h"
#include "datasetreader.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QTimer>
#include <QTimeZone>

#include <functional>

namespace yw::scenario {

// Keeps a running scenario's sources fresh on an unattended screen, avoiding what users of other
// dashboard builders complain of: a refresh never piles up behind a slow query (one read of a
// source at a time; asks meanwhile are folded into one more read when it ends), and windows
// relative to now move to the new day at midnight by the injected clock (its jumps included)
// even when the refresh interval is long. A control's change reads every source again.
class SourceRefresher : public QObject
{
    Q_OBJECT
public:
    using Table = yw::store::DatasetReader::Table;
    // Reads a source off the GUI thread (the module passes DatasetReader on a worker's
    // connection; tests pass their own).
    using Read = std::function<QFuture<yw::core::Result<Table>>(const QString &id, const yw::core::DatasetQuery &,
                                                                 const QVariantMap &)>;

    SourceRefresher(const yw::core::Clock &clock, QTimeZone cityZone, Read read, QObject *parent = nullptr);

    // The sources by id and how often they are read (milliseconds of real time; 0: only on
    // changes, midnight and refreshAll). Replaces what was there; reads each once.
    void setSources(const QList<std::pair<QString, yw::core::DatasetQuery>> &sources, int intervalMs);
    // The editor's live preview: the same, without reading anything; sources that stay keep
    // their reads in progress, new ones wait for refresh().
    void updateSources(const QList<std::pair<QString, yw::core::DatasetQuery>> &sources, int intervalMs);
    void setParameters(const QVariantMap &parameters);
    // One source's query changed (a cross-filter): that source alone is read again.
    void setQuery(const QString &id, const yw::core::DatasetQuery &query);
    // The same, only when the query differs from the one it has.
    void setQueryIfChanged(const QString &id, const yw::core::DatasetQuery &query);
    void refresh(const QString &id);
    void refreshAll();

    bool isReading(const QString &id) const;
    int readsStarted() const { return m_started; }
    int readsFolded() const { return m_folded; }

signals:
    void updated(const QString &id, const yw::scenario::SourceRefresher::Table &table);
    void failed(const QString &id, const QString &message);

private:
    struct Source
    {
        yw::core::DatasetQuery query;
        bool reading = false;
        bool again = false;
    };
    void start(const QString &id);
    void checkDay();
    void armMidnight();

    const yw::core::Clock &m_clock;
    QTimeZone m_zone;
    Read m_read;
    QHash<QString, Source> m_sources;
    QVariantMap m_parameters;
    QTimer m_interval;
    QTimer m_midnight;
    QDate m_day;
    int m_started = 0;
    int m_folded = 0;
    quint64 m_generation = 0; // sources replaced: reads of the old ones are dropped
};

} // namespace yw::scenario
