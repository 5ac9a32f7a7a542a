import QtQuick

// The place of a camera's picture: on the video wall, the wall's display system puts the camera
// named here into this rectangle; on a workstation it shows which camera goes here.
Rectangle {
    id: view
    required property var options
    required property var palette
    color: "#000000"
    border.color: palette.border
    Column {
        anchors.centerIn: parent
        spacing: 4
        Text {
            anchors.horizontalCenter: parent.horizontalCenter
            text: "▶"
            color: view.palette.muted
            font.pixelSize: Math.max(12, view.height * 0.25)
        }
        Text {
            anchors.horizontalCenter: parent.horizontalCenter
            text: view.options.camera ? qsTr("Camera %1").arg(view.options.camera) : qsTr("Camera (set by the video wall)")
            color: view.palette.muted
            font.pixelSize: Math.max(9, view.height * 0.08)
        }
    }
}
