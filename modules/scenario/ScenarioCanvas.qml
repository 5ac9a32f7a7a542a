import QtQuick
import QtQuick.Controls
import Yiwang.Modules.Scenario

// The scenario's canvas scaled to the space it has: each widget at its place, drawn by the view
// of its type. While editing, widgets are selected (click, Ctrl+click), dragged and resized by
// their corner with the snap guides CanvasEditor computes; nothing here decides a place.
Rectangle {
    id: canvas
    required property ScenarioRun run
    required property CanvasEditor editor
    required property bool editing
    // Canvas pixels to screen pixels.
    readonly property real zoom: Math.min(availableWidth / Math.max(1, run.canvasWidth),
                                           availableHeight / Math.max(1, run.canvasHeight))
    // The canvas's type size on screen: 24 pixels of a 1080-high canvas, scaled.
    readonly property real em: zoom * run.canvasHeight / 1080 * 24
    property real availableWidth: 1920
    property real availableHeight: 1080

    readonly property var palette: run.theme === "desk-light" ? deskPalette : wallPalette
    readonly property var wallPalette: ({
        background: "#06101f", panel: "#0d1e36", border: "#1e3a5f", grid: "#1a3050",
        text: "#e8f0fb", muted: "#8ea6c4", accent: "#2f9bff", good: "#22c55e", warning: "#f5b400",
        danger: "#ef4444",
        series: ["#2f9bff", "#22c55e", "#f5b400", "#ef4444", "#a78bfa", "#14b8a6", "#f97316", "#ec4899"]
    })
    readonly property var deskPalette: ({
        background: "#eef2f7", panel: "#ffffff", border: "#cfd8e3", grid: "#e3e8ef",
        text: "#1a2433", muted: "#5b6b80", accent: "#1f6fd1", good: "#15803d", warning: "#b45309",
        danger: "#dc2626",
        series: ["#1f6fd1", "#15803d", "#d97706", "#dc2626", "#7c3aed", "#0d9488", "#ea580c", "#db2777"]
    })

    width: run.canvasWidth * zoom
    height: run.canvasHeight * zoom
    color: palette.background
    clip: true

    // A click on the empty canvas clears the selection.
    MouseArea {
        anchors.fill: parent
        enabled: canvas.editing
        onClicked: canvas.editor.clearSelection()
    }

    Repeater {
        model: canvas.run.widgets
        delegate: WidgetFrame {
            id: frame
            required property real canvasX
            required property real canvasY
            required property real canvasWidth
            required property real canvasHeight
            required property bool readsData
            readonly property bool selected: canvas.editing && canvas.editor.selection.indexOf(widgetId) >= 0
            // While dragged: where it is now (canvas pixels), else its place in the document.
            property rect dragRect: Qt.rect(0, 0, 0, 0)
            property bool dragging: false
            objectName: "widget-" + widgetId
            run: canvas.run
            palette: canvas.palette
            zoom: canvas.zoom
            em: canvas.em
            x: (dragging ? dragRect.x : canvasX) * canvas.zoom
            y: (dragging ? dragRect.y : canvasY) * canvas.zoom
            width: (dragging ? dragRect.width : canvasWidth) * canvas.zoom
            height: (dragging ? dragRect.height : canvasHeight) * canvas.zoom

            Loader {
                anchors.fill: parent
                sourceComponent: {
                    switch (frame.type) {
                    case "kpi": return kpiView
                    case "map": return mapView
                    case "bar": case "line": case "area": return seriesView
                    case "pie": return pieView
                    case "ranking": return rankingView
                    case "table": return tableView
                    case "ticker": return tickerView
                    case "clock": return clockView
                    case "text": return textView
                    case "image": return imageView
                    case "video": return videoView
                    default: return null // the frame says why
                    }
                }
                active: !frame.readsData || frame.table !== null
            }
            Component { id: kpiView; KpiTileView { run: canvas.run; widgetId: frame.widgetId; table: frame.table; options: frame.options; palette: canvas.palette; unit: frame.unit } }
            Component { id: seriesView; SeriesChartView { run: canvas.run; widgetId: frame.widgetId; kind: frame.type; table: frame.table; options: frame.options; palette: canvas.palette; unit: frame.unit } }
            Component { id: pieView; PieView { run: canvas.run; widgetId: frame.widgetId; table: frame.table; options: frame.options; palette: canvas.palette; unit: frame.unit } }
            Component { id: rankingView; RankingView { run: canvas.run; widgetId: frame.widgetId; table: frame.table; options: frame.options; palette: canvas.palette; unit: frame.unit } }
            Component { id: tableView; TableWidgetView { run: canvas.run; widgetId: frame.widgetId; table: frame.table; options: frame.options; palette: canvas.palette; unit: frame.unit } }
            Component { id: tickerView; TickerView { run: canvas.run; widgetId: frame.widgetId; table: frame.table; options: frame.options; palette: canvas.palette; unit: frame.unit } }
            Component { id: mapView; MapView { run: canvas.run; widgetId: frame.widgetId; table: frame.table; options: frame.options; palette: canvas.palette; unit: frame.unit } }
            Component { id: clockView; ClockView { run: canvas.run; options: frame.options; palette: canvas.palette } }
            Component { id: textView; TextView { options: frame.options; palette: canvas.palette } }
            Component { id: imageView; ImageView { options: frame.options; palette: canvas.palette } }
            Component { id: videoView; VideoView { options: frame.options; palette: canvas.palette } }

            // Editing: select, drag (the whole selection moves), resize by the corner.
            Rectangle {
                anchors.fill: parent
                visible: canvas.editing
                color: "transparent"
                border.color: frame.selected ? canvas.palette.accent : Qt.rgba(0.5, 0.6, 0.7, 0.4)
                border.width: frame.selected ? 2 : 1
                MouseArea {
                    id: mover
                    anchors.fill: parent
                    enabled: canvas.editing
                    cursorShape: Qt.SizeAllCursor
                    property point start
                    onPressed: mouse => {
                        canvas.editor.select(frame.widgetId, (mouse.modifiers & Qt.ControlModifier) !== 0)
                        start = mapToItem(canvas, mouse.x, mouse.y)
                        frame.dragRect = Qt.rect(frame.canvasX, frame.canvasY, frame.canvasWidth, frame.canvasHeight)
                    }
                    onPositionChanged: mouse => {
                        const p = mapToItem(canvas, mouse.x, mouse.y)
                        const r = Qt.rect(frame.canvasX + (p.x - start.x) / canvas.zoom,
                                          frame.canvasY + (p.y - start.y) / canvas.zoom, frame.canvasWidth, frame.canvasHeight)
                        frame.dragRect = canvas.editor.snap(frame.widgetId, r, false)
                        frame.dragging = true
                    }
                    onReleased: {
                        if (frame.dragging)
                            canvas.editor.place(frame.widgetId, frame.dragRect, false)
                        frame.dragging = false
                    }
                }
                Rectangle {
                    visible: frame.selected
                    width: 12; height: 12
                    anchors { right: parent.right; bottom: parent.bottom }
                    color: canvas.palette.accent
                    MouseArea {
                        anchors.fill: parent
                        cursorShape: Qt.SizeFDiagCursor
                        property point start
                        onPressed: mouse => { start = mapToItem(canvas, mouse.x, mouse.y) }
                        onPositionChanged: mouse => {
                            const p = mapToItem(canvas, mouse.x, mouse.y)
                            const r = Qt.rect(frame.canvasX, frame.canvasY,
                                              Math.max(40, frame.canvasWidth + (p.x - start.x) / canvas.zoom),
                                              Math.max(30, frame.canvasHeight + (p.y - start.y) / canvas.zoom))
                            frame.dragRect = canvas.editor.snap(frame.widgetId, r, true)
                            frame.dragging = true
                        }
                        onReleased: {
                            if (frame.dragging)
                                canvas.editor.place(frame.widgetId, frame.dragRect, true)
                            frame.dragging = false
                        }
                    }
                }
            }
        }
    }
    // The snap guides of the drag in progress.
    Repeater {
        model: canvas.editing ? canvas.editor.guideXs : []
        Rectangle { required property real modelData; x: modelData * canvas.zoom; width: 1; height: canvas.height; color: "#ff3df2" }
    }
    Repeater {
        model: canvas.editing ? canvas.editor.guideYs : []
        Rectangle { required property real modelData; y: modelData * canvas.zoom; height: 1; width: canvas.width; color: "#ff3df2" }
    }
}
