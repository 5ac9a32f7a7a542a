#pragma once

#include "modulehost.h"

#include <QAbstractListModel>

namespace yw::shell {

// The modules for the navigation: id, title, workspace page, whether it started and why not.
class ModuleListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        WorkspaceRole,
        BackendRole,
        ActiveRole,
        ErrorRole
    };

    explicit ModuleListModel(QObject *parent = nullptr);

    // Re-reads the host's entries (after initialise, or when the language changes titles).
    void reset(const ModuleHost *host);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE int indexOf(const QString &id) const;

signals:
    void countChanged();

private:
    QList<ModuleHost::Entry> m_entries;
};

} // namespace yw::shell
