#pragma once

#include "rowlistmodel.h"

#include <QMetaProperty>

namespace yw::shell {

// A list model of typed rows: T is a Q_GADGET, and each of its properties is a role of the same
// name. Modules keep small lists (a case's history, its photos, the actions on offer) as values
// of their own type and hand them to QML views through this, instead of lists of maps.
template<typename T>
class GadgetListModel : public RowListModel
{
public:
    using RowListModel::RowListModel;

    void setRows(QList<T> rows)
    {
        const bool counted = rows.size() != m_rows.size();
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        if (counted)
            emit countChanged();
    }
    QVariant at(int row) const override
    {
        return row >= 0 && row < m_rows.size() ? QVariant::fromValue(m_rows.at(row)) : QVariant();
    }
    const QList<T> &rows() const { return m_rows; }
    const T &row(int i) const { return m_rows.at(i); }
    bool isEmpty() const { return m_rows.isEmpty(); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        const int property = role - Qt::UserRole - 1 + T::staticMetaObject.propertyOffset();
        if (!index.isValid() || index.row() >= m_rows.size() || role <= Qt::UserRole
            || property >= T::staticMetaObject.propertyCount())
            return {};
        return T::staticMetaObject.property(property).readOnGadget(&m_rows[index.row()]);
    }
    QHash<int, QByteArray> roleNames() const override
    {
        QHash<int, QByteArray> names;
        const QMetaObject &mo = T::staticMetaObject;
        for (int i = mo.propertyOffset(); i < mo.propertyCount(); ++i)
            names.insert(Qt::UserRole + 1 + i - mo.propertyOffset(), mo.property(i).name());
        return names;
    }

private:
    QList<T> m_rows;
};

} // namespace yw::shell
