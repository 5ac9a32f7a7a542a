import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Yiwang.Shell

// Sign-in. The controller answers with the same message for an unknown login and a wrong password.
Item {
    id: page

    function submit() {
        message.text = Shell.signIn(login.text, password.text)
        password.text = ""
    }

    Rectangle {
        anchors.centerIn: parent
        width: 520
        height: column.implicitHeight + 64
        color: Theme.panel
        border.color: Theme.border
        radius: Theme.radius

        ColumnLayout {
            id: column
            anchors { fill: parent; margins: 32 }
            spacing: Theme.spacing

            Label {
                text: qsTr("City Management Command Center")
                color: Theme.text
                font.pixelSize: Theme.headlineSize
                font.bold: true
            }
            Label {
                text: qsTr("Sign in to %1").arg(Shell.databaseName)
                color: Theme.textMuted
                elide: Text.ElideMiddle
                Layout.fillWidth: true
            }
            TextField {
                id: login
                objectName: "loginField"
                Layout.fillWidth: true
                placeholderText: qsTr("Login")
                focus: true
                onAccepted: password.forceActiveFocus()
            }
            TextField {
                id: password
                objectName: "passwordField"
                Layout.fillWidth: true
                placeholderText: qsTr("Password")
                echoMode: TextInput.Password
                onAccepted: page.submit()
            }
            Label {
                objectName: "demoAccounts"
                Layout.fillWidth: true
                visible: Shell.demoAccounts.length > 0
                text: Shell.demoAccounts
                color: Theme.accent
                wrapMode: Text.Wrap
            }
            Label {
                id: message
                objectName: "loginMessage"
                Layout.fillWidth: true
                color: Theme.danger
                wrapMode: Text.Wrap
                visible: text.length > 0
            }
            Button {
                objectName: "signInButton"
                text: qsTr("Sign in")
                highlighted: true
                Layout.alignment: Qt.AlignRight
                onClicked: page.submit()
            }
        }
    }
}
