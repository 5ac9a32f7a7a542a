#pragma once

#include "sourcetable.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace yw::scenario {

// A KPI tile's figure (指标卡): the value of a column of its source (summed over the source's
// rows, or the first row's for a rate), its change against the same source read for the period
// before, and the threshold it has reached (a wall shows amber and red from across the room).
class KpiTileValue : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(yw::scenario::SourceTable *table READ table WRITE setTable NOTIFY inputsChanged)
    Q_PROPERTY(yw::scenario::SourceTable *before READ before WRITE setBefore NOTIFY inputsChanged)
    Q_PROPERTY(QString column READ column WRITE setColumn NOTIFY inputsChanged)
    // [warning, danger]: the value at which the tile turns amber, then red (reversed when higher
    // is better: below them).
    Q_PROPERTY(QVariantList thresholds READ thresholds WRITE setThresholds NOTIFY inputsChanged)
    Q_PROPERTY(bool higherIsBetter READ higherIsBetter WRITE setHigherIsBetter NOTIFY inputsChanged)
    Q_PROPERTY(double value READ value NOTIFY valueChanged)
    Q_PROPERTY(QString valueText READ valueText NOTIFY valueChanged)
    Q_PROPERTY(QString changeText READ changeText NOTIFY valueChanged)
    // -1, 0, +1: down, no change (or nothing to compare with), up
    Q_PROPERTY(int direction READ direction NOTIFY valueChanged)
    // Whether the change is for the better.
    Q_PROPERTY(bool improving READ improving NOTIFY valueChanged)
    // "normal", "warning" or "danger"
    Q_PROPERTY(QString level READ level NOTIFY valueChanged)
    Q_PROPERTY(bool hasValue READ hasValue NOTIFY valueChanged)

public:
    using QObject::QObject;

    SourceTable *table() const { return m_table; }
    void setTable(SourceTable *t);
    SourceTable *before() const { return m_before; }
    void setBefore(SourceTable *t);
    QString column() const { return m_column; }
    void setColumn(const QString &c);
    QVariantList thresholds() const { return m_thresholds; }
    void setThresholds(const QVariantList &t);
    bool higherIsBetter() const { return m_higherIsBetter; }
    void setHigherIsBetter(bool b);

    double value() const { return m_value; }
    QString valueText() const { return m_valueText; }
    QString changeText() const { return m_changeText; }
    int direction() const { return m_direction; }
    bool improving() const { return m_improving; }
    QString level() const { return m_level; }
    bool hasValue() const { return m_hasValue; }

signals:
    void inputsChanged();
    void valueChanged();

private:
    void recompute();
    // The figure of a table, or nothing when it has no such column or rows.
    std::optional<double> figureOf(const SourceTable *t) const;

    QPointer<SourceTable> m_table, m_before;
    QString m_column;
    QVariantList m_thresholds;
    bool m_higherIsBetter = false;
    double m_value = 0;
    QString m_valueText = QStringLiteral("—");
    QString m_changeText;
    int m_direction = 0;
    bool m_improving = false;
    QString m_level = QStringLiteral("normal");
    bool m_hasValue = false;
};

} // namespace yw::scenario
