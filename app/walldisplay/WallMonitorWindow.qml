import QtQuick
import QtQuick.Window
import Yiwang.Wall

// One monitor's window (per-screen output): full screen on its screen, no frame, no cursor.
Window {
    id: window
    required property WallDisplay display
    required property string monitorId
    required property rect pictureRect
    required property size outputSize
    required property size resolution
    required property int turn

    title: "Yiwang wall " + monitorId
    flags: Qt.FramelessWindowHint
    color: "black"
    width: outputSize.width
    height: outputSize.height

    MonitorPicture {
        objectName: "monitor_" + window.monitorId
        display: window.display
        monitorId: window.monitorId
        pictureRect: window.pictureRect
        outputSize: window.outputSize
        resolution: window.resolution
        turn: window.turn
        // Scaled to the screen when the screen is not exactly the monitor's resolution.
        transform: Scale {
            xScale: window.width / Math.max(1, window.outputSize.width)
            yScale: window.height / Math.max(1, window.outputSize.height)
        }
    }
}
