#pragma once

#include "datasetquery.h"

#include <QObject>
#include <QVariant>

namespace yw::scenario {

// Cross-filtering (联动) on a running scenario: a click on a bar, slice, table row, KPI tile or
// map area adds "field = value" (a district, a class, a department…), and every other source
// whose dataset has that field is read with it; the widget clicked keeps its own source whole,
// so its other bars stay to click. Clicking the same value again takes it off; Esc clears all.
class CrossFilter : public QObject
{
    Q_OBJECT
public:
    struct Active
    {
        QString field;
        QVariant value;
        QString fromSource; // the clicked widget's source, left unfiltered by this one
        QString label;      // what the filter bar shows ("District: 芙蓉区")
        bool operator==(const Active &o) const
        {
            return field == o.field && value == o.value && fromSource == o.fromSource;
        }
    };

    using QObject::QObject;

    // A click on a widget reading `source` at `field` = `value`: added, or taken off when it is
    // there already; a new value of a field replaces the old one.
    void click(const QString &source, const QString &field, const QVariant &value, const QString &label = {});
    void clear();
    const QList<Active> &active() const { return m_active; }

    // The query of `source` with the active filters that apply to it.
    yw::core::DatasetQuery applied(const QString &source, const yw::core::DatasetQuery &query) const;
    // Whether any active filter applies to the source (its widget shows it is filtered).
    bool filters(const QString &source, const yw::core::DatasetQuery &query) const;

signals:
    void changed();

private:
    QList<Active> m_active;
};

} // namespace yw::scenario
