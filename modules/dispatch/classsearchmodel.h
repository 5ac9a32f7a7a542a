#pragma once

#include "taxonomy.h"

#include <QAbstractListModel>

namespace yw::dispatch {

// The taxonomy's classes (components and matters) for the intake desk's class picker, narrowed by
// what the operator types: part of the Chinese or English name, the start of the code, or the pinyin
// initials of consecutive characters of the name (bllj → 暴露垃圾).
class ClassSearchModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY queryChanged)
public:
    enum Roles { CodeRole = Qt::UserRole + 1, NameRole, KindRole, BigClassRole };
    static constexpr int kMaxRows = 50;

    explicit ClassSearchModel(const yw::core::Taxonomy &taxonomy, QObject *parent = nullptr);

    QString query() const { return m_query; }
    void setQuery(const QString &q);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void queryChanged();

private:
    QList<yw::core::TaxonomyClass> m_all;
    QList<int> m_shown;
    QString m_query;
};

} // namespace yw::dispatch
