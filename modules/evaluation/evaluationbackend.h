#pragma once

#include "kpiengine.h"
#include "kpirankingmodel.h"
#include "kpireport.h"
#include "modulecontext.h"

#include <QFutureWatcher>
#include <QObject>
#include <QtQml/qqmlregistration.h>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace yw::evaluation {

// 综合评价: the ranking of a kind of unit for a day, week or month, the city's figures against
// the period before, the trend of the last twelve periods, class and channel mix, hot spots, a
// calendar of reports, drill-down from any figure to its cases, and the report as PDF, XLSX or
// CSV. The facts are brought up to date and read in a worker thread (its own connection); the
// figures are computed from them in memory, and read again when cases change.
class EvaluationBackend : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by its module")
    Q_PROPERTY(QObject *ranking READ ranking CONSTANT)
    Q_PROPERTY(QString periodKind READ periodKind WRITE setPeriodKind NOTIFY viewChanged)
    Q_PROPERTY(QString periodLabel READ periodLabel NOTIFY viewChanged)
    Q_PROPERTY(QString periodText READ periodText NOTIFY viewChanged)
    Q_PROPERTY(QString dimension READ dimension WRITE setDimension NOTIFY viewChanged)
    Q_PROPERTY(QVariantList dimensions READ dimensions CONSTANT)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString status READ status NOTIFY statusChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(QVariantList cityTiles READ cityTiles NOTIFY resultsChanged)
    Q_PROPERTY(QVariantList trend READ trend NOTIFY resultsChanged)
    Q_PROPERTY(QString trendTitle READ trendTitle NOTIFY resultsChanged)
    Q_PROPERTY(QVariantList classMix READ classMix NOTIFY resultsChanged)
    Q_PROPERTY(QVariantList sourceMix READ sourceMix NOTIFY resultsChanged)
    Q_PROPERTY(QVariantList hotSpots READ hotSpots NOTIFY resultsChanged)
    Q_PROPERTY(QVariantList calendarDays READ calendarDays NOTIFY resultsChanged)
    Q_PROPERTY(QString selectedKey READ selectedKey NOTIFY resultsChanged)
    Q_PROPERTY(QString drillTitle READ drillTitle NOTIFY drillChanged)
    Q_PROPERTY(QVariantList drillCases READ drillCases NOTIFY drillChanged)

public:
    explicit EvaluationBackend(yw::shell::ModuleContext &context, QObject *parent = nullptr);
    ~EvaluationBackend() override;

    // Starts bringing the facts up to date and reading them (in the background).
    void start();
    // Blocks until the figures are there (tests, benchmarks, screenshots).
    bool waitUntilReady(int timeoutMs = 600000);

    QObject *ranking() { return &m_ranking; }
    KpiRankingModel &rankingModel() { return m_ranking; }
    QString periodKind() const { return m_periodKind; }
    void setPeriodKind(const QString &kind);
    QString periodLabel() const { return m_period.label; }
    QString periodText() const;
    QString dimension() const { return dimensionKey(m_dimension); }
    void setDimension(const QString &key);
    QVariantList dimensions() const;
    bool busy() const { return m_busy; }
    QString status() const { return m_status; }
    QString message() const { return m_message; }
    QVariantList cityTiles() const { return m_cityTiles; }
    QVariantList trend() const { return m_trend; }
    QString trendTitle() const { return m_trendTitle; }
    QVariantList classMix() const { return m_classMix; }
    QVariantList sourceMix() const { return m_sourceMix; }
    QVariantList hotSpots() const { return m_hotSpots; }
    QVariantList calendarDays() const { return m_calendarDays; }
    QString selectedKey() const { return m_selectedKey; }
    QString drillTitle() const { return m_drillTitle; }
    QVariantList drillCases() const { return m_drillCases; }
    const KpiReport &report() const { return m_report; }

    // The period before (-1) or after (+1).
    Q_INVOKABLE void shiftPeriod(int steps);
    // Selects a unit of the ranking: the trend follows it ("" for the city).
    Q_INVOKABLE void select(const QString &unitKey);
    // The cases behind one figure of one unit: a count's cases, or for a rate those it is
    // taken of (what was due). columnId as in the ranking's columnIds.
    Q_INVOKABLE void drill(const QString &unitKey, const QString &columnId);
    // The reports of one community in the period (hot spots) or of one day (the calendar).
    Q_INVOKABLE void drillCommunity(const QString &communityCode);
    Q_INVOKABLE void drillDay(const QString &isoDate);
    Q_INVOKABLE void openCase(qint64 caseId);
    // Writes the report (PDF, XLSX or CSV by the file's suffix); an empty string when done.
    Q_INVOKABLE QString exportReport(const QUrl &file);
    Q_INVOKABLE void reload();

signals:
    void viewChanged();
    void busyChanged();
    void statusChanged();
    void messageChanged();
    void resultsChanged();
    void drillChanged();
    void ready();

private:
    void recompute();
    void showCases(QList<qint64> ids, const QString &title);
    void setStatus(const QString &s);
    void setMessage(const QString &m);
    KpiPeriod periodAround(const QDate &day) const;
    QDate today() const;

    yw::shell::ModuleContext &m_context;
    KpiRankingModel m_ranking;
    std::shared_ptr<KpiEngine> m_engine;
    QFutureWatcher<std::shared_ptr<KpiEngine>> m_loading;
    qint64 m_windowFrom = 0, m_windowTo = 0;
    QString m_periodKind = QStringLiteral("month");
    KpiPeriod m_period;
    Dimension m_dimension = Dimension::Department;
    KpiReport m_report;
    bool m_busy = false;
    bool m_reloadAgain = false;
    QString m_status, m_message;
    QVariantList m_cityTiles, m_trend, m_classMix, m_sourceMix, m_hotSpots, m_calendarDays;
    QString m_trendTitle, m_selectedKey;
    QString m_drillTitle;
    QVariantList m_drillCases;
    QTimer m_changes; // cases changed: read the facts again after a quiet moment
};

} // namespace yw::evaluation
