import QtQuick
import QtQuick.Controls
import Yiwang.Modules.Scenario

// A table of the source's rows with its columns' titles; a click on a row cross-filters by its
// first column, a double click opens the row's case (or lists the cases behind it).
Item {
    id: view
    required property ScenarioRun run
    required property string widgetId
    required property SourceTable table
    required property var options
    required property var palette
    required property real unit
    readonly property real rowHeight: Math.max(14, unit * 1.45)
    readonly property real columnWidth: width / Math.max(1, table ? table.columnTitles.length : 1)

    Row {
        id: header
        Repeater {
            model: view.table ? view.table.columnTitles : []
            Text {
                required property string modelData
                width: view.columnWidth
                height: view.rowHeight
                text: modelData
                color: view.palette.muted
                font.pixelSize: Math.max(8, view.rowHeight * 0.5)
                font.bold: true
                elide: Text.ElideRight
                verticalAlignment: Text.AlignVCenter
            }
        }
    }
    ListView {
        anchors { left: parent.left; right: parent.right; top: header.bottom; bottom: parent.bottom }
        model: view.table
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        delegate: Rectangle {
            id: line
            required property int index
            required property var cells
            required property var caseId
            width: ListView.view.width
            height: view.rowHeight
            color: index % 2 ? Qt.rgba(view.palette.accent.r, view.palette.accent.g, view.palette.accent.b, 0.07) : "transparent"
            Row {
                Repeater {
                    model: line.cells
                    Text {
                        required property string modelData
                        width: view.columnWidth
                        height: view.rowHeight
                        text: modelData
                        color: view.palette.text
                        font.pixelSize: Math.max(8, view.rowHeight * 0.5)
                        elide: Text.ElideRight
                        verticalAlignment: Text.AlignVCenter
                    }
                }
            }
            MouseArea {
                anchors.fill: parent
                onClicked: view.run.click(view.widgetId, line.index)
                onDoubleClicked: line.caseId > 0 ? view.run.openCase(line.caseId) : view.run.drill(view.widgetId, line.index)
            }
        }
    }
}
