#pragma once

#include "caseeventfeedmodel.h"
#include "casestatesummarymodel.h"
#include "modulecontext.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace yw::overview {

// The overview page's data: counts by state and the live activity, kept current by the change
// feed.
class OverviewBackend : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by its module")
    Q_PROPERTY(QAbstractItemModel *states READ states CONSTANT)
    Q_PROPERTY(QAbstractItemModel *activity READ activity CONSTANT)
    Q_PROPERTY(int openCount READ openCount NOTIFY countsChanged)
    Q_PROPERTY(int totalCount READ totalCount NOTIFY countsChanged)
    Q_PROPERTY(int closedCount READ closedCount NOTIFY countsChanged)
    Q_PROPERTY(QString error READ error NOTIFY countsChanged)
public:
    static constexpr int kInitialEvents = 50;

    explicit OverviewBackend(yw::shell::ModuleContext &context, QObject *parent = nullptr);

    QAbstractItemModel *states() { return &m_states; }
    QAbstractItemModel *activity() { return &m_activity; }
    int openCount() const { return m_states.openCount(); }
    int totalCount() const { return m_states.totalCount(); }
    int closedCount() const;
    QString error() const { return m_error; }

    // Re-reads the counts; the activity list follows the change feed.
    yw::core::Status refresh();

signals:
    void countsChanged();

private:
    void onEvents(const QList<yw::core::CaseEvent> &events);

    yw::shell::ModuleContext &m_context;
    CaseStateSummaryModel m_states;
    CaseEventFeedModel m_activity;
    QString m_error;
    bool m_loadedHistory = false;
};

} // namespace yw::overview
