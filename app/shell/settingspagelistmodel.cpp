#include "settingspagelistmodel.h"

namespace yw::shell {

SettingsPageListModel::SettingsPageListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void SettingsPageListModel::reset(const ModuleHost *host)
{
    beginResetModel();
    m_rows.clear();
    if (host)
        for (const ModuleHost::Entry &e : host->entries())
            if (e.active)
                for (const SettingsPage &p : e.module->settingsPages())
                    m_rows << Row{e.module->title(), p};
    endResetModel();
    emit countChanged();
}

int SettingsPageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SettingsPageListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole: return r.page.title;
    case IdRole: return r.page.id;
    case PageRole: return r.page.qml;
    case BackendRole: return QVariant::fromValue(r.page.backend);
    case ModuleRole: return r.module;
    }
    return {};
}

QHash<int, QByteArray> SettingsPageListModel::roleNames() const
{
    return {{IdRole, "pageId"},
            {TitleRole, "title"},
            {PageRole, "page"},
            {BackendRole, "backend"},
            {ModuleRole, "module"}};
}

} // namespace yw::shell
