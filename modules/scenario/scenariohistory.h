#pragma once

#include "clock.h"
#include "database.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QtQml/qqmlregistration.h>

namespace yw::scenario {

// A saved scenario's published revisions, newest first (roles revision, by, at, note), and
// what one of them changes against the draft, in words (ScenarioDiff): the page's history panel.
// Restoring one is the workspace's (it saves a new draft through the store).
class ScenarioHistory : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the scenario workspace's")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    // The compared revision's differences from the draft, one line each.
    Q_PROPERTY(QStringList changes READ changes NOTIFY changesChanged)
    Q_PROPERTY(int compared READ compared NOTIFY changesChanged)
public:
    enum Roles { RevisionRole = Qt::UserRole + 1, ByRole, AtRole, NoteRole };

    using QAbstractListModel::QAbstractListModel;

    // Reads the revisions of a stored scenario (none for 0), and forgets a comparison.
    void load(yw::store::Database &db, const yw::core::Clock &clock, qint64 scenarioId);
    QStringList changes() const { return m_changes; }
    int compared() const { return m_compared; }

    // Compares a revision with the draft; false when either cannot be read.
    Q_INVOKABLE bool compare(int revision);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();
    void changesChanged();

private:
    // A part of ScenarioDiff's ("widget", "source"…) in the interface's language.
    static QString partName(const QString &part);
    struct Row
    {
        int revision = 0;
        QString by;
        QDateTime at;
        QString note;
    };
    yw::store::Database *m_db = nullptr;
    const yw::core::Clock *m_clock = nullptr;
    qint64 m_id = 0;
    QList<Row> m_rows;
    QStringList m_changes;
    int m_compared = 0;
};

} // namespace yw::scenario
