#pragma once

#include "error.h"
#include "kpidefinitions.h"

#include <QJsonObject>
#include <QStringList>

namespace yw::scenario {

// A scenario's source of the evaluation's figures (综合评价): one period (a relative one such as
// this-month is taken from the clock when the source is read), by one kind of unit, with the
// columns chosen from the KPI definitions' ids (counts and rates, due_handling,
// due_closure); the composite, grade and rank always come after them.
struct KpiFigureQuery
{
    QString period = QStringLiteral("this-month"); // as KpiPeriod::parse reads it
    yw::evaluation::Dimension by = yw::evaluation::Dimension::Department;
    QStringList columns;                          // empty: the headline columns of the kind of unit
    int limit = 100;

    // The columns of the ids, or the id that is not one.
    static yw::core::Result<QList<yw::evaluation::KpiColumn>> columnsOf(const QStringList &ids);
    static yw::core::Result<KpiFigureQuery> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

} // namespace yw::scenario
