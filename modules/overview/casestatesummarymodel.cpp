#include "casestatesummarymodel.h"

namespace yw::overview {

using namespace yw::core;

CaseStateSummaryModel::CaseStateSummaryModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_states(enumValues<CaseState>())
{}

void CaseStateSummaryModel::setCounts(const QHash<CaseState, int> &counts)
{
    m_counts = counts;
    if (!m_states.isEmpty())
        emit dataChanged(index(0), index(int(m_states.size()) - 1), {CountRole});
}

int CaseStateSummaryModel::openCount() const
{
    int n = 0;
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it)
        if (!isFinal(it.key()))
            n += it.value();
    return n;
}

int CaseStateSummaryModel::totalCount() const
{
    int n = 0;
    for (int c : m_counts)
        n += c;
    return n;
}

int CaseStateSummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_states.size());
}

QVariant CaseStateSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const CaseState s = m_states.at(index.row());
    switch (role) {
    case StateRole:
        return enumKey(s);
    case Qt::DisplayRole:
    case NameRole:
        return displayName(s);
    case CountRole:
        return m_counts.value(s);
    case FinalRole:
        return isFinal(s);
    }
    return {};
}

QHash<int, QByteArray> CaseStateSummaryModel::roleNames() const
{
    return {{StateRole, "state"}, {NameRole, "name"}, {CountRole, "count"}, {FinalRole, "isFinal"}};
}

} // namespace yw::overview
