#include "wallwindowlistmodel.h"

namespace yw::walldisplay {

void WallWindowListModel::setRows(const QList<Row> &rows)
{
    bool sameWindows = rows.size() == m_rows.size();
    for (int i = 0; sameWindows && i < rows.size(); ++i)
        sameWindows = rows.at(i).id == m_rows.at(i).id && rows.at(i).backend == m_rows.at(i).backend
                      && rows.at(i).qml == m_rows.at(i).qml;
    if (sameWindows) {
        for (int i = 0; i < rows.size(); ++i)
            if (rows.at(i).rect != m_rows.at(i).rect) {
                m_rows[i].rect = rows.at(i).rect;
                emit dataChanged(index(i), index(i), {RectRole});
            }
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
    emit countChanged();
}

int WallWindowListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant WallWindowListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case WindowIdRole:
        return r.id;
    case SceneIdRole:
        return r.scene;
    case ArgumentRole:
        return r.argument;
    case SceneQmlRole:
        return r.qml;
    case SceneRole:
        return QVariant::fromValue(r.backend.get());
    case RectRole:
        return r.rect;
    }
    return {};
}

QHash<int, QByteArray> WallWindowListModel::roleNames() const
{
    return {{WindowIdRole, "windowId"}, {SceneIdRole, "sceneId"}, {ArgumentRole, "argument"},
            {SceneQmlRole, "sceneQml"}, {SceneRole, "scene"},     {RectRole, "rect"}};
}

} // namespace yw::walldisplay
