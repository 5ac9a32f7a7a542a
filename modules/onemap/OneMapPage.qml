import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Yiwang.Ui
import Yiwang.Modules.OneMap
import QtQuick.Dialogs

// 行业监管一张图: the map with its layer panel, search, identify and the scale and pointer
// read-outs. Keys: +/- zoom, arrows pan, / search, Home the whole city.
Item {
    id: page
    required property OneMapBackend workspace

    Shortcut { sequence: "/"; onActivated: searchField.forceActiveFocus() }
    Shortcut { sequence: "+"; onActivated: canvas.zoomAt(1, canvas.width / 2, canvas.height / 2) }
    Shortcut { sequence: "="; onActivated: canvas.zoomAt(1, canvas.width / 2, canvas.height / 2) }
    Shortcut { sequence: "-"; onActivated: canvas.zoomAt(-1, canvas.width / 2, canvas.height / 2) }
    Shortcut { sequence: "Left"; onActivated: canvas.pan(150, 0) }
    Shortcut { sequence: "Right"; onActivated: canvas.pan(-150, 0) }
    Shortcut { sequence: "Up"; onActivated: canvas.pan(0, 150) }
    Shortcut { sequence: "Down"; onActivated: canvas.pan(0, -150) }
    Shortcut { sequence: "Home"; onActivated: page.workspace.showCity(canvas) }
    Shortcut { sequence: "Ctrl+R"; onActivated: page.workspace.replaying ? page.workspace.replay("") : page.workspace.shiftReplayDay(-1) }
    // M: measure (clicks add points; M again or Esc ends).
    property bool measuring: false
    property var measurePoints: []
    property var measured: ({})
    function addMeasurePoint(x, y) {
        const p = canvas.toLonLat(x, y)
        page.measurePoints = page.measurePoints.concat([Qt.point(p.x, p.y)])
        page.measured = page.workspace.measure(page.measurePoints)
        measureOverlay.requestPaint()
    }
    Shortcut { sequence: "M"; onActivated: { page.measuring = !page.measuring; page.measurePoints = []; page.measured = ({}); measureOverlay.requestPaint() } }
    Shortcut { sequence: "Esc"; enabled: page.measuring; onActivated: { page.measuring = false; page.measurePoints = []; measureOverlay.requestPaint() } }
    Shortcut { sequence: "Ctrl+S"; onActivated: { exportDialog.defaultSuffix = "png"; exportDialog.open() } }
    Shortcut { sequence: "Ctrl+P"; onActivated: { exportDialog.defaultSuffix = "pdf"; exportDialog.open() } }

    FileDialog {
        id: exportDialog
        title: qsTr("Export the map")
        fileMode: FileDialog.SaveFile
        nameFilters: defaultSuffix === "pdf" ? [qsTr("PDF (*.pdf)")] : [qsTr("PNG image (*.png)")]
        onAccepted: page.workspace.exportView(canvas, selectedFile)
    }

    RowLayout {
        anchors { fill: parent; margins: 16 }
        spacing: 16

        Rectangle {
            Layout.fillWidth: true
            Layout.preferredWidth: 1 // takes what the side panel leaves
            Layout.fillHeight: true
            color: "#0b1622"
            radius: Theme.radius
            clip: true
            // Still drawing: tiles on their way, or the components still loading.
            readonly property bool busy: canvas.busy || !(page.workspace && page.workspace.componentsLoaded)

            MapCanvas {
                id: canvas
                objectName: "mapCanvas"
                anchors.fill: parent
                layers: page.workspace.layers
                // The whole city once the canvas has its size.
                property bool placed: false
                onWidthChanged: if (page.workspace && !placed && width > 200) { placed = true; page.workspace.showCity(canvas) }
            }
            MouseArea {
                id: mouse
                anchors.fill: parent
                hoverEnabled: true
                property point last
                property real vx: 0
                property real vy: 0
                property double lastTime: 0
                property bool dragged: false
                // Shift+drag selects a rectangle instead of panning.
                property bool selecting: false
                property point anchor
                onPressed: e => {
                    last = Qt.point(e.x, e.y); lastTime = Date.now(); dragged = false; vx = 0; vy = 0
                    selecting = (e.modifiers & Qt.ShiftModifier) !== 0
                    anchor = Qt.point(e.x, e.y)
                }
                onPositionChanged: e => {
                    readout.text = canvas.coordinateText(e.x, e.y)
                    if (!pressed) return
                    if (selecting) {
                        selectionBox.x = Math.min(anchor.x, e.x); selectionBox.y = Math.min(anchor.y, e.y)
                        selectionBox.width = Math.abs(e.x - anchor.x); selectionBox.height = Math.abs(e.y - anchor.y)
                        selectionBox.visible = true
                        return
                    }
                    const dx = e.x - last.x, dy = e.y - last.y
                    if (Math.abs(dx) + Math.abs(dy) > 2) dragged = true
                    const now = Date.now(), dt = Math.max(1, now - lastTime)
                    vx = dx / dt * 1000; vy = dy / dt * 1000
                    canvas.pan(dx, dy)
                    last = Qt.point(e.x, e.y); lastTime = now
                }
                onReleased: e => {
                    if (selecting) {
                        selectionBox.visible = false
                        page.workspace.selectIn(canvas, anchor.x, anchor.y, e.x, e.y)
                        return
                    }
                    if (dragged) { if (Date.now() - lastTime < 80) canvas.flick(vx, vy) }
                    else if (page.measuring) page.addMeasurePoint(e.x, e.y)
                    else page.workspace.identify(canvas, e.x, e.y)
                }
                onWheel: w => canvas.zoomAt(w.angleDelta.y / 240, w.x, w.y)
            }
            PinchHandler {
                target: null
                property real lastScale: 1
                onActiveChanged: lastScale = 1
                onActiveScaleChanged: {
                    canvas.zoomAt(Math.log2(activeScale / lastScale), centroid.position.x, centroid.position.y)
                    lastScale = activeScale
                }
            }

            Rectangle {
                id: selectionBox
                visible: false
                color: "#334FC3F7"
                border.color: "#4FC3F7"
            }

            // The measured line (and polygon), following the view.
            Canvas {
                id: measureOverlay
                anchors.fill: parent
                Connections { target: canvas; function onViewChanged() { measureOverlay.requestPaint() } }
                onPaint: {
                    const ctx = getContext("2d")
                    ctx.reset()
                    if (page.measurePoints.length === 0) return
                    ctx.strokeStyle = "#FFD54F"
                    ctx.fillStyle = "rgba(255, 213, 79, 0.15)"
                    ctx.lineWidth = 2
                    ctx.beginPath()
                    for (let i = 0; i < page.measurePoints.length; ++i) {
                        const s = canvas.toScreen(page.measurePoints[i].x, page.measurePoints[i].y)
                        if (i === 0) ctx.moveTo(s.x, s.y); else ctx.lineTo(s.x, s.y)
                    }
                    if (page.measurePoints.length >= 3) { ctx.closePath(); ctx.fill() }
                    ctx.stroke()
                }
            }
            Label {
                anchors { top: parent.top; left: parent.left; margins: 14 }
                visible: page.measuring
                text: qsTr("Measuring (M ends): click the points.") + (page.measured.distanceText ? "  " + qsTr("length %1").arg(page.measured.distanceText) : "")
                      + (page.measured.areaText ? "  " + qsTr("area %1").arg(page.measured.areaText) : "")
                color: "#FFD54F"
                font.bold: true
            }

            // Scale bar, north arrow, pointer read-out.
            Column {
                anchors { left: parent.left; bottom: parent.bottom; margins: 14 }
                spacing: 4
                Label { text: canvas.scaleText; color: Theme.text; font.bold: true }
                Rectangle { width: canvas.scaleBarPx; height: 4; color: Theme.text }
            }
            Label {
                anchors { right: parent.right; top: parent.top; margins: 14 }
                text: "N\n▲"
                horizontalAlignment: Text.AlignHCenter
                color: Theme.text
                font.bold: true
            }
            Label {
                id: readout
                objectName: "coordinateReadout"
                anchors { right: parent.right; bottom: parent.bottom; margins: 14 }
                color: Theme.textMuted
                text: canvas.centerLon.toFixed(5) + ", " + canvas.centerLat.toFixed(5)
            }
            Label {
                anchors { horizontalCenter: parent.horizontalCenter; bottom: parent.bottom; margins: 14 }
                visible: canvas.pendingTiles > 0
                text: qsTr("drawing %1 tiles…").arg(canvas.pendingTiles)
                color: Theme.textMuted
            }
        }

        ColumnLayout {
            Layout.preferredWidth: 340
            Layout.maximumWidth: 340
            Layout.fillWidth: false
            Layout.fillHeight: true
            spacing: 12

            TextField {
                id: searchField
                objectName: "mapSearch"
                Layout.fillWidth: true
                placeholderText: qsTr("Case number, component or grid code, place  ( / )")
                onAccepted: page.workspace.search(canvas, text)
            }
            RowLayout {
                Layout.fillWidth: true
                Button { text: qsTr("PNG  (Ctrl+S)"); flat: true; onClicked: { exportDialog.defaultSuffix = "png"; exportDialog.open() } }
                Button { text: qsTr("Print PDF  (Ctrl+P)"); flat: true; onClicked: { exportDialog.defaultSuffix = "pdf"; exportDialog.open() } }
            }
            Label {
                Layout.fillWidth: true
                visible: page.workspace && page.workspace.message.length > 0
                text: page.workspace.message
                color: Theme.warning
                wrapMode: Text.Wrap
            }

            // The time slider: replay a day's cases minute by minute (Ctrl+R starts or ends).
            RowLayout {
                Layout.fillWidth: true
                spacing: 6
                Button {
                    objectName: "replayButton"
                    text: page.workspace && page.workspace.replaying ? qsTr("End replay") : qsTr("Replay a day  (Ctrl+R)")
                    flat: true
                    onClicked: page.workspace.replaying ? page.workspace.replay("") : page.workspace.shiftReplayDay(-1)
                }
                Button { visible: page.workspace && page.workspace.replaying; text: "◀"; flat: true; onClicked: page.workspace.shiftReplayDay(-1) }
                Label { visible: page.workspace && page.workspace.replaying; text: page.workspace.replayDay; color: Theme.text }
                Button { visible: page.workspace && page.workspace.replaying; text: "▶"; flat: true; onClicked: page.workspace.shiftReplayDay(1) }
            }
            RowLayout {
                Layout.fillWidth: true
                visible: page.workspace && page.workspace.replaying
                Button {
                    text: playTimer.running ? "❚❚" : "▷"
                    flat: true
                    onClicked: playTimer.running = !playTimer.running
                }
                Slider {
                    id: timeSlider
                    objectName: "timeSlider"
                    Layout.fillWidth: true
                    from: 0; to: 1439; stepSize: 1
                    value: page.workspace.replayMinute
                    onMoved: page.workspace.setReplayMinute(value)
                }
                Label {
                    text: page.workspace ? ("0" + Math.floor(page.workspace.replayMinute / 60)).slice(-2) + ":" + ("0" + page.workspace.replayMinute % 60).slice(-2)
                                         + "  " + qsTr("%1 cases").arg(page.workspace.replayShown) : ""
                    color: Theme.textMuted
                }
                Timer {
                    id: playTimer
                    interval: 100
                    repeat: true
                    onTriggered: {
                        if (page.workspace.replayMinute >= 1439) { running = false; return }
                        page.workspace.setReplayMinute(page.workspace.replayMinute + 10)
                    }
                }
            }

            Panel {
                title: qsTr("Layers")
                Layout.fillWidth: true
                Layout.fillHeight: true
                ListView {
                    id: layerList
                    objectName: "layerList"
                    anchors.fill: parent
                    clip: true
                    spacing: 6
                    model: page.workspace.layers
                    // Where a dragged layer would go (the row under the pointer), -1 when none.
                    property int dropRow: -1
                    ScrollBar.vertical: ScrollBar { policy: ScrollBar.AsNeeded }
                    delegate: ColumnLayout {
                        id: layerRow
                        required property int index
                        required property string layerId
                        required property string title
                        required property bool shown
                        required property real layerOpacity
                        required property var legend
                        required property string status
                        width: ListView.view.width
                        spacing: 2
                        // The drop mark: a line over the row a dragged layer goes to.
                        Rectangle {
                            Layout.fillWidth: true
                            Layout.preferredHeight: 2
                            color: layerList.dropRow === layerRow.index ? Theme.accent : "transparent"
                        }
                        RowLayout {
                            Layout.fillWidth: true
                            // Drag the handle up or down to change the drawing order (top: drawn over the rest).
                            Label {
                                text: "⠿"
                                color: Theme.textMuted
                                font.pixelSize: 16
                                ToolTip.visible: handleArea.containsMouse && !handleArea.pressed
                                ToolTip.text: qsTr("Drag to change the order; the top layer is drawn over the others")
                                MouseArea {
                                    id: handleArea
                                    objectName: "layerHandle_" + layerRow.layerId
                                    anchors.fill: parent
                                    anchors.margins: -4
                                    hoverEnabled: true
                                    cursorShape: Qt.SizeVerCursor
                                    preventStealing: true // the list would take the drag as a flick
                                    function rowUnder(mouse) {
                                        const p = mapToItem(layerList.contentItem, mouse.x, mouse.y)
                                        return layerList.indexAt(10, p.y)
                                    }
                                    onPositionChanged: (mouse) => { if (pressed) layerList.dropRow = rowUnder(mouse) }
                                    onReleased: (mouse) => {
                                        const to = rowUnder(mouse)
                                        layerList.dropRow = -1
                                        if (to >= 0 && to !== layerRow.index)
                                            page.workspace.layers.move(layerRow.index, to)
                                    }
                                    onCanceled: layerList.dropRow = -1
                                }
                            }
                            CheckBox {
                                checked: shown
                                text: title
                                onToggled: page.workspace.layers.setVisible(index, checked)
                            }
                            Item { Layout.fillWidth: true }
                            Label { text: status; color: Theme.textMuted; font.pixelSize: 12 }
                            // The same without a mouse: one row up or down.
                            ToolButton {
                                text: "▲"; font.pixelSize: 10; implicitWidth: 22
                                enabled: layerRow.index > 0
                                onClicked: page.workspace.layers.move(layerRow.index, layerRow.index - 1)
                                Accessible.name: qsTr("Move %1 up").arg(title)
                            }
                            ToolButton {
                                text: "▼"; font.pixelSize: 10; implicitWidth: 22
                                enabled: layerRow.index < layerList.count - 1
                                onClicked: page.workspace.layers.move(layerRow.index, layerRow.index + 1)
                                Accessible.name: qsTr("Move %1 down").arg(title)
                            }
                        }
                        // The heat map's window and class filter.
                        RowLayout {
                            Layout.fillWidth: true
                            Layout.leftMargin: 36
                            visible: layerRow.layerId === "heat" && shown
                            ComboBox {
                                objectName: "heatDays"
                                Layout.preferredWidth: 110
                                model: [7, 30, 90, 365]
                                displayText: qsTr("%1 days").arg(currentValue)
                                currentIndex: Math.max(0, model.indexOf(page.workspace ? page.workspace.heatDays : 30))
                                onActivated: page.workspace.heatDays = currentValue
                            }
                            ComboBox {
                                objectName: "heatClass"
                                Layout.fillWidth: true
                                model: page.workspace.heatClassChoices
                                textRole: "label"
                                valueRole: "key"
                                onActivated: page.workspace.heatClass = currentValue
                            }
                        }
                        RowLayout {
                            Layout.fillWidth: true
                            Layout.leftMargin: 36
                            visible: shown
                            Slider {
                                Layout.preferredWidth: 80
                                Layout.preferredHeight: 24
                                from: 0; to: 1; value: layerOpacity
                                onMoved: page.workspace.layers.setOpacity(index, value)
                            }
                            Flow {
                                Layout.fillWidth: true
                                spacing: 6
                                Repeater {
                                    model: legend.slice(0, 6)
                                    Row {
                                        required property var modelData
                                        spacing: 3
                                        Rectangle { width: 10; height: 10; radius: 5; color: modelData.colour; anchors.verticalCenter: parent.verticalCenter }
                                        Label { text: modelData.label; color: Theme.textMuted; font.pixelSize: 11 }
                                    }
                                }
                            }
                        }
                    }
                }
            }

            Panel {
                title: qsTr("Here")
                Layout.fillWidth: true
                Layout.preferredHeight: 240
                Button {
                    id: reportHere
                    objectName: "reportHereButton"
                    anchors { top: parent.top; right: parent.right }
                    visible: page.workspace && page.workspace.identified.length > 0
                    text: qsTr("Report a case here")
                    onClicked: page.workspace.reportHere()
                }
                ListView {
                    objectName: "identifiedList"
                    anchors { fill: parent; topMargin: reportHere.visible ? reportHere.height + 6 : 0 }
                    clip: true
                    spacing: 8
                    model: page.workspace.identified
                    delegate: ColumnLayout {
                        required property var modelData
                        width: ListView.view.width
                        RowLayout {
                            Layout.fillWidth: true
                            Label { text: modelData.title; color: Theme.accent; font.bold: true; elide: Text.ElideRight; Layout.fillWidth: true }
                            Button {
                                visible: modelData.kind === "case"
                                flat: true
                                text: qsTr("Open in dispatch")
                                onClicked: page.workspace.openCase(Number(modelData.id))
                            }
                        }
                        Repeater {
                            model: modelData.details
                            Label {
                                required property var modelData
                                text: modelData.label + "  " + modelData.value
                                color: Theme.text
                                elide: Text.ElideRight
                                Layout.fillWidth: true
                            }
                        }
                    }
                }
            }
        }
    }
}
