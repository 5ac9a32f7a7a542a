import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Yiwang.Shell

// Shown when the database cannot be opened: what went wrong, and that nothing was changed.
Item {
    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 80, 960)
        height: column.implicitHeight + 64
        color: Theme.panel
        border.color: Theme.danger
        radius: Theme.radius

        Rectangle {
            anchors { left: parent.left; top: parent.top; bottom: parent.bottom }
            width: 8
            radius: Theme.radius
            color: Theme.danger
        }

        ColumnLayout {
            id: column
            anchors { fill: parent; margins: 32; leftMargin: 40 }
            spacing: Theme.spacing * 2

            Label {
                text: qsTr("The command center cannot start")
                color: Theme.danger
                font.pixelSize: Theme.headlineSize
                font.bold: true
            }
            Label {
                objectName: "startupError"
                Layout.fillWidth: true
                text: Shell.startupError
                color: Theme.text
                wrapMode: Text.Wrap
                font.pixelSize: Theme.titleSize - 2
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Nothing was written to the database. Check the --db option, or run "
                           + "“yiwang-admin check --db …” for details.")
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            Button {
                text: qsTr("Quit")
                onClicked: Qt.quit()
            }
        }
    }
}
