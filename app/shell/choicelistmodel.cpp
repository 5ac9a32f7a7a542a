#include "choicelistmodel.h"

namespace yw::shell {

void ChoiceListModel::setChoices(const QList<Choice> &choices)
{
    bool sameKeys = choices.size() == m_choices.size();
    for (int i = 0; sameKeys && i < choices.size(); ++i)
        sameKeys = choices[i].key == m_choices[i].key;
    if (!sameKeys) {
        beginResetModel();
        m_choices = choices;
        endResetModel();
        emit countChanged();
        return;
    }
    for (int i = 0; i < choices.size(); ++i) {
        if (choices[i] == m_choices[i])
            continue;
        m_choices[i] = choices[i];
        emit dataChanged(index(i), index(i), {NameRole, CountRole});
    }
}

int ChoiceListModel::indexOf(const QString &key) const
{
    for (int i = 0; i < m_choices.size(); ++i)
        if (m_choices[i].key == key)
            return i;
    return -1;
}

int ChoiceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_choices.size());
}

QVariant ChoiceListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_choices.size())
        return {};
    const Choice &c = m_choices[index.row()];
    switch (role) {
    case KeyRole:
        return c.key;
    case Qt::DisplayRole:
    case NameRole:
        return c.name;
    case CountRole:
        return c.count;
    default:
        return {};
    }
}

QHash<int, QByteArray> ChoiceListModel::roleNames() const
{
    return {{KeyRole, "key"}, {NameRole, "name"}, {CountRole, "count"}};
}

} // namespace yw::shell
