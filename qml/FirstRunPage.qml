import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Yiwang.Shell

// A database without any user: create the first administrator (allowed only while there is none).
Item {
    id: page

    function submit() {
        message.text = Shell.createFirstAdministrator(login.text, displayName.text, password.text,
                                                      confirmation.text)
        if (message.text.length > 0) {
            password.text = ""
            confirmation.text = ""
        }
    }

    Rectangle {
        anchors.centerIn: parent
        width: 560
        height: column.implicitHeight + 64
        color: Theme.panel
        border.color: Theme.border
        radius: Theme.radius

        ColumnLayout {
            id: column
            anchors { fill: parent; margins: 32 }
            spacing: Theme.spacing

            Label {
                text: qsTr("First start: create the administrator")
                color: Theme.text
                font.pixelSize: Theme.titleSize
                font.bold: true
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("%1 has no users yet. The administrator creates the other accounts.")
                      .arg(Shell.databaseName)
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            TextField { id: login; Layout.fillWidth: true; placeholderText: qsTr("Login"); focus: true }
            TextField { id: displayName; Layout.fillWidth: true; placeholderText: qsTr("Full name") }
            TextField {
                id: password; Layout.fillWidth: true
                placeholderText: qsTr("Password (8 or more characters, letters and digits)")
                echoMode: TextInput.Password
            }
            TextField {
                id: confirmation; Layout.fillWidth: true
                placeholderText: qsTr("Repeat the password")
                echoMode: TextInput.Password
                onAccepted: page.submit()
            }
            Label {
                id: message
                Layout.fillWidth: true
                color: Theme.danger
                wrapMode: Text.Wrap
                visible: text.length > 0
            }
            Button {
                text: qsTr("Create and sign in")
                highlighted: true
                Layout.alignment: Qt.AlignRight
                onClicked: page.submit()
            }
        }
    }
}
