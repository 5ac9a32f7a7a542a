#pragma once

#include "maplayer.h"

#include <QAbstractListModel>

#include <memory>

namespace yw::mapview {

// The layer panel: the map's layers top to bottom (row 0 is drawn last, over the others, as in
// QGIS's panel) with what the user set (visible, opacity, order) and what the layer says about
// itself (legend, feature count, status: loading, failed...).
class LayerListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles { IdRole = Qt::UserRole + 1, TitleRole, VisibleRole, OpacityRole, LegendRole, StatusRole };

    struct Entry
    {
        std::shared_ptr<yw::map::MapLayer> layer;
        bool visible = true;
        double opacity = 1.0;
        QString status;
    };

    explicit LayerListModel(QObject *parent = nullptr);

    // Adds a layer under those already there.
    void add(std::shared_ptr<yw::map::MapLayer> layer, bool visible = true, double opacity = 1.0);
    const QList<Entry> &entries() const { return m_entries; }
    std::shared_ptr<yw::map::MapLayer> layer(const QString &id) const;
    // The row of a layer, or -1.
    int rowOf(const QString &id) const;
    void setStatus(const QString &id, const QString &status);
    // The layer's data changed (its revision moved): views repaint.
    void touch(const QString &id);

    Q_INVOKABLE void setVisible(int row, bool visible);
    Q_INVOKABLE void setOpacity(int row, double opacity);
    Q_INVOKABLE void move(int from, int to);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void layersChanged();

private:
    QList<Entry> m_entries;
};

} // namespace yw::mapview
