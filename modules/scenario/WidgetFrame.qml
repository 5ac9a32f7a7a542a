import QtQuick
import QtQuick.Controls
import Yiwang.Modules.Scenario

// One widget on the canvas: its panel, title, what it shows (the view loaded for its type), and
// what the screen must say about its data: stale (the last good time) or why it cannot show it.
// The data itself and every decision about it come from ScenarioRun and its tables.
Rectangle {
    id: frame
    required property ScenarioRun run
    required property string widgetId
    required property string type
    required property string source
    required property string title
    required property var options
    required property var palette
    // Canvas pixels to screen pixels.
    required property real zoom
    readonly property SourceTable table: run.tablesGeneration >= 0 ? run.tableOf(source) : null
    readonly property string problem: run.widgetProblem(widgetId)
    // The canvas's type size on screen (the same in every widget, so that a wall and a desk
    // read alike).
    required property real em
    readonly property real unit: Math.max(7, em)
    readonly property bool framed: type !== "clock" && type !== "text" && type !== "image"
    default property alias content: body.data

    color: framed ? palette.panel : "transparent"
    border.color: framed ? (table && table.filtered ? palette.accent : palette.border) : "transparent"
    border.width: table && table.filtered ? 2 : 1
    radius: Math.max(2, 6 * zoom)
    clip: true

    Text {
        id: heading
        visible: frame.title.length > 0
        anchors { left: parent.left; right: marker.left; top: parent.top; margins: frame.unit * 0.45 }
        text: frame.title
        color: frame.palette.text
        font.pixelSize: Math.max(9, frame.unit)
        font.bold: true
        elide: Text.ElideRight
    }
    // Stale or failed: the time of the last good read, in amber; the reason on hover.
    Text {
        id: marker
        anchors { right: parent.right; top: parent.top; margins: frame.unit * 0.45 }
        visible: frame.table !== null && frame.table.stale
        text: frame.table && frame.table.lastGood.length > 0 ? qsTr("stale · %1").arg(frame.table.lastGood)
                                                            : qsTr("no data")
        color: frame.palette.warning
        font.pixelSize: Math.max(8, frame.unit * 0.7)
        HoverHandler { id: markerHover }
        ToolTip.visible: markerHover.hovered && frame.table && frame.table.error.length > 0
        ToolTip.text: frame.table ? frame.table.error : ""
    }
    Item {
        id: body
        anchors {
            left: parent.left; right: parent.right; bottom: parent.bottom
            top: heading.visible ? heading.bottom : parent.top
            margins: frame.framed ? frame.unit * 0.35 : 0
        }
        visible: frame.problem.length === 0 && !(frame.table && frame.table.error.length > 0 && frame.table.count === 0)
    }
    // Read, and nothing in it: say so rather than draw an empty chart.
    Text {
        objectName: "widgetEmpty"
        anchors.centerIn: body
        visible: body.visible && frame.table !== null && frame.table.loaded && frame.table.count === 0
                 && frame.table.error.length === 0 && frame.type !== "kpi"
        text: qsTr("Nothing in this period")
        color: frame.palette.muted
        font.pixelSize: Math.max(9, frame.unit * 0.8)
    }
    // Why there is nothing to show: this widget's own message; the rest of the screen runs on.
    Text {
        objectName: "widgetProblem"
        anchors { fill: body; margins: frame.unit * 0.3 }
        visible: !body.visible
        text: frame.problem.length > 0 ? frame.problem : (frame.table ? frame.table.error : "")
        color: frame.palette.warning
        font.pixelSize: Math.max(9, frame.unit * 0.8)
        wrapMode: Text.Wrap
        verticalAlignment: Text.AlignVCenter
        horizontalAlignment: Text.AlignHCenter
    }
}
