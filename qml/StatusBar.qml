import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Yiwang.Shell

// Where the data comes from and whether it is live, which workstation this is, and the time.
Rectangle {
    height: 34
    color: Theme.panel
    border.color: Theme.border

    RowLayout {
        anchors { fill: parent; leftMargin: 16; rightMargin: 16 }
        spacing: 18

        Rectangle {
            width: 12; height: 12; radius: 6
            color: Shell.connected ? Theme.good : Theme.danger
        }
        Label {
            objectName: "connectionLabel"
            text: (Shell.connected ? qsTr("Connected") : qsTr("Connection lost, retrying…"))
            color: Shell.connected ? Theme.text : Theme.danger
        }
        Label {
            objectName: "databaseLabel"
            Layout.maximumWidth: 700
            elide: Text.ElideMiddle
            text: Shell.backendName + "  " + Shell.databaseName
            color: Theme.textMuted
        }
        Label {
            visible: Shell.moduleErrors.length > 0
            text: qsTr("%n module(s) did not start", "", Shell.moduleErrors.length)
            color: Theme.warning
            ToolTip.visible: errorsHover.hovered
            ToolTip.text: Shell.moduleErrors.join("\n")
            HoverHandler { id: errorsHover }
        }
        BusyIndicator {
            visible: Shell.loadingText.length > 0
            running: visible
            Layout.preferredWidth: 22; Layout.preferredHeight: 22
        }
        Label {
            objectName: "loadingLabel"
            visible: Shell.loadingText.length > 0
            text: Shell.loadingText
            color: Theme.textMuted
        }
        Item { Layout.fillWidth: true }
        Label {
            text: qsTr("Workstation %1").arg(Shell.workstation)
            color: Theme.textMuted
        }
        Label { text: Shell.dayKind; color: Theme.textMuted }
        Label { objectName: "clockLabel"; text: Shell.nowText; color: Theme.text }
    }
}
