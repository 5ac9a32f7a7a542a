import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Yiwang.Shell

// The signed-in shell: header, module navigation, the current module's workspace, the status bar.
// Workspaces stay loaded once opened so that switching keeps their state.
Item {
    id: shellPage
    property int current: Math.max(0, Shell.modules.indexOf(Shell.initialModule))

    Rectangle {
        id: header
        anchors { left: parent.left; right: parent.right; top: parent.top }
        height: 64
        color: Theme.panel
        border.color: Theme.border

        RowLayout {
            anchors { fill: parent; leftMargin: 20; rightMargin: 20 }
            spacing: Theme.spacing
            Label {
                text: qsTr("Yiwang")
                color: Theme.accent
                font.pixelSize: Theme.titleSize + 4
                font.bold: true
            }
            Label {
                text: qsTr("City Management Command Center")
                color: Theme.text
                font.pixelSize: Theme.titleSize
            }
            Item { Layout.fillWidth: true }
            Label {
                objectName: "userLabel"
                text: Shell.userName + "  " + Shell.userRoles
                color: Theme.text
            }
            Button {
                objectName: "settingsButton"
                text: qsTr("Settings")
                flat: true
                onClicked: settingsDialog.open()
            }
            Button {
                text: qsTr("Sign out")
                flat: true
                onClicked: Shell.signOut()
            }
        }
    }

    SettingsDialog { id: settingsDialog; parent: Overlay.overlay }
    Shortcut { sequence: "Ctrl+,"; onActivated: settingsDialog.open() }

    Rectangle {
        id: navigation
        anchors { left: parent.left; top: header.bottom; bottom: statusBar.top }
        width: 200
        color: Theme.panel

        ListView {
            id: moduleList
            objectName: "moduleList"
            anchors { fill: parent; topMargin: Theme.spacing }
            model: Shell.modules
            currentIndex: shellPage.current
            delegate: ItemDelegate {
                required property int index
                required property string title
                required property bool active
                required property string error
                width: ListView.view.width
                height: 52
                enabled: active
                highlighted: ListView.isCurrentItem
                text: title
                font.pixelSize: Theme.fontSize + 1
                ToolTip.visible: hovered && error.length > 0
                ToolTip.text: error
                onClicked: shellPage.current = index
            }
        }
        Label {
            anchors.centerIn: parent
            visible: Shell.modules.count === 0
            text: qsTr("No modules")
            color: Theme.textMuted
        }
    }

    Connections {
        target: Shell
        function onModuleRequested(index) { shellPage.current = index }
    }

    // Ctrl+1…Ctrl+9 open the modules in navigation order.
    Repeater {
        model: 9
        Item {
            required property int index
            Shortcut {
                sequence: "Ctrl+" + (index + 1)
                enabled: index < Shell.modules.count
                onActivated: shellPage.current = index
            }
        }
    }

    Item {
        id: workspace
        anchors { left: navigation.right; right: parent.right; top: header.bottom; bottom: statusBar.top }

        Repeater {
            model: Shell.modules
            // Not required properties: Loader has its own `active`.
            Loader {
                anchors.fill: parent
                visible: index === shellPage.current
                property bool opened: false
                function open() {
                    if (visible && !opened && model.active) {
                        opened = true
                        Shell.moduleOpened(index)
                        setSource(model.workspace, { "workspace": model.backend })
                    }
                }
                onVisibleChanged: open()
                Component.onCompleted: open()
            }
        }
        Label {
            anchors.centerIn: parent
            visible: Shell.modules.count === 0
            text: qsTr("No module is available. See the status bar for why.")
            color: Theme.textMuted
        }
    }

    StatusBar {
        id: statusBar
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
    }
}
