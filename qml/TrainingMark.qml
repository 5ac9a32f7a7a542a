import QtQuick

// The training mark over a whole screen (实训): a banner along the top and the word repeated
// faintly across everything, so that no screenshot, photo or printout of a training screen
// can pass for the city's real state. It takes no input.
Item {
    id: mark
    // The size of a 900-pixel screen's mark: the wall sets it to its own scale.
    property real unit: 1
    property int bannerHeight: Math.round(26 * unit)
    z: 1000
    enabled: false

    Rectangle {
        id: banner
        anchors { left: parent.left; right: parent.right; top: parent.top }
        height: mark.bannerHeight
        color: "#b45309"
        opacity: 0.92
        Text {
            anchors.centerIn: parent
            text: qsTr("TRAINING — exercise data, not the city's")
            color: "white"
            font.bold: true
            font.pixelSize: mark.bannerHeight * 0.55
            font.family: "WenQuanYi Micro Hei"
        }
    }
    // The watermark: a grid of the word, turned, faint enough to read the screen through.
    Item {
        anchors.fill: parent
        clip: true
        Repeater {
            model: Math.ceil(mark.width / (360 * mark.unit) + 1) * Math.ceil(mark.height / (200 * mark.unit) + 1)
            Text {
                readonly property int columns: Math.ceil(mark.width / (360 * mark.unit) + 1)
                x: (index % columns) * 360 * mark.unit - ((Math.floor(index / columns) % 2) * 180 * mark.unit)
                y: Math.floor(index / columns) * 200 * mark.unit + 60 * mark.unit
                rotation: -24
                text: "实训 TRAINING" // both languages always: a mark, not a label
                color: "#f59e0b"
                opacity: 0.13
                font.pixelSize: 34 * mark.unit
                font.bold: true
                font.family: "WenQuanYi Micro Hei"
            }
        }
    }
}
