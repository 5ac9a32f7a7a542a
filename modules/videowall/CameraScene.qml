import QtQuick
import Yiwang.Shell
import Yiwang.Modules.Videowall

// A camera in a wall window: its picture (cropped as asked), its name, and, whenever it is not
// playing, what is wrong and since when, large enough to read from across the room.
Rectangle {
    id: root
    required property CameraFeed scene
    readonly property bool playing: scene.state === WallSourceState.Playing
    readonly property real unit: Math.max(12, Math.min(width, height) / 22)
    color: "black"

    VideoFrameView {
        anchors.fill: parent
        feed: root.scene
    }

    Rectangle {
        anchors { left: parent.left; bottom: parent.bottom; margins: root.unit * 0.5 }
        width: nameText.implicitWidth + root.unit
        height: nameText.implicitHeight + root.unit * 0.4
        radius: root.unit * 0.2
        color: "#a0000000"
        Text {
            id: nameText
            anchors.centerIn: parent
            text: root.scene.sourceName
            color: "white"
            font.pixelSize: root.unit * 0.8
        }
    }

    Rectangle {
        objectName: "cameraState"
        visible: !root.playing
        anchors.centerIn: parent
        width: stateText.implicitWidth + root.unit * 2
        height: stateText.implicitHeight + root.unit
        radius: root.unit * 0.3
        color: root.scene.state === WallSourceState.Error ? "#c0b71c1c" : "#c0b45309"
        Text {
            id: stateText
            anchors.centerIn: parent
            horizontalAlignment: Text.AlignHCenter
            color: "white"
            font.pixelSize: root.unit
            text: {
                var s = root.scene.state
                var what = s === WallSourceState.Connecting ? qsTr("Connecting…")
                         : s === WallSourceState.Stalled ? qsTr("No picture (stalled)")
                         : s === WallSourceState.Reconnecting ? qsTr("Reconnecting…")
                         : qsTr("Camera unavailable")
                return root.scene.lastFrameText.length > 0
                        ? what + "\n" + qsTr("last picture %1").arg(root.scene.lastFrameText) : what
            }
        }
    }
}
