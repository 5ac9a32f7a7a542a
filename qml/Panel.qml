import QtQuick
import QtQuick.Layouts

// A titled card on the dark background.
Rectangle {
    id: panel
    property string title
    default property alias content: body.data

    color: Theme.panel
    border.color: Theme.border
    radius: Theme.radius

    Text {
        id: heading
        visible: panel.title.length > 0
        text: panel.title
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSize + 2
        font.bold: true
        anchors { left: parent.left; top: parent.top; margins: Theme.spacing }
    }
    Item {
        id: body
        anchors {
            left: parent.left; right: parent.right; bottom: parent.bottom
            top: heading.visible ? heading.bottom : parent.top
            margins: Theme.spacing
        }
    }
}
