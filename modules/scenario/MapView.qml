import QtQuick
import Yiwang.Modules.Scenario

// A map on the screen: the one map's canvas with the areas' outlines, filled by the source's
// figure, and its rows with a place as points (ScenarioMap). Drag and wheel move and zoom; a
// click on an area or point cross-filters by that row, a double click lists its cases.
Item {
    id: view
    required property ScenarioRun run
    required property string widgetId
    required property SourceTable table
    required property var options
    required property var palette
    required property real unit
    // The canvas is drawing (the screenshot waits).
    readonly property bool busy: canvas.busy || !layers.ready
    readonly property int filledAreas: layers.filledAreas
    readonly property int pointCount: layers.pointCount
    objectName: "scenarioMap"

    ScenarioMap {
        id: layers
        run: view.run
        table: view.table
        level: view.options.level || "districts"
        colour: view.options.colour || view.palette.accent
        canvas: canvas
    }
    MapCanvas {
        id: canvas
        objectName: "scenarioMapCanvas"
        anchors.fill: parent
        MouseArea {
            anchors.fill: parent
            property point last
            property bool moved: false
            onPressed: mouse => { last = Qt.point(mouse.x, mouse.y); moved = false }
            onPositionChanged: mouse => {
                canvas.pan(mouse.x - last.x, mouse.y - last.y)
                moved = moved || Math.abs(mouse.x - last.x) + Math.abs(mouse.y - last.y) > 2
                last = Qt.point(mouse.x, mouse.y)
            }
            onClicked: mouse => {
                if (moved) return
                const row = layers.rowAt(mouse.x, mouse.y)
                if (row >= 0) view.run.click(view.widgetId, row)
            }
            onDoubleClicked: mouse => {
                const row = layers.rowAt(mouse.x, mouse.y)
                if (row >= 0) view.run.drill(view.widgetId, row)
            }
            onWheel: wheel => canvas.zoomAt(wheel.angleDelta.y / 240, wheel.x, wheel.y)
        }
    }
}
