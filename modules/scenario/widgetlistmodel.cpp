#include "widgetlistmodel.h"

namespace yw::scenario {

void WidgetListModel::setWidgets(const QList<ScenarioWidget> &widgets)
{
    bool sameIds = widgets.size() == m_widgets.size();
    for (qsizetype i = 0; sameIds && i < widgets.size(); ++i)
        sameIds = widgets[i].id == m_widgets[i].id && widgets[i].type == m_widgets[i].type;
    if (!sameIds) {
        beginResetModel();
        m_widgets = widgets;
        endResetModel();
        emit countChanged();
        return;
    }
    for (qsizetype i = 0; i < widgets.size(); ++i) {
        const ScenarioWidget &a = m_widgets[i], &b = widgets[i];
        if (a.geometry != b.geometry || a.options != b.options || a.source != b.source) {
            m_widgets[i] = b;
            emit dataChanged(index(int(i)), index(int(i)));
        }
    }
}

const ScenarioWidget *WidgetListModel::find(const QString &id) const
{
    for (const ScenarioWidget &w : m_widgets)
        if (w.id == id)
            return &w;
    return nullptr;
}

int WidgetListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_widgets.size());
}

QVariant WidgetListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_widgets.size())
        return {};
    const ScenarioWidget &w = m_widgets[index.row()];
    switch (role) {
    case IdRole: return w.id;
    case TypeRole: return w.type == WidgetType::Unknown ? QStringLiteral("unknown") : w.typeName;
    case XRole: return w.geometry.x();
    case YRole: return w.geometry.y();
    case WidthRole: return w.geometry.width();
    case HeightRole: return w.geometry.height();
    case SourceRole: return w.source;
    case TitleRole: return w.options.value(QLatin1String("title")).toString();
    case OptionsRole: return w.options.toVariantMap();
    case ReadsDataRole: return ScenarioWidget::readsData(w.type);
    }
    return {};
}

QHash<int, QByteArray> WidgetListModel::roleNames() const
{
    return {{IdRole, "widgetId"}, {TypeRole, "type"}, {XRole, "canvasX"}, {YRole, "canvasY"}, {WidthRole, "canvasWidth"},
            {HeightRole, "canvasHeight"}, {SourceRole, "source"}, {TitleRole, "title"}, {OptionsRole, "options"},
            {ReadsDataRole, "readsData"}};
}

} // namespace yw::scenario
