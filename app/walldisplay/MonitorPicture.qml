import QtQuick
import Yiwang.Wall

// What one monitor's output shows: the part of the wall surface under its picture area (never
// what lies behind a frame), scaled to its pixels and turned back against its mounting; dimmed at
// night. Across a processor's desktop the surface is drawn once and each monitor samples it
// (`sharedSurface`); a monitor with a window of its own makes its own surface.
Item {
    id: picture
    required property WallDisplay display
    required property string monitorId
    required property rect pictureRect
    required property size outputSize
    required property size resolution
    required property int turn
    property Item sharedSurface: null

    width: outputSize.width
    height: outputSize.height
    clip: true

    Item {
        id: upright
        width: picture.resolution.width
        height: picture.resolution.height
        anchors.centerIn: parent
        rotation: -picture.turn

        ShaderEffectSource {
            anchors.fill: parent
            visible: picture.sharedSurface !== null
            sourceItem: picture.sharedSurface
            sourceRect: picture.pictureRect
            hideSource: true
            smooth: true
        }

        Loader {
            active: picture.sharedSurface === null
            sourceComponent: Item {
                width: upright.width
                height: upright.height
                WallSurface {
                    display: picture.display
                    area: picture.pictureRect
                    x: -picture.pictureRect.x
                    y: -picture.pictureRect.y
                    transform: Scale {
                        origin.x: picture.pictureRect.x
                        origin.y: picture.pictureRect.y
                        xScale: upright.width / Math.max(1, picture.pictureRect.width)
                        yScale: upright.height / Math.max(1, picture.pictureRect.height)
                    }
                }
            }
        }

        Rectangle {
            anchors.fill: parent
            color: "black"
            opacity: picture.display.mode === "night" ? 0.45 : 0
        }
    }
}
