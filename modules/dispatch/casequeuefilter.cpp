#include "casequeuefilter.h"

#include "casequeuemodel.h"

namespace yw::dispatch {

CaseQueueFilter::CaseQueueFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // The most urgent first: least time left (overdue is negative).
    setSortRole(CaseQueueModel::RemainingSecondsRole);
    sort(0, Qt::AscendingOrder);
    setDynamicSortFilter(true);
}

void CaseQueueFilter::setView(View v)
{
    if (v == m_view)
        return;
    m_view = v;
    invalidateFilter();
}

void CaseQueueFilter::setSearchText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateFilter();
}

bool CaseQueueFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    auto value = [&](int role) { return sourceModel()->data(i, role); };
    switch (m_view) {
    case View::All:
        break;
    case View::Overdue:
        if (value(CaseQueueModel::LightRole).toString() != QLatin1String("Red"))
            return false;
        break;
    case View::Unacknowledged:
        if (!value(CaseQueueModel::AcknowledgedByRole).toString().isEmpty())
            return false;
        break;
    case View::Coordination:
        if (!value(CaseQueueModel::CoordinationRole).toBool())
            return false;
        break;
    case View::Muted:
        if (!value(CaseQueueModel::MutedRole).toBool())
            return false;
        break;
    }
    return m_text.isEmpty()
           || value(CaseQueueModel::SearchTextRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace yw::dispatch
