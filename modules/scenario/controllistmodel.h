#pragma once

#include "areahierarchy.h"
#include "choicelistmodel.h"
#include "taxonomy.h"
#include "scenariowidget.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace yw::scenario {

class DimensionNames;

// The scenario's controls as pickers above its widgets: roles name, title, kind, value and
// choices (a ChoiceListModel: key, name; the first is "all", or a period control's "as set").
// The districts come from the city's areas, the departments and classes from the store and the
// taxonomy, the periods are the relative windows.
class ControlListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("a scenario's")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Roles { NameRole = Qt::UserRole + 1, TitleRole, KindRole, ValueRole, ChoicesRole };

    struct Sources
    {
        const yw::core::AreaHierarchy *areas = nullptr;
        const yw::core::Taxonomy *taxonomy = nullptr;
        const QHash<qint64, QString> *departments = nullptr;
    };

    using QAbstractListModel::QAbstractListModel;

    void setControls(const QList<ScenarioControl> &controls, const Sources &sources);
    // The value of control `name`; false when there is no such control or the value is not
    // one of its choices (a parameter out of range is refused, not passed to the store).
    bool setValue(const QString &name, const QString &value);
    QVariantMap values() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();

private:
    struct Control
    {
        ScenarioControl control;
        QString value;
        std::unique_ptr<yw::shell::ChoiceListModel> choices;
    };
    std::vector<Control> m_controls;
};

} // namespace yw::scenario
