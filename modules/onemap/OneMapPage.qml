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
    required property OneMapWorkspace workspace
    readonly property DayReplay replay: workspace.replay

    // The page's tools, each on the canvas and the workspace.
    IdentifyTool { id: identify; canvas: canvas; workspace: page.workspace }
    MapSearch { id: search; canvas: canvas; workspace: page.workspace }
    MeasureTool { id: measure; onMeasured: measureOverlay.requestPaint() }
    MapExporter { id: exporter; canvas: canvas; layers: page.workspace.layers; training: page.workspace.training }

    Shortcut { sequence: "/"; onActivated: searchField.forceActiveFocus() }
    Shortcut { sequence: "+"; onActivated: canvas.zoomAt(1, canvas.width / 2, canvas.height / 2) }
    Shortcut { sequence: "="; onActivated: canvas.zoomAt(1, canvas.width / 2, canvas.height / 2) }
    Shortcut { sequence: "-"; onActivated: canvas.zoomAt(-1, canvas.width / 2, canvas.height / 2) }
    Shortcut { sequence: "Left"; onActivated: canvas.pan(150, 0) }
    Shortcut { sequence: "Right"; onActivated: canvas.pan(-150, 0) }
    Shortcut { sequence: "Up"; onActivated: canvas.pan(0, 150) }
    Shortcut { sequence: "Down"; onActivated: canvas.pan(0, -150) }
    Shortcut { sequence: "Home"; onActivated: page.workspace.showCity(canvas) }
    Shortcut { sequence: "Ctrl+R"; onActivated: page.replay.active ? page.replay.end() : page.replay.shiftDay(-1) }
    // M: measure (clicks add points; M again or Esc ends).
    Shortcut { sequence: "M"; onActivated: measure.active = !measure.active }
    Shortcut { sequence: "Esc"; enabled: measure.active; onActivated: measure.active = false }
    Shortcut { sequence: "Ctrl+S"; onActivated: { exportDialog.defaultSuffix = "png"; exportDialog.open() } }
    Shortcut { sequence: "Ctrl+P"; onActivated: { exportDialog.defaultSuffix = "pdf"; exportDialog.open() } }

    FileDialog {
        id: exportDialog
        title: qsTr("Export the map")
        fileMode: FileDialog.SaveFile
        nameFilters: defaultSuffix === "pdf" ? [qsTr("PDF (*.pdf)")] : [qsTr("PNG image (*.png)")]
        onAccepted: exporter.exportTo(selectedFile)
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
            readonly property bool busy: canvas.busy || page.workspace.loading

            MapCanvas {
                id: canvas
                objectName: "mapCanvas"
                anchors.fill: parent
                layers: page.workspace.layers
                // The whole city once the canvas has its size and the areas are in.
                property bool placed: false
                function place() {
                    if (!placed && width > 200 && page.workspace.showCity(canvas)) placed = true
                }
                onWidthChanged: place()
                Connections { target: page.workspace; function onCityReady() { canvas.place() } }
                // A place another module asked for, close up (the open cases show there).
                Connections {
                    target: page.workspace
                    function onPlaceRequested(lon, lat, zoom) { canvas.placed = true; canvas.setCenter(lon, lat, zoom > 0 ? zoom : 17) }
                }
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
                        identify.selectIn(anchor.x, anchor.y, e.x, e.y)
                        return
                    }
                    if (dragged) { if (Date.now() - lastTime < 80) canvas.flick(vx, vy) }
                    else if (measure.active) { const p = canvas.toLonLat(e.x, e.y); measure.addPoint(p.x, p.y) }
                    else identify.identifyAt(e.x, e.y)
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
                    if (measure.pointCount === 0) return
                    ctx.strokeStyle = "#FFD54F"
                    ctx.fillStyle = "rgba(255, 213, 79, 0.15)"
                    ctx.lineWidth = 2
                    ctx.beginPath()
                    for (let i = 0; i < measure.pointCount; ++i) {
                        const p = measure.point(i)
                        const s = canvas.toScreen(p.x, p.y)
                        if (i === 0) ctx.moveTo(s.x, s.y); else ctx.lineTo(s.x, s.y)
                    }
                    if (measure.pointCount >= 3) { ctx.closePath(); ctx.fill() }
                    ctx.stroke()
                }
            }
            Label {
                anchors { top: parent.top; left: parent.left; margins: 14 }
                visible: measure.active
                text: qsTr("Measuring (M ends): click the points.") + (measure.distanceText ? "  " + qsTr("length %1").arg(measure.distanceText) : "")
                      + (measure.areaText ? "  " + qsTr("area %1").arg(measure.areaText) : "")
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
                onAccepted: search.search(text)
            }
            RowLayout {
                Layout.fillWidth: true
                Button { text: qsTr("PNG  (Ctrl+S)"); flat: true; onClicked: { exportDialog.defaultSuffix = "png"; exportDialog.open() } }
                Button { text: qsTr("Print PDF  (Ctrl+P)"); flat: true; onClicked: { exportDialog.defaultSuffix = "pdf"; exportDialog.open() } }
                Button {
                    objectName: "sendViewToWall"
                    visible: page.workspace.canSendToWall()
                    text: qsTr("Send to wall"); flat: true
                    onClicked: page.workspace.sendViewToWall(canvas)
                }
            }
            Label {
                objectName: "mapMessage"
                Layout.fillWidth: true
                // The last thing tried: a search, an export, a layer that could not be read.
                property string latest: ""
                Connections { target: search; function onMessageChanged() { parent.latest = search.message } }
                Connections { target: exporter; function onMessageChanged() { parent.latest = exporter.message } }
                Connections { target: page.workspace; function onMessageChanged() { parent.latest = page.workspace.message } }
                visible: latest.length > 0
                text: latest
                color: Theme.warning
                wrapMode: Text.Wrap
            }

            // The time slider: replay a day's cases minute by minute (Ctrl+R starts or ends).
            RowLayout {
                Layout.fillWidth: true
                spacing: 6
                Button {
                    objectName: "replayButton"
                    text: page.replay.active ? qsTr("End replay") : qsTr("Replay a day  (Ctrl+R)")
                    flat: true
                    onClicked: page.replay.active ? page.replay.end() : page.replay.shiftDay(-1)
                }
                Button { visible: page.replay.active; text: "◀"; flat: true; onClicked: page.replay.shiftDay(-1) }
                Label { visible: page.replay.active; text: page.replay.day; color: Theme.text }
                Button { visible: page.replay.active; text: "▶"; flat: true; onClicked: page.replay.shiftDay(1) }
            }
            RowLayout {
                Layout.fillWidth: true
                visible: page.replay.active
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
                    value: page.replay.minute
                    onMoved: page.replay.minute = value
                }
                Label {
                    text: ("0" + Math.floor(page.replay.minute / 60)).slice(-2) + ":" + ("0" + page.replay.minute % 60).slice(-2)
                          + "  " + qsTr("%1 cases").arg(page.replay.shown)
                    color: Theme.textMuted
                }
                Timer {
                    id: playTimer
                    interval: 100
                    repeat: true
                    onTriggered: {
                        if (page.replay.minute >= 1439) { running = false; return }
                        page.replay.minute = page.replay.minute + 10
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
                                currentIndex: Math.max(0, model.indexOf(page.workspace.heat.days))
                                onActivated: page.workspace.heat.days = currentValue
                            }
                            ComboBox {
                                objectName: "heatClass"
                                Layout.fillWidth: true
                                model: page.workspace.heat.classChoices
                                textRole: "name"
                                valueRole: "key"
                                currentIndex: page.workspace.heat.classChoices.indexOf(page.workspace.heat.classFilter)
                                onActivated: page.workspace.heat.classFilter = currentValue
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
                                        required property legendItem modelData
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
                    visible: identify.hasPlace && identify.count > 0
                    text: qsTr("Report a case here")
                    onClicked: identify.reportHere()
                }
                ListView {
                    objectName: "identifiedList"
                    anchors { fill: parent; topMargin: reportHere.visible ? reportHere.height + 6 : 0 }
                    clip: true
                    spacing: 8
                    model: identify.features
                    delegate: ColumnLayout {
                        id: feature
                        required property string title
                        required property var caseId
                        required property var details
                        width: ListView.view.width
                        RowLayout {
                            Layout.fillWidth: true
                            Label { text: feature.title; color: Theme.accent; font.bold: true; elide: Text.ElideRight; Layout.fillWidth: true }
                            Button {
                                visible: feature.caseId > 0
                                flat: true
                                text: qsTr("Open in dispatch")
                                onClicked: identify.openCase(feature.caseId)
                            }
                        }
                        Repeater {
                            model: feature.details
                            Label {
                                required property string modelData
                                text: modelData
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
