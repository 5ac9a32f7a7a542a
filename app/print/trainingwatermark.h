#pragma once

#include <QRectF>
#include <QString>

class QPainter;

namespace yw::print {

// The training mark (实训) on anything printed or exported from a training database: the words
// repeated faintly across the page, turned, so that no report, map or debrief made from exercise
// data can pass for the city's. The screens draw the same mark (qml/TrainingMark.qml).
class TrainingWatermark
{
public:
    static QString text() { return QStringLiteral("实训 TRAINING"); }
    // The line a table or a sheet starts with instead (CSV, spreadsheets).
    static QString notice() { return QStringLiteral("实训数据 TRAINING — 演练数据，非城市真实情况 / exercise data, not the city's"); }
    // Across `area`; `unit` is the page's size of a 900-pixel screen (the mark keeps its look).
    static void paint(QPainter &p, const QRectF &area, double unit = 1.0);
};

} // namespace yw::print
