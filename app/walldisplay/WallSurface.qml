import QtQuick
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
}
