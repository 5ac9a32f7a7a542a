#include "wallwindowlistmodel.h"

#include <algorithm>

namespace yw::walldisplay {

void WallWindowListModel::setRows(const QList<Row> &rows)
{
    // Changed in place, row by row, so that a window opened, closed or moved leaves the others'
    // delegates (and what their scenes have drawn) as they are.
    auto same = [](const Row &a, const Row &b) { return a.id == b.id && a.backend == b.backend && a.qml == b.qml; };
    const qsizetype before = m_rows.size();
    // Rows that go, or whose scene changed (they come again as new rows).
    for (qsizetype i = m_rows.size() - 1; i >= 0; --i) {
        const bool kept = std::any_of(rows.begin(), rows.end(), [&](const Row &r) { return same(r, m_rows.at(i)); });
        if (!kept) {
            beginRemoveRows({}, int(i), int(i));
            m_rows.removeAt(i);
            endRemoveRows();
        }
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        qsizetype at = -1;
        for (qsizetype j = i; j < m_rows.size(); ++j)
            if (same(m_rows.at(j), rows.at(i))) {
                at = j;
                break;
            }
        if (at < 0) {
            beginInsertRows({}, int(i), int(i));
            m_rows.insert(i, rows.at(i));
            endInsertRows();
            continue;
        }
        if (at != i) {
            beginMoveRows({}, int(at), int(at), {}, int(i));
            m_rows.move(at, i);
            endMoveRows();
        }
        if (m_rows.at(i).rect != rows.at(i).rect) {
            m_rows[i].rect = rows.at(i).rect;
            emit dataChanged(index(int(i)), index(int(i)), {RectRole});
        }
    }
    if (m_rows.size() != before)
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
