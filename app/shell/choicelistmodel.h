#pragma once

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace yw::shell {

// A short list of named choices for a row of buttons or a combo box: the queue board's views
// with their counts, the intake channels. Roles: key, name, count.
class ChoiceListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("filled by a module")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    struct Choice
    {
        QString key;
        QString name;
        int count = 0;
        bool operator==(const Choice &o) const
        {
            return key == o.key && name == o.name && count == o.count;
        }
    };
    enum Roles { KeyRole = Qt::UserRole + 1, NameRole, CountRole };

    using QAbstractListModel::QAbstractListModel;

    // Replaces the choices; rows whose key stays keep their place (a count changes in place).
    void setChoices(const QList<Choice> &choices);
    const QList<Choice> &choices() const { return m_choices; }
    // The row of a key, or -1.
    Q_INVOKABLE int indexOf(const QString &key) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();

private:
    QList<Choice> m_choices;
};

} // namespace yw::shell
