#pragma once

#include "modulehost.h"

#include <QAbstractListModel>

namespace yw::shell {

// The settings dialog's pages: every active module's SettingsPage, in navigation order
// (title, the page's QML, its settings object).
class SettingsPageListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Roles { IdRole = Qt::UserRole + 1, TitleRole, PageRole, BackendRole, ModuleRole };

    explicit SettingsPageListModel(QObject *parent = nullptr);
    void reset(const ModuleHost *host);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();

private:
    struct Row
    {
        QString module; // the module's title
        SettingsPage page;
    };
    QList<Row> m_rows;
};

} // namespace yw::shell
