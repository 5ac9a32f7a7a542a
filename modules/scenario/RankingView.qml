import QtQuick
import Yiwang.Modules.Scenario

// 排行: the source's rows in its order (most, or best, first), each a bar of its share of the
// largest, from ChartData (the column of options.columns, else the last number). A click
// cross-filters by the row, a double click lists its cases.
Item {
    id: view
    required property ScenarioRun run
    required property string widgetId
    required property SourceTable table
    required property var options
    required property var palette
    required property real unit
    readonly property int rowsShown: Math.min(chartData.count, options.limit || 10)
    readonly property real rowHeight: height / Math.max(rowsShown, Math.min(options.limit || 10, 5))

    ChartData {
        id: chartData
        table: view.table
        valueColumns: view.options.columns || []
    }
    Column {
        anchors.fill: parent
        Repeater {
            model: view.rowsShown
            Item {
                id: row
                required property int index
                readonly property var values: chartData.values(0)
                readonly property real share: chartData.maximum > 0 ? (values[index] || 0) / chartData.maximum : 0
                width: view.width
                height: view.rowHeight
                Text {
                    id: rank
                    anchors { left: parent.left; verticalCenter: parent.verticalCenter }
                    width: view.unit * 1.1
                    text: row.index + 1
                    color: row.index < 3 ? view.palette.accent : view.palette.muted
                    font.pixelSize: Math.max(9, Math.min(row.height * 0.5, view.unit * 0.8))
                    font.bold: true
                }
                Text {
                    id: name
                    anchors { left: rank.right; verticalCenter: parent.verticalCenter }
                    width: parent.width * 0.34
                    text: chartData.categories[row.index] || ""
                    color: view.palette.text
                    font.pixelSize: rank.font.pixelSize
                    elide: Text.ElideRight
                }
                Rectangle {
                    anchors { left: name.right; leftMargin: view.unit * 0.2; verticalCenter: parent.verticalCenter }
                    width: Math.max(2, (parent.width - name.width - rank.width - figure.width - view.unit * 0.6) * row.share)
                    height: row.height * 0.42
                    radius: height / 4
                    color: view.palette.series[0]
                }
                Text {
                    id: figure
                    anchors { right: parent.right; verticalCenter: parent.verticalCenter }
                    width: view.unit * 2.6
                    horizontalAlignment: Text.AlignRight
                    text: chartData.valueText(row.index)
                    color: view.palette.text
                    font.pixelSize: rank.font.pixelSize
                    font.bold: true
                }
                MouseArea {
                    anchors.fill: parent
                    onClicked: view.run.click(view.widgetId, row.index)
                    onDoubleClicked: view.run.drill(view.widgetId, row.index)
                }
            }
        }
    }
}
