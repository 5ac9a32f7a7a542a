pragma Singleton
import QtQuick

// Colours and sizes of the command center: dark, high-contrast, readable from across a room.
QtObject {
    readonly property color background: "#0a1628"
    readonly property color panel: "#10223c"
    readonly property color panelRaised: "#16304f"
    readonly property color border: "#24456e"
    readonly property color accent: "#2f9bff"
    readonly property color accentSoft: "#1b4f85"
    readonly property color text: "#e8f0fb"
    readonly property color textMuted: "#8ea6c4"
    readonly property color good: "#22c55e"
    readonly property color warning: "#f5b400"
    readonly property color danger: "#ef4444"

    readonly property string fontFamily: "WenQuanYi Micro Hei"
    readonly property int fontSize: 15
    readonly property int titleSize: 22
    readonly property int headlineSize: 30
    readonly property int spacing: 12
    readonly property int radius: 6
}
