import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// First start without a database: build the demo city of Changsha, showing the progress.
// `setup` is the application's DemoCitySetup.
ApplicationWindow {
    id: window
    required property QtObject setup
    // Start without asking (--demo full|small, or a screenshot run).
    property string autoStart: ""

    width: 1000
    height: 620
    visible: true
    title: qsTr("Yiwang: first start")
    color: Theme.background
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontSize

    Component.onCompleted: if (autoStart.length > 0) setup.start(autoStart === "full")

    Rectangle {
        anchors.centerIn: parent
        width: parent.width - 120
        height: column.implicitHeight + 64
        color: Theme.panel
        border.color: Theme.border
        radius: Theme.radius

        ColumnLayout {
            id: column
            anchors { fill: parent; margins: 32 }
            spacing: Theme.spacing * 1.5

            Label {
                text: qsTr("First start: the demo city of Changsha")
                color: Theme.text
                font.pixelSize: Theme.titleSize + 2
                font.bold: true
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.textMuted
                text: qsTr("No database was given, so Yiwang creates its embedded database with a demo city built on "
                           + "Changsha's five core districts: unit grids, departments, people, components and a year of "
                           + "cases. The full city has the real platform's scale (about 16,000 unit grids, 2.9 million "
                           + "components, 330,000 cases) and takes one to two minutes; the small one takes seconds.")
            }
            Label {
                Layout.fillWidth: true
                text: setup.databasePath
                color: Theme.textMuted
                elide: Text.ElideMiddle
            }
            RowLayout {
                visible: !setup.running && setup.progress < 1
                spacing: Theme.spacing
                Button {
                    objectName: "fullButton"
                    text: qsTr("Build the full city")
                    highlighted: true
                    focus: true
                    onClicked: setup.start(true)
                }
                Button {
                    objectName: "smallButton"
                    text: qsTr("Build a small city (1/50)")
                    onClicked: setup.start(false)
                }
            }
            ProgressBar {
                objectName: "progressBar"
                Layout.fillWidth: true
                visible: setup.running || setup.progress > 0
                value: setup.progress
            }
            Label {
                objectName: "stageLabel"
                visible: setup.running
                text: qsTr("%1 … %2 s").arg(setup.stage).arg(setup.elapsedSeconds)
                color: Theme.text
            }
            Label {
                Layout.fillWidth: true
                visible: setup.error.length > 0
                text: qsTr("The demo city could not be built: %1").arg(setup.error)
                color: Theme.danger
                wrapMode: Text.Wrap
            }
        }
    }
}
