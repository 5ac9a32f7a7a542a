#pragma once

#include "databaselocation.h"
#include "error.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QFutureWatcher>
#include <QtQml/qqmlregistration.h>

namespace yw::scenario {

// What there is to open: the templates shipped with Yiwang (resources/scenario/templates) and
// the scenarios saved in the case database (read in the background). Roles key ("template:…"
// or "stored:<id>"), title, kind ("template" or "stored"), detail (who saved it when, whether
// published).
class ScenarioCatalog : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the scenario workspace's")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
public:
    enum Roles { KeyRole = Qt::UserRole + 1, TitleRole, KindRole, DetailRole };
    struct Entry
    {
        QString key;
        QString title;
        QString kind;
        QString detail;
        QByteArray document; // templates: the document itself
    };
    static constexpr const char *kTemplateDir = ":/yiwang/scenario/templates";

    explicit ScenarioCatalog(QObject *parent = nullptr);

    // The templates now, the stored scenarios when read.
    void reload(const yw::store::DatabaseLocation &where);
    bool loading() const { return m_loading; }
    const QList<Entry> &entries() const { return m_entries; }
    // A template, or an entry of the list as last read.
    const Entry *find(const QString &key) const;
    static const QList<Entry> &templates();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();
    void loadingChanged();
    void failed(const QString &message);

private:
    QList<Entry> m_entries;
    bool m_loading = false;
    QFutureWatcher<yw::core::Result<QList<Entry>>> m_read;
};

} // namespace yw::scenario
