import QtQuick
import Yiwang.Modules.Scenario

// A scenario on the video wall: its canvas scaled into the wall window, read-only.
Rectangle {
    id: root
    required property ScenarioRun scene
    color: "#050b16"

    ScenarioCanvas {
        anchors.centerIn: parent
        run: root.scene
        editor: null
        editing: false
        availableWidth: root.width
        availableHeight: root.height
    }
}
