#pragma once

#include <QAbstractListModel>
#include <QRectF>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace yw::walldisplay {

// The windows on the wall, bottom to top, for the wall's surfaces: where each is (content
// pixels), the scene's QML and its backend. A window that only moved keeps its delegate (and its
// scene's state); a new scene in a window loads anew.
class WallWindowListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the wall display's")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Roles { WindowIdRole = Qt::UserRole + 1, SceneIdRole, ArgumentRole, SceneQmlRole, SceneRole, RectRole };
    struct Row
    {
        QString id;
        QString scene;
        QString argument;
        QUrl qml;
        std::shared_ptr<QObject> backend;
        QRectF rect;
    };

    using QAbstractListModel::QAbstractListModel;

    void setRows(const QList<Row> &rows);
    const QList<Row> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();

private:
    QList<Row> m_rows;
};

} // namespace yw::walldisplay
