import QtQuick
import QtQuick.Window
import Yiwang.Wall

// One window across a wall processor's desktop: the wall surface drawn once, each monitor's
// outputs sampling their picture area of it at their place on the desktop.
Window {
    id: window
    required property WallDisplay display

    title: "Yiwang wall"
    flags: Qt.FramelessWindowHint
    color: "black"
    width: display.desktopSize.width
    height: display.desktopSize.height

    WallSurface {
        id: surface
        objectName: "wallSurface"
        display: window.display
        // Drawn into the monitors' pictures only (their ShaderEffectSources hide it; an
        // invisible item would not lay out its views).
    }

    Repeater {
        model: window.display.monitors
        delegate: MonitorPicture {
            required property rect desktopRect
            x: desktopRect.x
            y: desktopRect.y
            display: window.display
            sharedSurface: surface
        }
    }
}
