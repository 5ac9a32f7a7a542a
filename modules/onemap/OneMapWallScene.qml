import QtQuick
import Yiwang.Modules.OneMap

// The one map on the video wall: live cases, devices and vehicles over the city's outlines, the
// whole city or a given place; a focus the wall is told of centres it close up.
Rectangle {
    id: root
    required property WallMapView scene
    color: "#0b1220"
    clip: true

    MapCanvas {
        id: canvas
        objectName: "wallMapCanvas"
        anchors.fill: parent
        layers: root.scene.layers
        property bool placed: false
        function place() {
            if (placed || width < 100)
                return
            if (root.scene.hasStart) {
                canvas.setCenter(root.scene.startLon, root.scene.startLat, root.scene.startZoom)
                placed = true
            } else if (root.scene.showCity(canvas)) {
                placed = true
            }
        }
        onWidthChanged: place()
        Component.onCompleted: place()
        Connections { target: root.scene; function onCityReady() { canvas.place() } }
        Connections {
            target: root.scene
            function onFocusRequested(lon, lat, zoom) { canvas.placed = true; canvas.setCenter(lon, lat, zoom > 0 ? zoom : 17) }
        }
    }
}
