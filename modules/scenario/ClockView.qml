import QtQuick
import Yiwang.Modules.Scenario

// The time and date in large type, in the city's time by the platform's clock (a workstation
// set to another zone, or a training room's scaled clock, still shows the city's).
Item {
    id: view
    required property ScenarioRun run
    required property var options
    required property var palette
    property string time: run.cityTimeText(options.seconds !== false)
    property string date: run.cityDateText()
    Timer {
        interval: 1000; running: true; repeat: true
        onTriggered: { view.time = view.run.cityTimeText(view.options.seconds !== false); view.date = view.run.cityDateText() }
    }
    Column {
        anchors.centerIn: parent
        Text {
            anchors.horizontalCenter: parent.horizontalCenter
            objectName: "clockTime"
            text: view.time
            color: view.palette.text
            font.pixelSize: Math.max(12, Math.min(view.height * 0.55, view.width / 5))
            font.bold: true
        }
        Text {
            anchors.horizontalCenter: parent.horizontalCenter
            text: view.date
            color: view.palette.muted
            font.pixelSize: Math.max(9, view.height * 0.2)
        }
    }
}
