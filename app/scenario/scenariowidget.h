#pragma once

#include <QJsonObject>
#include <QRectF>
#include <QString>

namespace yw::scenario {

// What a widget of a scenario shows (issue 14's list); Unknown: a type this version does not
// know (a newer Yiwang wrote it), kept as it is and shown as a placeholder that says so.
enum class WidgetType { Kpi, Line, Bar, Area, Pie, Ranking, Table, Map, Ticker, Clock, Text, Image, Video, Unknown };

// One widget on the scenario's canvas: where it is (canvas pixels), what it shows, from which
// source, and its type's options (kept as JSON: each widget type reads its own).
struct ScenarioWidget
{
    QString id;
    WidgetType type = WidgetType::Unknown;
    QString typeName; // as written, also for an unknown type
    QRectF geometry;
    QString source; // a source's id, or empty
    QJsonObject options;
    QJsonObject raw; // the widget as read, so that parts this version does not know survive a save

    // As a document holds it: what was read, with the known parts as they are now.
    QJsonObject toJson() const;

    static WidgetType typeFromName(const QString &name);
    static QString nameOf(WidgetType type);
    // Whether a widget of the type shows a source's rows (a clock, text, image or camera does not).
    static bool readsData(WidgetType type);
};

// A control of the scenario (a picker above the widgets) whose value the sources' filters and
// time windows bind by name: a district, a department, a class of the taxonomy, or a period.
struct ScenarioControl
{
    enum class Kind { District, Department, Class, Period };
    QString name;  // what filters name as their `parameter`
    Kind kind = Kind::District;
    QString title; // shown beside the picker; empty: the kind's name
    QString value; // the value it starts with; empty: all (a period control: the sources' own)

    QJsonObject toJson() const;
    static bool kindFromName(const QString &name, Kind *kind);
    static QString nameOf(Kind kind);
};

// A named data source of the scenario: a dataset of the store and the query on it, kept as JSON
// here (the query builder reads it).
struct ScenarioSource
{
    QString id;
    QString dataset;
    QJsonObject raw;
};

} // namespace yw::scenario
