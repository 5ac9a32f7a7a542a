#pragma once

#include "choicelistmodel.h"
#include "datasetquery.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace yw::scenario {

class CanvasEditor;

// The visual query builder (no SQL): a scenario's source as the store's named datasets offer it
// — the dataset, its fields, filters (a value, or bound to a control), group by (times by hour,
// day, week or month), one aggregate, order, top-N and a time window relative to now — edited
// in undoable steps of the scenario's editor; the running scenario reads it at once (live
// preview). The store compiles it; what cannot be read is said on the widgets reading it.
class QueryBuilder : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the scenario workspace's")
    Q_PROPERTY(yw::shell::ChoiceListModel *datasets READ datasets CONSTANT)
    Q_PROPERTY(yw::shell::ChoiceListModel *fields READ fields NOTIFY sourceChanged)
    Q_PROPERTY(QString sourceId READ sourceId NOTIFY sourceChanged)
    Q_PROPERTY(QString dataset READ dataset NOTIFY sourceChanged)
    Q_PROPERTY(QStringList groupBy READ groupBy NOTIFY sourceChanged)
    Q_PROPERTY(QString aggregate READ aggregate NOTIFY sourceChanged)
    Q_PROPERTY(QString aggregateField READ aggregateField NOTIFY sourceChanged)
    // Each filter as "field op value" or "field op {control}", for the list.
    Q_PROPERTY(QStringList filterTexts READ filterTexts NOTIFY sourceChanged)
    Q_PROPERTY(QString window READ window NOTIFY sourceChanged)
    Q_PROPERTY(QString windowField READ windowField NOTIFY sourceChanged)
    Q_PROPERTY(int limit READ limit NOTIFY sourceChanged)
    Q_PROPERTY(QString orderBy READ orderBy NOTIFY sourceChanged)
    Q_PROPERTY(bool descending READ descending NOTIFY sourceChanged)
    // The source's JSON as the document keeps it.
    Q_PROPERTY(QString json READ json NOTIFY sourceChanged)
    Q_PROPERTY(QString problem READ problem NOTIFY sourceChanged)

public:
    explicit QueryBuilder(QObject *parent = nullptr);
    void setEditor(CanvasEditor *editor);

    yw::shell::ChoiceListModel *datasets() { return &m_datasets; }
    yw::shell::ChoiceListModel *fields() { return &m_fields; }
    QString sourceId() const { return m_sourceId; }
    QString dataset() const { return m_query.dataset; }
    QStringList groupBy() const;
    QString aggregate() const;
    QString aggregateField() const;
    QStringList filterTexts() const;
    QString window() const;
    QString windowField() const { return m_query.window.field; }
    int limit() const { return m_query.limit; }
    QString orderBy() const { return m_query.orderBy; }
    bool descending() const { return m_query.descending; }
    QString json() const;
    QString problem() const { return m_problem; }
    const yw::core::DatasetQuery &query() const { return m_query; }

    // Edits a source of the scenario (its dataset query; the evaluation's and SQL sources are
    // shown as JSON only).
    Q_INVOKABLE bool edit(const QString &sourceId);
    // A new source counting the dataset's rows; its id.
    Q_INVOKABLE QString create(const QString &dataset);
    Q_INVOKABLE void remove();
    Q_INVOKABLE void setDataset(const QString &dataset);
    // Fields, with a time field as "reported_at:day" for its bucket.
    Q_INVOKABLE void setGroupBy(const QStringList &fields);
    // fn: count, countDistinct, sum, avg, min, max; the result column is "n".
    Q_INVOKABLE void setAggregate(const QString &fn, const QString &field);
    // A value, or a control's name as parameter (the value then ignored).
    Q_INVOKABLE bool addFilter(const QString &field, const QString &op, const QString &value, const QString &parameter);
    Q_INVOKABLE void removeFilter(int index);
    // relative: none, today, yesterday, thisWeek, last7Days, thisMonth, lastMonth, last30Days.
    Q_INVOKABLE void setWindow(const QString &relative, const QString &field);
    Q_INVOKABLE void setOrder(const QString &column, bool descending);
    Q_INVOKABLE void setLimit(int limit);

signals:
    void sourceChanged();

private:
    // Writes the query back as the source (one undoable step) and shows it.
    void commit(const yw::core::DatasetQuery &query);
    void loadFields();

    CanvasEditor *m_editor = nullptr;
    yw::shell::ChoiceListModel m_datasets;
    yw::shell::ChoiceListModel m_fields;
    QString m_sourceId;
    yw::core::DatasetQuery m_query;
    QString m_problem;
};

} // namespace yw::scenario
