#pragma once

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace yw::shell {

// The QML face of GadgetListModel: how many rows, and one row as its typed value (a gadget with
// its properties), for what reads rows one by one rather than through a view's delegates (a
// chart filling its series).
class RowListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("a module's list of typed rows")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    using QAbstractListModel::QAbstractListModel;

    int count() const { return rowCount(); }
    // The row as its gadget (invalid outside the rows).
    Q_INVOKABLE virtual QVariant at(int row) const = 0;

signals:
    void countChanged();
};

} // namespace yw::shell
