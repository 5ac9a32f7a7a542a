import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Yiwang.Ui
import Yiwang.Modules.Videowall

// 大屏: the wall as the operators see it from their desks: each monitor and what it shows, the
// cameras and their state, the preset showing and the rule that chose it; presets to recall,
// day and night; and where this workstation reaches the wall.
Item {
    id: page
    required property WallPanel workspace

    ColumnLayout {
        anchors { fill: parent; margins: 20 }
        spacing: 14

        RowLayout {
            spacing: 16
            Label {
                text: page.workspace.wallName.length > 0 ? page.workspace.wallName : qsTr("Video wall")
                color: Theme.text
                font.pixelSize: Theme.titleSize + 2
                font.bold: true
            }
            Rectangle {
                width: 12; height: 12; radius: 6
                color: page.workspace.connected ? Theme.good : Theme.danger
            }
            Label {
                objectName: "wallConnection"
                text: page.workspace.connected ? qsTr("Connected") : page.workspace.problem
                color: page.workspace.connected ? Theme.textMuted : Theme.danger
            }
            Item { Layout.fillWidth: true }
            Label {
                visible: page.workspace.connected
                text: page.workspace.activePreset.length > 0
                      ? qsTr("Preset: %1").arg(page.workspace.activePreset) + (page.workspace.modified ? qsTr(" (changed)") : "")
                      : qsTr("No preset")
                color: Theme.text
            }
            Label {
                visible: page.workspace.rule.length > 0
                text: qsTr("Rule: %1").arg(page.workspace.rule)
                color: Theme.warning
            }
            Button {
                text: qsTr("Day")
                enabled: page.workspace.connected
                highlighted: page.workspace.mode === "day"
                onClicked: page.workspace.setMode("day")
            }
            Button {
                text: qsTr("Night")
                enabled: page.workspace.connected
                highlighted: page.workspace.mode === "night"
                onClicked: page.workspace.setMode("night")
            }
        }
        Label {
            visible: page.workspace.message.length > 0
            text: page.workspace.message
            color: Theme.textMuted
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 16

            Panel {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 3
                title: qsTr("Monitors")
                ListView {
                    anchors.fill: parent
                    clip: true
                    model: page.workspace.monitors
                    spacing: 4
                    delegate: RowLayout {
                        required property string monitorId
                        required property bool connected
                        required property string screen
                        required property string shows
                        width: ListView.view.width
                        spacing: 10
                        Rectangle { width: 10; height: 10; radius: 5; color: connected ? Theme.good : Theme.danger }
                        Label { text: monitorId; color: Theme.text; font.bold: true; Layout.preferredWidth: 48 }
                        Label {
                            text: connected ? screen : qsTr("lost")
                            color: connected ? Theme.textMuted : Theme.danger
                            Layout.preferredWidth: 90
                        }
                        Label { text: shows; color: Theme.text; elide: Text.ElideRight; Layout.fillWidth: true }
                    }
                }
            }
            Panel {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 2
                title: qsTr("Presets")
                ListView {
                    anchors.fill: parent
                    clip: true
                    model: page.workspace.presets
                    spacing: 6
                    delegate: Button {
                        required property string name
                        required property string savedBy
                        required property bool active
                        width: ListView.view.width
                        text: (active ? "✓ " : "") + name + (savedBy.length > 0 ? "  ·  " + savedBy : "")
                        font.capitalization: Font.MixedCase
                        font.bold: active
                        highlighted: active
                        enabled: page.workspace.connected
                        onClicked: page.workspace.recall(name)
                    }
                }
            }
            Panel {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 3
                title: qsTr("Cameras")
                ListView {
                    anchors.fill: parent
                    clip: true
                    model: page.workspace.sources
                    spacing: 4
                    delegate: RowLayout {
                        required property string name
                        required property string sourceState
                        required property string lastFrame
                        required property string problem
                        width: ListView.view.width
                        ToolTip.visible: problemHover.hovered && problem.length > 0
                        ToolTip.text: problem
                        HoverHandler { id: problemHover }
                        spacing: 10
                        Label { text: name; color: Theme.text; elide: Text.ElideRight; Layout.fillWidth: true }
                        Label {
                            text: sourceState === "playing" ? qsTr("playing") : sourceState === "stalled" ? qsTr("stalled")
                                : sourceState === "error" ? qsTr("error") : sourceState === "reconnecting" ? qsTr("reconnecting")
                                : qsTr("connecting")
                            color: sourceState === "playing" ? Theme.good : Theme.warning
                        }
                        Label { text: lastFrame; color: Theme.textMuted; Layout.preferredWidth: 70 }
                    }
                }
            }
        }

        Panel {
            Layout.fillWidth: true
            Layout.preferredHeight: 110
            title: qsTr("This workstation and the wall")
            RowLayout {
                anchors.fill: parent
                spacing: 10
                Label { text: qsTr("Wall address"); color: Theme.textMuted }
                TextField { id: urlField; text: page.workspace.wallUrl; placeholderText: "ws://127.0.0.1:7011"; Layout.preferredWidth: 240 }
                Label { text: qsTr("Token"); color: Theme.textMuted }
                TextField { id: tokenField; echoMode: TextInput.Password; placeholderText: qsTr("unchanged"); Layout.preferredWidth: 200 }
                Label { text: qsTr("Send to monitors"); color: Theme.textMuted }
                TextField { id: monitorsField; text: page.workspace.sendMonitors; placeholderText: qsTr("whole wall, or A4:B4"); Layout.preferredWidth: 160 }
                Button {
                    text: qsTr("Connect")
                    onClicked: page.workspace.configure(urlField.text, tokenField.text, monitorsField.text)
                }
                Item { Layout.fillWidth: true }
            }
        }
    }
}
