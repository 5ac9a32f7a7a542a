#include "modulelistmodel.h"

namespace yw::shell {

ModuleListModel::ModuleListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void ModuleListModel::reset(const ModuleHost *host)
{
    beginResetModel();
    m_entries.clear();
    if (host)
        for (const ModuleHost::Entry &e : host->entries())
            if (!e.unavailable)
                m_entries << e;
    endResetModel();
    emit countChanged();
}

int ModuleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant ModuleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ModuleHost::Entry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return e.module->title();
    case IdRole:
        return e.module->id();
    case WorkspaceRole:
        return e.module->workspace();
    case BackendRole:
        return QVariant::fromValue(e.active ? e.module->workspaceBackend() : nullptr);
    case ActiveRole:
        return e.active;
    case ErrorRole:
        return e.error;
    }
    return {};
}

QHash<int, QByteArray> ModuleListModel::roleNames() const
{
    return {{IdRole, "moduleId"},     {TitleRole, "title"},   {WorkspaceRole, "workspace"},
            {BackendRole, "backend"}, {ActiveRole, "active"}, {ErrorRole, "error"}};
}

int ModuleListModel::indexOf(const QString &id) const
{
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries.at(i).module->id() == id)
            return i;
    return -1;
}

} // namespace yw::shell
