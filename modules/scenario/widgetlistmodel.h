#pragma once

#include "scenariowidget.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace yw::scenario {

// A scenario's widgets for the canvas's Repeater, in drawing order: roles widgetId, type (its
// name; "unknown" for a type this version does not know), canvasX, canvasY, canvasWidth,
// canvasHeight (canvas pixels), source, title, options and readsData (it shows a source's rows).
// A change of places or options changes rows in place, so widgets being edited keep their state.
class WidgetListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("a scenario's")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Roles { IdRole = Qt::UserRole + 1, TypeRole, XRole, YRole, WidthRole, HeightRole, SourceRole, TitleRole, OptionsRole,
                 ReadsDataRole };

    using QAbstractListModel::QAbstractListModel;

    void setWidgets(const QList<ScenarioWidget> &widgets);
    const QList<ScenarioWidget> &widgets() const { return m_widgets; }
    const ScenarioWidget *find(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();

private:
    QList<ScenarioWidget> m_widgets;
};

} // namespace yw::scenario
