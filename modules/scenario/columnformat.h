#pragma once

#include "datasetquery.h"
#include "scenariowidget.h"

#include <QList>
#include <QString>

namespace yw::scenario {

// How a column of a source's result is shown: a code turned into its name (areas, classes,
// departments, states, channels), a time in city time by its bucket, a number or a rate; with
// the column's title for table headers and axes.
struct ColumnFormat
{
    enum class Kind { Text, Number, Percent, Time, Area, Class, Department, State, Channel, Urgency, DeviceKind, Level };
    QString name;
    QString title;
    Kind kind = Kind::Text;
    yw::core::DatasetGroup::Bucket bucket = yw::core::DatasetGroup::Bucket::None;

    bool isNumeric() const { return kind == Kind::Number || kind == Kind::Percent; }

    // The formats of a source's columns as its query names them (dataset fields, groups,
    // aggregates, the evaluation's figures); columns it does not name are text.
    static QList<ColumnFormat> of(const ScenarioSource &source, const yw::core::DatasetQuery &query,
                                  const QStringList &columns);
};

} // namespace yw::scenario
