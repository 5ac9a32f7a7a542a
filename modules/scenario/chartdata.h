#pragma once

#include "sourcetable.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace yw::scenario {

// What a chart or a ranking of a source draws: its rows' labels as categories (names, not codes;
// times in city time) and one series per value column, with the largest value for the axis.
// The chart's QML only copies these into Qt Charts' series.
class ChartData : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(yw::scenario::SourceTable *table READ table WRITE setTable NOTIFY inputsChanged)
    // The columns drawn as series; empty: every number column (the rank left out).
    Q_PROPERTY(QStringList valueColumns READ valueColumns WRITE setValueColumns NOTIFY inputsChanged)
    // At most this many categories (the source's first rows); 0: all.
    Q_PROPERTY(int limit READ limit WRITE setLimit NOTIFY inputsChanged)
    Q_PROPERTY(QStringList categories READ categories NOTIFY changed)
    Q_PROPERTY(QStringList seriesNames READ seriesNames NOTIFY changed)
    Q_PROPERTY(double maximum READ maximum NOTIFY changed)
    Q_PROPERTY(int count READ count NOTIFY changed)

public:
    using QObject::QObject;

    SourceTable *table() const { return m_table; }
    void setTable(SourceTable *t);
    QStringList valueColumns() const { return m_valueColumns; }
    void setValueColumns(const QStringList &c);
    int limit() const { return m_limit; }
    void setLimit(int l);

    QStringList categories() const { return m_categories; }
    QStringList seriesNames() const { return m_seriesNames; }
    double maximum() const { return m_maximum; }
    int count() const { return int(m_categories.size()); }

    // The values of series i, one per category.
    Q_INVOKABLE QList<qreal> values(int series) const;
    // A category's value of the first series, as text (a ranking's figure, a slice's label).
    Q_INVOKABLE QString valueText(int category) const;

signals:
    void inputsChanged();
    void changed();

private:
    void recompute();

    QPointer<SourceTable> m_table;
    QStringList m_valueColumns;
    int m_limit = 0;
    QStringList m_categories;
    QStringList m_seriesNames;
    QList<int> m_columns; // the table's columns of the series
    QList<QList<qreal>> m_values;
    double m_maximum = 0;
};

} // namespace yw::scenario
