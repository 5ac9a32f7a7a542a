import QtQuick

// The time and date in large type (the workstation's clock, which the center keeps on city
// time).
Item {
    id: view
    required property var options
    required property var palette
    property date now: new Date()
    Timer { interval: 1000; running: true; repeat: true; onTriggered: view.now = new Date() }
    Column {
        anchors.centerIn: parent
        Text {
            anchors.horizontalCenter: parent.horizontalCenter
            text: Qt.formatTime(view.now, view.options.seconds === false ? "HH:mm" : "HH:mm:ss")
            color: view.palette.text
            font.pixelSize: Math.max(12, Math.min(view.height * 0.55, view.width / 5))
            font.bold: true
        }
        Text {
            anchors.horizontalCenter: parent.horizontalCenter
            text: view.now.toLocaleDateString(Qt.locale(), "yyyy-MM-dd dddd")
            color: view.palette.muted
            font.pixelSize: Math.max(9, view.height * 0.2)
        }
    }
}
