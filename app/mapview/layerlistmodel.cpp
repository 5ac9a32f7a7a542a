#include "layerlistmodel.h"

#include "legenditem.h"

namespace yw::mapview {

LayerListModel::LayerListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void LayerListModel::add(std::shared_ptr<yw::map::MapLayer> layer, bool visible, double opacity)
{
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size()));
    m_entries << Entry{std::move(layer), visible, opacity, {}};
    endInsertRows();
    emit layersChanged();
}

std::shared_ptr<yw::map::MapLayer> LayerListModel::layer(const QString &id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : m_entries[row].layer;
}

int LayerListModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries[i].layer->id() == id)
            return i;
    return -1;
}

void LayerListModel::setStatus(const QString &id, const QString &status)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    m_entries[row].status = status;
    emit dataChanged(index(row), index(row), {StatusRole});
}

void LayerListModel::touch(const QString &id)
{
    const int row = rowOf(id);
    if (row >= 0)
        emit dataChanged(index(row), index(row), {StatusRole, LegendRole});
    emit layersChanged();
}

void LayerListModel::setVisible(int row, bool visible)
{
    if (row < 0 || row >= m_entries.size() || m_entries[row].visible == visible)
        return;
    m_entries[row].visible = visible;
    emit dataChanged(index(row), index(row), {VisibleRole});
    emit layersChanged();
}

void LayerListModel::setOpacity(int row, double opacity)
{
    if (row < 0 || row >= m_entries.size())
        return;
    m_entries[row].opacity = std::clamp(opacity, 0.0, 1.0);
    emit dataChanged(index(row), index(row), {OpacityRole});
    emit layersChanged();
}

void LayerListModel::move(int from, int to)
{
    if (from < 0 || to < 0 || from >= m_entries.size() || to >= m_entries.size() || from == to)
        return;
    beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
    m_entries.move(from, to);
    endMoveRows();
    emit layersChanged();
}

int LayerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant LayerListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Entry &e = m_entries[index.row()];
    switch (role) {
    case IdRole: return e.layer->id();
    case Qt::DisplayRole:
    case TitleRole: return e.layer->title();
    case VisibleRole: return e.visible;
    case OpacityRole: return e.opacity;
    case StatusRole: return e.status;
    case LegendRole: {
        QVariantList out; // LegendItem values
        for (const auto &l : e.layer->legend())
            out << QVariant::fromValue(LegendItem{l.label, l.colour});
        return out;
    }
    }
    return {};
}

QHash<int, QByteArray> LayerListModel::roleNames() const
{
    return {{IdRole, "layerId"}, {TitleRole, "title"}, {VisibleRole, "shown"},
            {OpacityRole, "layerOpacity"}, {LegendRole, "legend"}, {StatusRole, "status"}};
}

} // namespace yw::mapview
