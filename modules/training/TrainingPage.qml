import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Yiwang.Ui
import Yiwang.Modules.Training

// 实训. On the training sandbox: the trainer's console (exercise and trainees, the room's clock,
// every seat live, the chosen trainee's debrief). On a trainee's seat: the exercise, its clock and
// what the trainee is told; the cases are worked on the dispatch board as on a real shift.
Item {
    id: page
    required property TrainingWorkspace workspace
    readonly property TrainingConsole console: workspace.console
    readonly property ExerciseCatalog catalog: workspace.catalog
    readonly property ScoreReport report: workspace.report
    readonly property TraineeDesk desk: workspace.desk

    // ---- The trainee's desk ----
    ColumnLayout {
        visible: page.workspace.seat
        anchors { fill: parent; margins: 20 }
        spacing: 14
        RowLayout {
            spacing: 18
            Label {
                text: page.desk.exerciseTitle.length > 0 ? page.desk.exerciseTitle : qsTr("Training")
                color: Theme.text
                font.pixelSize: Theme.titleSize + 2
                font.bold: true
            }
            Label { text: page.desk.state; color: Theme.warning; font.pixelSize: Theme.titleSize }
            Item { Layout.fillWidth: true }
            Label {
                text: qsTr("Exercise time %1 · minute %2").arg(page.desk.clockText).arg(page.desk.minute)
                color: Theme.text
                font.pixelSize: Theme.titleSize
            }
        }
        Label {
            text: qsTr("Calls are taken at the intake desk (指挥协调 → 受理); the cases are worked on the board.")
            color: Theme.textMuted
        }
        Panel {
            Layout.fillWidth: true
            Layout.fillHeight: true
            title: qsTr("Calls and notices")
            ListView {
                objectName: "noticeList"
                anchors.fill: parent
                clip: true
                spacing: 8
                model: page.desk.notices
                delegate: Rectangle {
                    required property string time
                    required property string kind
                    required property string title
                    required property string detail
                    width: ListView.view.width
                    height: noticeColumn.implicitHeight + 16
                    radius: Theme.radius
                    color: kind === "call" ? "#1d3b5c" : kind === "trainer" ? "#3b2f12" : Theme.panelRaised
                    border.color: kind === "typhoonWarning" || kind === "sensorAlarm" ? Theme.warning : Theme.border
                    Column {
                        id: noticeColumn
                        anchors { left: parent.left; right: parent.right; top: parent.top; margins: 8 }
                        spacing: 4
                        Label {
                            text: time + "  " + title
                            color: Theme.text
                            font.bold: true
                            font.pixelSize: Theme.fontSize + 1
                        }
                        Label {
                            width: parent.width
                            text: detail
                            color: Theme.text
                            wrapMode: Text.Wrap
                        }
                    }
                }
                Label {
                    anchors.centerIn: parent
                    visible: parent.count === 0
                    text: qsTr("Nothing yet.")
                    color: Theme.textMuted
                }
            }
        }
    }

    // ---- The trainer's console, and the replay of a past day ----
    TabBar {
        id: tabs
        objectName: "trainingTabs"
        visible: !page.workspace.seat
        anchors { left: parent.left; right: parent.right; top: parent.top; leftMargin: 20; rightMargin: 20; topMargin: 8 }
        TabButton { text: qsTr("Exercise"); width: implicitWidth + 30 }
        TabButton { objectName: "replayTab"; text: qsTr("Replay a day"); width: implicitWidth + 30 }
    }
    ReplayView {
        visible: !page.workspace.seat && tabs.currentIndex === 1
        anchors { fill: parent; margins: 20; topMargin: tabs.height + 16 }
        replay: page.workspace.replay
    }
    ColumnLayout {
        visible: !page.workspace.seat && tabs.currentIndex === 0
        anchors { fill: parent; margins: 20; topMargin: tabs.height + 16 }
        spacing: 12

        RowLayout {
            spacing: 14
            Label {
                text: qsTr("Training console")
                color: Theme.text
                font.pixelSize: Theme.titleSize + 2
                font.bold: true
            }
            Label {
                visible: page.console.prepared
                text: page.console.exerciseTitle + "  ·  "
                      + qsTr("minute %1 of %2").arg(page.console.minute).arg(page.console.durationMinutes)
                      + "  ·  " + (page.console.ended ? qsTr("ended") : page.console.running ? qsTr("running") : qsTr("paused"))
                color: page.console.running ? Theme.good : Theme.warning
                font.pixelSize: Theme.titleSize
            }
            Item { Layout.fillWidth: true }
            Button {
                objectName: "startButton"
                text: qsTr("Start")
                enabled: page.console.prepared && !page.console.running && !page.console.ended && !page.console.busy
                onClicked: page.console.run()
            }
            Button {
                text: qsTr("Pause")
                enabled: page.console.running && !page.console.busy
                onClicked: page.console.pause()
            }
            Label { text: qsTr("Speed"); color: Theme.textMuted }
            Repeater {
                model: [1, 5, 10, 30, 60]
                Button {
                    required property int modelData
                    text: modelData + "×"
                    highlighted: page.console.prepared && Math.abs(page.console.speed - modelData) < 0.01
                    enabled: page.console.prepared && !page.console.ended && !page.console.busy
                    onClicked: page.console.setSpeed(modelData)
                }
            }
            Button {
                text: qsTr("Reset")
                enabled: page.console.prepared && !page.console.busy
                onClicked: page.console.reset()
            }
            Button {
                text: qsTr("End")
                enabled: page.console.prepared && !page.console.ended && !page.console.busy
                onClicked: page.console.endExercise()
            }
        }
        Label {
            visible: page.console.message.length > 0 || !page.console.mayRun || page.catalog.problem.length > 0
            text: !page.console.mayRun ? qsTr("Sign in as a trainer to run exercises.")
                  : page.catalog.problem.length > 0 ? page.catalog.problem : page.console.message
            color: !page.console.mayRun ? Theme.danger : Theme.textMuted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 14

            // Exercise, trainees, hands.
            ColumnLayout {
                Layout.preferredWidth: 420
                Layout.maximumWidth: 460
                Layout.fillHeight: true
                spacing: 12
                Panel {
                    Layout.fillWidth: true
                    Layout.preferredHeight: 230
                    title: qsTr("Exercise")
                    Button {
                        // Beside the panel's title: an exercise file of the center's own.
                        anchors { right: parent.right; bottom: parent.top; bottomMargin: 2 }
                        flat: true
                        text: qsTr("Open a file…")
                        enabled: !page.console.prepared || page.console.ended
                        onClicked: exerciseDialog.open()
                    }
                    ListView {
                        objectName: "exerciseList"
                        anchors.fill: parent
                        clip: true
                        spacing: 4
                        model: page.catalog.exercises
                        delegate: ItemDelegate {
                            required property int index
                            required property string title
                            required property string start
                            required property int durationMinutes
                            required property int reports
                            required property int events
                            width: ListView.view.width
                            highlighted: index === page.catalog.selected
                            enabled: !page.console.prepared || page.console.ended
                            contentItem: Column {
                                Label { text: title; color: Theme.text; font.bold: true }
                                Label {
                                    text: qsTr("from %1 · %2 min · %3 reports · %4 events").arg(start).arg(durationMinutes).arg(reports).arg(events)
                                    color: Theme.textMuted
                                }
                            }
                            onClicked: page.catalog.selected = index
                        }
                    }
                }
                Panel {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    title: qsTr("Trainees")
                    ColumnLayout {
                        anchors.fill: parent
                        Flow {
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            clip: true
                            spacing: 4
                            Repeater {
                                model: page.console.trainees
                                CheckBox {
                                    required property string login
                                    required property string name
                                    required property bool chosen
                                    objectName: "trainee_" + login
                                    width: 100
                                    height: 38
                                    topPadding: 0
                                    bottomPadding: 0
                                    text: name
                                    ToolTip.visible: hovered
                                    ToolTip.text: login
                                    checked: chosen
                                    enabled: !page.console.prepared || page.console.ended
                                    onClicked: page.console.toggleTrainee(login)
                                }
                            }
                        }
                        Button {
                            objectName: "prepareButton"
                            Layout.fillWidth: true
                            text: qsTr("Prepare the seats")
                            enabled: page.console.mayRun && !page.console.busy && (!page.console.prepared || page.console.ended)
                            onClicked: page.console.prepare()
                        }
                    }
                }
                Panel {
                    Layout.fillWidth: true
                    Layout.preferredHeight: 190
                    title: qsTr("By hand")
                    ColumnLayout {
                        anchors.fill: parent
                        RowLayout {
                            ComboBox {
                                id: itemChoice
                                Layout.fillWidth: true
                                model: page.console.items
                                textRole: "itemId"
                                displayText: currentIndex >= 0 ? currentText : qsTr("Item")
                            }
                            Button {
                                text: qsTr("Put in now")
                                enabled: page.console.prepared && !page.console.ended && itemChoice.currentIndex >= 0
                                onClicked: page.console.injectNow(itemChoice.currentText)
                            }
                        }
                        RowLayout {
                            TextField {
                                id: handClass
                                objectName: "handClass"
                                Layout.preferredWidth: 70
                                placeholderText: "06010"
                            }
                            TextField {
                                id: handPlace
                                objectName: "handPlace"
                                Layout.preferredWidth: 150
                                placeholderText: qsTr("lon, lat")
                            }
                            TextField {
                                id: handText
                                Layout.fillWidth: true
                                placeholderText: qsTr("A report of your own…")
                            }
                            Button {
                                text: qsTr("Report")
                                enabled: page.console.prepared && !page.console.ended && handClass.text.length > 0 && handText.text.length > 0
                                onClicked: { page.console.injectReport(handClass.text, handPlace.text, handText.text); handText.text = "" }
                            }
                        }
                        RowLayout {
                            TextField {
                                id: noticeText
                                Layout.fillWidth: true
                                placeholderText: qsTr("Tell every trainee…")
                            }
                            Button {
                                text: qsTr("Send")
                                enabled: page.console.prepared && noticeText.text.length > 0
                                onClicked: { page.console.notifyAll(noticeText.text, ""); noticeText.text = "" }
                            }
                        }
                    }
                }
            }

            // Seats live, and the chosen trainee's debrief.
            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: 12
                Panel {
                    Layout.fillWidth: true
                    Layout.preferredHeight: 220
                    title: qsTr("Seats")
                    ListView {
                        objectName: "seatList"
                        anchors.fill: parent
                        clip: true
                        spacing: 4
                        model: page.console.seats
                        header: RowLayout {
                            width: ListView.view.width
                            Label { text: qsTr("Trainee"); color: Theme.textMuted; Layout.preferredWidth: 160 }
                            Label { text: qsTr("Minute"); color: Theme.textMuted; Layout.preferredWidth: 60 }
                            Label { text: qsTr("Open"); color: Theme.textMuted; Layout.preferredWidth: 60 }
                            Label { text: qsTr("Actions"); color: Theme.textMuted; Layout.preferredWidth: 70 }
                            Label { text: qsTr("Last action"); color: Theme.textMuted; Layout.fillWidth: true }
                            Label { text: qsTr("Score"); color: Theme.textMuted; Layout.preferredWidth: 60 }
                        }
                        delegate: ItemDelegate {
                            required property int index
                            required property string traineeName
                            required property string location
                            required property int minute
                            required property int openCases
                            required property int actions
                            required property string lastAction
                            required property int score
                            required property string problem
                            width: ListView.view.width
                            highlighted: index === page.console.selectedSeat
                            onClicked: page.console.selectSeat(index)
                            contentItem: ColumnLayout {
                                RowLayout {
                                    Label { text: traineeName; color: Theme.text; font.bold: true; Layout.preferredWidth: 160 }
                                    Label { text: minute; color: Theme.text; Layout.preferredWidth: 60 }
                                    Label { text: openCases; color: Theme.text; Layout.preferredWidth: 60 }
                                    Label { text: actions; color: Theme.text; Layout.preferredWidth: 70 }
                                    Label { text: lastAction; color: Theme.text; Layout.fillWidth: true; elide: Text.ElideRight }
                                    Label {
                                        text: score < 0 ? "–" : score
                                        color: score < 0 ? Theme.textMuted : score >= 85 ? Theme.good : score >= 60 ? Theme.warning : Theme.danger
                                        font.bold: true
                                        Layout.preferredWidth: 60
                                    }
                                }
                                Label {
                                    text: problem.length > 0 ? problem : qsTr("Seat: %1").arg(location)
                                    color: problem.length > 0 ? Theme.danger : Theme.textMuted
                                    font.pixelSize: Theme.fontSize - 2
                                    elide: Text.ElideMiddle
                                    Layout.fillWidth: true
                                }
                            }
                        }
                        Label {
                            anchors.centerIn: parent
                            visible: parent.count === 0
                            text: qsTr("Choose an exercise and trainees, then prepare the seats.")
                            color: Theme.textMuted
                        }
                    }
                }
                Panel {
                    Layout.fillWidth: true
                    Layout.preferredHeight: 200
                    title: qsTr("The trainee's board")
                    ListView {
                        objectName: "seatQueue"
                        anchors.fill: parent
                        clip: true
                        model: page.console.queue
                        delegate: RowLayout {
                            required property string caseNumber
                            required property string itemId
                            required property string className
                            required property string stateName
                            required property string since
                            width: ListView.view.width
                            Label { text: caseNumber; color: Theme.text; Layout.preferredWidth: 130 }
                            Label { text: itemId; color: Theme.textMuted; Layout.preferredWidth: 50 }
                            Label { text: className; color: Theme.text; Layout.fillWidth: true; elide: Text.ElideRight }
                            Label { text: stateName; color: Theme.text; Layout.preferredWidth: 90 }
                            Label { text: since; color: Theme.textMuted; Layout.preferredWidth: 50 }
                        }
                        Label {
                            anchors.centerIn: parent
                            visible: parent.count === 0
                            text: page.console.selectedSeat < 0 ? qsTr("Choose a seat.") : qsTr("No open case.")
                            color: Theme.textMuted
                        }
                    }
                }
                Panel {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    title: page.report.hasScore ? qsTr("Debrief: %1 — %2 points").arg(page.report.trainee).arg(page.report.score)
                                                : qsTr("Debrief")
                    ColumnLayout {
                        anchors.fill: parent
                        RowLayout {
                            Layout.fillWidth: true
                            Label {
                                Layout.fillWidth: true
                                text: page.report.hasScore ? page.report.summary : qsTr("Choose a seat.")
                                color: Theme.textMuted
                                wrapMode: Text.Wrap
                            }
                            Button {
                                text: qsTr("PDF…")
                                enabled: page.report.hasScore
                                onClicked: pdfDialog.open()
                            }
                        }
                        ListView {
                            objectName: "debriefList"
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            clip: true
                            model: page.report.debrief
                            delegate: RowLayout {
                                required property string time
                                required property int minute
                                required property string itemId
                                required property string caseNumber
                                required property string action
                                required property string actual
                                required property string expected
                                required property bool ok
                                width: ListView.view.width
                                Label { text: time + " (" + minute + "′)"; color: Theme.textMuted; Layout.preferredWidth: 110 }
                                Label { text: itemId; color: Theme.text; Layout.preferredWidth: 50 }
                                Label { text: action; color: Theme.text; Layout.preferredWidth: 110 }
                                Label { text: actual; color: Theme.text; Layout.preferredWidth: 200; elide: Text.ElideRight }
                                Label {
                                    text: ok ? "✓" : qsTr("✗ expected %1").arg(expected)
                                    color: ok ? Theme.good : Theme.danger
                                    Layout.fillWidth: true
                                    elide: Text.ElideRight
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    FileDialog {
        id: exerciseDialog
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("Exercises (*.json)")]
        onAccepted: page.catalog.addFile(selectedFile)
    }
    FileDialog {
        id: pdfDialog
        fileMode: FileDialog.SaveFile
        nameFilters: [qsTr("PDF (*.pdf)")]
        onAccepted: page.report.exportPdf(selectedFile)
    }
}
