import QtQuick
import QtQuick.Controls
import Yiwang.Shell

// The shell window: the start-up error, the first-run set-up, sign-in, or the workspaces.
ApplicationWindow {
    id: window
    width: 1600
    height: 900
    visible: true
    title: qsTr("Yiwang City Management Command Center")
    color: Theme.background
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontSize

    Loader {
        anchors.fill: parent
        anchors.topMargin: trainingMark.visible ? trainingMark.bannerHeight : 0
        sourceComponent: !Shell.ready ? errorPage
                         : Shell.needsFirstAdministrator ? firstRunPage
                         : !Shell.signedIn ? loginPage
                         : shellPage
    }
    Component { id: errorPage; StartupErrorPage {} }
    Component { id: firstRunPage; FirstRunPage {} }
    Component { id: loginPage; LoginPage {} }
    Component { id: shellPage; ShellPage {} }
    TrainingMark {
        id: trainingMark
        objectName: "trainingMark"
        anchors.fill: parent
        visible: Shell.training
    }
}
