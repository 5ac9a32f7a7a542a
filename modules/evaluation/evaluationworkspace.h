#pragma once

#include "casedrilldown.h"
#include "choicelistmodel.h"
#include "evaluationfigures.h"
#include "kpiengine.h"
#include "kpirankingmodel.h"
#include "kpireport.h"
#include "modulecontext.h"

#include <QFutureWatcher>
#include <QSet>
#include <QObject>
#include <QtQml/qqmlregistration.h>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace yw::evaluation {

// 综合评价: what the evaluation page works with. The period (a day, week or month) and the kind
// of unit ranked; the ranking (KpiRankingModel), the figures around it (EvaluationFigures) and
// the drill-down to cases (CaseDrillDown); the report as PDF, XLSX or CSV. The facts are brought
// up to date and read in a worker thread (its own connection); the figures are computed from
// them in memory, and read again when cases change.
class EvaluationWorkspace : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by its module")
    Q_PROPERTY(yw::evaluation::KpiRankingModel *ranking READ ranking CONSTANT)
    Q_PROPERTY(yw::evaluation::EvaluationFigures *figures READ figures CONSTANT)
    Q_PROPERTY(yw::evaluation::CaseDrillDown *drillDown READ drillDown CONSTANT)
    Q_PROPERTY(QString periodKind READ periodKind WRITE setPeriodKind NOTIFY viewChanged)
    Q_PROPERTY(QString periodLabel READ periodLabel NOTIFY viewChanged)
    Q_PROPERTY(QString periodText READ periodText NOTIFY viewChanged)
    Q_PROPERTY(QString dimension READ dimension WRITE setDimension NOTIFY viewChanged)
    // The kinds of unit that can be ranked (key, name).
    Q_PROPERTY(yw::shell::ChoiceListModel *dimensions READ dimensions CONSTANT)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    // The trend's older periods are still being read (the figures of the period are there).
    Q_PROPERTY(bool trendLoading READ trendLoading NOTIFY trendLoadingChanged)
    Q_PROPERTY(QString status READ status NOTIFY statusChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    // The unit whose trend is shown; empty: the city.
    Q_PROPERTY(QString selectedKey READ selectedKey NOTIFY resultsChanged)

public:
    explicit EvaluationWorkspace(yw::shell::ModuleContext &context, QObject *parent = nullptr);
    ~EvaluationWorkspace() override;

    // Starts bringing the facts up to date and reading them (in the background).
    void start();
    // Blocks until the figures are there (tests, benchmarks, screenshots).
    bool waitUntilReady(int timeoutMs = 600000);

    KpiRankingModel *ranking() { return &m_ranking; }
    KpiRankingModel &rankingModel() { return m_ranking; }
    EvaluationFigures *figures() { return &m_figures; }
    CaseDrillDown *drillDown() { return &m_drill; }
    QString periodKind() const { return m_periodKind; }
    void setPeriodKind(const QString &kind);
    QString periodLabel() const { return m_period.label; }
    QString periodText() const;
    QString dimension() const { return dimensionKey(m_dimension); }
    void setDimension(const QString &key);
    yw::shell::ChoiceListModel *dimensions() { return &m_dimensions; }
    bool busy() const { return m_busy; }
    bool trendLoading() const { return m_trendLoading; }
    // Blocks until the changes the feed named are in the figures (tests).
    bool waitForChanges(int timeoutMs = 30000);
    QString status() const { return m_status; }
    QString message() const { return m_message; }
    QString selectedKey() const { return m_selectedKey; }
    const KpiReport &report() const { return m_report; }

    // The period before (-1) or after (+1).
    Q_INVOKABLE void shiftPeriod(int steps);
    // Selects a unit of the ranking: the trend follows it ("" for the city).
    Q_INVOKABLE void select(const QString &unitKey);
    // Writes the report (PDF, XLSX or CSV by the file's suffix); an empty string when done.
    Q_INVOKABLE QString exportReport(const QUrl &file);
    Q_INVOKABLE void reload();

signals:
    void viewChanged();
    void busyChanged();
    void trendLoadingChanged();
    void statusChanged();
    void messageChanged();
    void resultsChanged();
    void ready();

private:
    void recompute();
    void setStatus(const QString &s);
    void setMessage(const QString &m);
    KpiPeriod periodAround(const QDate &day) const;
    QDate today() const;

    yw::shell::ModuleContext &m_context;
    KpiRankingModel m_ranking;
    EvaluationFigures m_figures;
    CaseDrillDown m_drill;
    yw::shell::ChoiceListModel m_dimensions;
    std::shared_ptr<KpiEngine> m_engine;
    QFutureWatcher<std::shared_ptr<KpiEngine>> m_loading;
    std::shared_ptr<yw::store::ReadCancellation> m_cancel =
        std::make_shared<yw::store::ReadCancellation>();
    qint64 m_windowFrom = 0, m_windowTo = 0;
    qint64 m_readFrom = 0;   // where the first read of a reload starts (the comparison period)
    qint64 m_loadedFrom = 0; // the engine holds the cases alive from here on
    bool m_trendLoading = false;
    QFutureWatcher<yw::core::Result<std::vector<yw::core::CaseFacts>>> m_history;
    qint64 m_historyFrom = 0, m_historyTo = 0; // the months the history read asked for
    void readHistory();
    void showCaseCount();
    QString m_periodKind = QStringLiteral("month");
    KpiPeriod m_period;
    Dimension m_dimension = Dimension::Department;
    KpiReport m_report;
    bool m_busy = false;
    bool m_reloadAgain = false;
    QString m_status, m_message;
    QString m_selectedKey;
    QTimer m_changes; // cases changed: their facts are rebuilt after a quiet moment
    QSet<qint64> m_changedCases;
    QFutureWatcher<yw::core::Result<std::vector<yw::core::CaseFacts>>> m_updating;
    void applyChanges();
};

} // namespace yw::evaluation
