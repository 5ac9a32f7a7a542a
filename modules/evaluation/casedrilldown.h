#pragma once

#include "drillcase.h"
#include "gadgetlistmodel.h"
#include "kpiengine.h"
#include "kpireport.h"
#include "modulecontext.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace yw::evaluation {

// Every figure drills down to its cases: a count's own cases, for a rate those it is taken of
// (what was due); the reports of a hot-spot community or of a calendar day. The first 200 are
// listed; each opens where cases are worked on.
class CaseDrillDown : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by the evaluation module")
    // Empty when nothing is drilled into (the list is closed).
    Q_PROPERTY(QString title READ title NOTIFY changed)
    // DrillCase rows.
    Q_PROPERTY(yw::shell::RowListModel *cases READ cases CONSTANT)

public:
    static constexpr int kListed = 200;

    explicit CaseDrillDown(yw::shell::ModuleContext &context, QObject *parent = nullptr);

    QString title() const { return m_title; }
    yw::shell::RowListModel *cases() { return &m_cases; }
    const QList<DrillCase> &rows() const { return m_cases.rows(); }

    // What the figures are of now: the engine, the period's report and the unit ranked.
    void setBasis(std::shared_ptr<const KpiEngine> engine, const KpiReport &report,
                  const KpiPeriod &period, Dimension dimension);

    // The cases behind one figure of one unit ("" for the city); columnId as in the ranking's
    // columnIds. An unknown column closes the list.
    Q_INVOKABLE void drill(const QString &unitKey, const QString &columnId);
    Q_INVOKABLE void drillCommunity(const QString &communityCode);
    Q_INVOKABLE void drillDay(const QString &isoDate);
    Q_INVOKABLE void close();
    Q_INVOKABLE bool openCase(qint64 caseId) const;

    // The counts a figure is taken of: a count itself; for a rate, what was due.
    static QList<Counter> countersBehind(const KpiColumn &column);
    static bool columnFromId(const QString &id, KpiColumn *out);

signals:
    void changed();

private:
    void show(QList<qint64> ids, const QString &title);

    yw::shell::ModuleContext &m_context;
    std::shared_ptr<const KpiEngine> m_engine;
    KpiReport m_report;
    KpiPeriod m_period;
    Dimension m_dimension = Dimension::Department;
    QString m_title;
    yw::shell::GadgetListModel<DrillCase> m_cases;
};

} // namespace yw::evaluation
