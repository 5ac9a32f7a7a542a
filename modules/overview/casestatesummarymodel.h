#pragma once

#include "coreenums.h"

#include <QAbstractListModel>

namespace yw::overview {

// Number of cases in each state of the flow, in flow order.
class CaseStateSummaryModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles { StateRole = Qt::UserRole + 1, NameRole, CountRole, FinalRole };

    explicit CaseStateSummaryModel(QObject *parent = nullptr);

    void setCounts(const QHash<yw::core::CaseState, int> &counts);
    int count(yw::core::CaseState s) const { return m_counts.value(s); }
    int openCount() const;
    int totalCount() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<yw::core::CaseState> m_states;
    QHash<yw::core::CaseState, int> m_counts;
};

} // namespace yw::overview
