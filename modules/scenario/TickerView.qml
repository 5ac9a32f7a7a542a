import QtQuick
import Yiwang.Modules.Scenario

// 最新案件: the latest rows of the source (newest first) scrolling up one at a time; a click
// opens the case in dispatch.
Item {
    id: view
    required property ScenarioRun run
    required property string widgetId
    required property SourceTable table
    required property var options
    required property var palette
    required property real unit
    readonly property int visibleRows: Math.max(1, options.rows || Math.floor(height / Math.max(16, unit * 1.6)))
    readonly property real rowHeight: height / visibleRows
    clip: true

    ListView {
        id: list
        anchors.fill: parent
        model: view.table
        interactive: false
        highlightRangeMode: ListView.NoHighlightRange
        delegate: Item {
            id: line
            required property int index
            required property var cells
            required property var caseId
            width: ListView.view.width
            height: view.rowHeight
            Text {
                anchors { fill: parent; leftMargin: view.unit * 0.2 }
                verticalAlignment: Text.AlignVCenter
                text: line.cells.join("  ·  ")
                color: line.index === 0 ? view.palette.text : view.palette.muted
                font.pixelSize: Math.max(9, view.rowHeight * 0.46)
                elide: Text.ElideRight
            }
            MouseArea {
                anchors.fill: parent
                onClicked: view.run.openCase(line.caseId)
            }
        }
    }
    // Scrolls on by one row every few seconds; back to the newest at the end.
    Timer {
        interval: (view.options.seconds || 4) * 1000
        running: list.count > view.visibleRows && view.visible
        repeat: true
        onTriggered: {
            const next = list.currentIndex + 1
            list.currentIndex = next + view.visibleRows > list.count ? 0 : next
            list.positionViewAtIndex(list.currentIndex, ListView.Beginning)
        }
    }
}
