import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Yiwang.Ui
import Yiwang.Modules.Training

// 复盘: a past day played again from the case log, on the board and the map, read-only.
Item {
    id: view
    required property HistoryReplay replay

    ColumnLayout {
        anchors.fill: parent
        spacing: 10

        RowLayout {
            spacing: 10
            Label { text: qsTr("Day"); color: Theme.textMuted }
            TextField {
                id: dayField
                objectName: "replayDay"
                text: view.replay.day
                placeholderText: "2026-05-27"
                Layout.preferredWidth: 140
                onAccepted: view.replay.load(text)
            }
            Button {
                text: qsTr("Load")
                enabled: !view.replay.loading
                onClicked: view.replay.load(dayField.text)
            }
            Button {
                text: view.replay.playing ? qsTr("Pause") : qsTr("Play")
                enabled: view.replay.loaded
                onClicked: view.replay.playing ? view.replay.pause() : view.replay.play()
            }
            Label { text: qsTr("Speed"); color: Theme.textMuted }
            Repeater {
                model: [60, 300, 900, 3600]
                Button {
                    required property int modelData
                    text: modelData + "×"
                    highlighted: view.replay.speed === modelData
                    onClicked: view.replay.setSpeed(modelData)
                }
            }
            Item { Layout.fillWidth: true }
            Label {
                text: view.replay.loading ? qsTr("Reading the day…") : view.replay.problem
                color: view.replay.problem.length > 0 ? Theme.danger : Theme.textMuted
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 12
            Label {
                text: view.replay.timeText
                color: Theme.text
                font.pixelSize: Theme.headlineSize
                font.bold: true
                Layout.preferredWidth: 110
            }
            Slider {
                objectName: "replayTimeline"
                Layout.fillWidth: true
                from: 0
                to: 1439
                stepSize: 1
                enabled: view.replay.loaded
                value: view.replay.minute
                onMoved: view.replay.seek(value)
            }
            Label {
                text: qsTr("open %1 · reported %2 · closed %3").arg(view.replay.openCount)
                      .arg(view.replay.reportedCount).arg(view.replay.closedCount)
                color: Theme.text
            }
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 12
            Panel {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 3
                title: qsTr("Map")
                MapCanvas {
                    id: canvas
                    anchors.fill: parent
                    Component.onCompleted: view.replay.canvas = canvas
                }
            }
            Panel {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 2
                title: qsTr("Board (read-only)")
                ListView {
                    objectName: "replayBoard"
                    anchors.fill: parent
                    clip: true
                    model: view.replay.board
                    delegate: RowLayout {
                        required property string caseNumber
                        required property string className
                        required property string stateName
                        required property string since
                        required property int stage
                        width: ListView.view.width
                        Rectangle {
                            width: 10; height: 10; radius: 5
                            color: stage === 0 ? "#f5b400" : stage === 1 ? "#ef4444" : stage === 2 ? "#2f9bff" : "#22c55e"
                        }
                        Label { text: caseNumber; color: Theme.text; Layout.preferredWidth: 130 }
                        Label { text: className; color: Theme.text; Layout.fillWidth: true; elide: Text.ElideRight }
                        Label { text: stateName; color: Theme.textMuted; Layout.preferredWidth: 90 }
                        Label { text: since; color: Theme.textMuted; Layout.preferredWidth: 50 }
                    }
                }
            }
            Panel {
                Layout.fillHeight: true
                Layout.preferredWidth: 300
                title: qsTr("The last half hour")
                ListView {
                    anchors.fill: parent
                    clip: true
                    model: view.replay.activity
                    delegate: RowLayout {
                        required property string time
                        required property string caseNumber
                        required property string action
                        required property string actor
                        width: ListView.view.width
                        Label { text: time; color: Theme.textMuted; Layout.preferredWidth: 48 }
                        Label { text: action; color: Theme.text; Layout.preferredWidth: 80 }
                        Label { text: caseNumber; color: Theme.textMuted; Layout.fillWidth: true; elide: Text.ElideLeft }
                    }
                }
            }
        }
    }
}
