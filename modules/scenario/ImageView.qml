import QtQuick

// An image (a logo, a duty roster photo) from a file or the program's resources; a missing file
// says so on the widget.
Item {
    id: view
    required property var options
    required property var palette
    Image {
        id: image
        anchors.fill: parent
        source: view.options.url || ""
        fillMode: Image.PreserveAspectFit
        asynchronous: true
    }
    Text {
        anchors.centerIn: parent
        visible: image.status === Image.Error || !view.options.url
        text: view.options.url ? qsTr("Cannot show %1").arg(view.options.url) : qsTr("Choose an image")
        color: view.palette.warning
        font.pixelSize: Math.max(9, view.height * 0.08)
    }
}
