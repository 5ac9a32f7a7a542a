#pragma once

#include "error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>
#include <QVariantList>

namespace yw::core {

// A question to one of the store's named datasets, as the scenario builder's visual query
// builder composes it: no SQL anywhere outside the store, which compiles it for its backend.
// Fields are the dataset's own names (store::DatasetCatalog lists them).
struct DatasetFilter
{
    enum class Op { Equals, NotEquals, In, Less, LessOrEqual, Greater, GreaterOrEqual, Contains, StartsWith };
    QString field;
    Op op = Op::Equals;
    QVariantList values;
    // Bound from one of the scenario's controls (district, department, period, class…): the
    // control's value replaces `values`; a control left empty drops the filter.
    QString parameter;
};

struct DatasetGroup
{
    // Time fields are grouped by an hour, day, week (from Monday) or month of city time.
    enum class Bucket { None, Hour, Day, Week, Month };
    QString field;
    Bucket bucket = Bucket::None;
};

struct DatasetAggregate
{
    enum class Fn { Count, CountDistinct, Sum, Average, Min, Max };
    Fn fn = Fn::Count;
    QString field; // empty: count of rows
    QString as;    // the result column's name
};

// Relative windows are taken from the clock when the query runs, so a screen left running shows
// the new day after midnight; fixed ones are [from, to).
struct DatasetTimeWindow
{
    enum class Relative { None, Today, Yesterday, ThisWeek, Last7Days, ThisMonth, LastMonth, Last30Days, Fixed };
    Relative relative = Relative::None;
    QString field; // a time field of the dataset
    QDateTime from, to;
    // Bound to a control of the scenario (a period picker): its value, a relative window's name
    // ("today", "thisMonth"…), replaces `relative`; a control left empty keeps it.
    QString parameter;
    // Periods back from the window: 1 is the period before (yesterday for today, last month for
    // this month, the seven days before the last seven), what a KPI tile compares with.
    int back = 0;

    static bool relativeFromName(const QString &name, Relative *relative);
    static QString nameOf(Relative relative);
};

struct DatasetQuery
{
    QString dataset;
    QStringList fields; // without aggregates: the columns wanted
    QList<DatasetFilter> filters;
    QList<DatasetGroup> groupBy;
    QList<DatasetAggregate> aggregates;
    QString orderBy; // a field, group or aggregate name; empty: the store's order
    bool descending = false;
    int limit = 1000; // top-N; at most kMaxRows
    DatasetTimeWindow window;

    static constexpr int kMaxRows = 10000;

    // A scenario source's JSON (docs/DATA_FORMATS.md) to a query and back; the JSON's unknown
    // parts are the scenario's business, not the query's.
    static Result<DatasetQuery> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

} // namespace yw::core
