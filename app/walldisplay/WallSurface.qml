import QtQuick
import Yiwang.Ui
import Yiwang.Wall

// The wall's content in wall coordinates (content pixels: wall millimetres × the wall's pixels
// per millimetre), frames included: each window at its place with its scene loaded. Only the
// windows touching `area` are made (a monitor's own surface makes what it shows).
Item {
    id: surface
    required property WallDisplay display
    property rect area: Qt.rect(0, 0, width, height)
    width: display.surfaceSize.width
    height: display.surfaceSize.height

    Rectangle {
        anchors.fill: parent
        color: "#02060d"
    }

    Repeater {
        model: surface.display.windows
        delegate: Item {
            id: frame
            required property string windowId
            required property url sceneQml
            required property QtObject scene
            required property rect rect
            readonly property bool touches: rect.x < surface.area.x + surface.area.width
                                            && rect.x + rect.width > surface.area.x
                                            && rect.y < surface.area.y + surface.area.height
                                            && rect.y + rect.height > surface.area.y
            // The screenshot waits while a scene is still reading or drawing.
            readonly property bool busy: loader.status === Loader.Loading
            x: rect.x
            y: rect.y
            width: rect.width
            height: rect.height
            clip: true

            Loader {
                id: loader
                objectName: "wallWindow_" + frame.windowId
                anchors.fill: parent
                function load() {
                    if (frame.touches && status === Loader.Null)
                        setSource(frame.sceneQml, { "scene": frame.scene })
                }
                Component.onCompleted: load()
            }
            onTouchesChanged: loader.load()
        }
    }

    // The latest alarm, large, on the monitor nearest the centre; how many more are up.
    Rectangle {
        id: alarm
        objectName: "wallAlarm"
        readonly property var latest: surface.display.alarms.count > 0 ? surface.display.alarms.at(0) : null
        readonly property real unit: height / 9
        visible: latest !== null
        x: surface.display.alarmRect.x
        y: surface.display.alarmRect.y
        width: surface.display.alarmRect.width
        height: surface.display.alarmRect.height
        color: "#e0000000"
        border.color: "#ef4444"
        border.width: unit * 0.15
        radius: unit * 0.3
        Column {
            anchors.centerIn: parent
            width: parent.width * 0.9
            spacing: alarm.unit * 0.3
            Text {
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: alarm.latest ? "⚠ " + alarm.latest.title : ""
                color: "#ef4444"
                font.pixelSize: alarm.unit * 1.3
                font.bold: true
                elide: Text.ElideRight
            }
            Text {
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: alarm.latest ? alarm.latest.detail : ""
                color: "white"
                font.pixelSize: alarm.unit * 0.8
                wrapMode: Text.Wrap
                maximumLineCount: 3
                elide: Text.ElideRight
            }
            Text {
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: alarm.latest ? qsTr("%1 · alarm %2").arg(alarm.latest.time).arg(alarm.latest.alarmId)
                                     + (surface.display.alarms.count > 1 ? "  ·  " + qsTr("%1 more").arg(surface.display.alarms.count - 1) : "")
                                   : ""
                color: "#cbd5e1"
                font.pixelSize: alarm.unit * 0.55
            }
        }
    }

    // A training database's wall carries the training mark like every screen (at wall scale).
    TrainingMark {
        objectName: "trainingMark"
        anchors.fill: parent
        visible: surface.display.training
        unit: surface.height / 900
    }
}
