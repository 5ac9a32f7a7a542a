import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Yiwang.Ui
import Yiwang.Modules.Overview

// 值班总览: key figures, cases by state, and live activity from every workstation.
Item {
    id: page
    required property OverviewBackend workspace

    ColumnLayout {
        anchors { fill: parent; margins: 20 }
        spacing: 16

        Label {
            text: qsTr("Duty overview")
            color: Theme.text
            font.pixelSize: Theme.titleSize + 2
            font.bold: true
        }
        Label {
            visible: page.workspace && page.workspace.error.length > 0
            text: page.workspace.error
            color: Theme.danger
        }

        RowLayout {
            spacing: 16
            Layout.fillWidth: true
            Repeater {
                model: [
                    { label: qsTr("Open cases"), value: page.workspace.openCount, tone: Theme.accent },
                    { label: qsTr("Closed"), value: page.workspace.closedCount, tone: Theme.good },
                    { label: qsTr("All cases"), value: page.workspace.totalCount, tone: Theme.text }
                ]
                Panel {
                    required property var modelData
                    Layout.fillWidth: true
                    Layout.preferredHeight: 120
                    title: modelData.label
                    Label {
                        anchors { left: parent.left; bottom: parent.bottom }
                        text: Number(modelData.value).toLocaleString(Qt.locale(), "f", 0)
                        color: modelData.tone
                        font.pixelSize: 48
                        font.bold: true
                    }
                }
            }
        }

        RowLayout {
            spacing: 16
            Layout.fillWidth: true
            Layout.fillHeight: true

            Panel {
                title: qsTr("Cases by state")
                Layout.preferredWidth: 420
                Layout.fillHeight: true
                ListView {
                    objectName: "stateList"
                    anchors.fill: parent
                    clip: true
                    model: page.workspace.states
                    delegate: RowLayout {
                        required property string name
                        required property int count
                        required property bool isFinal
                        width: ListView.view.width
                        height: 30
                        Label { text: name; color: isFinal ? Theme.textMuted : Theme.text; Layout.fillWidth: true }
                        Label { text: count; color: count > 0 ? Theme.text : Theme.textMuted; font.bold: count > 0 }
                    }
                }
            }

            Panel {
                title: qsTr("Live activity")
                Layout.fillWidth: true
                Layout.fillHeight: true
                ListView {
                    objectName: "activityList"
                    anchors.fill: parent
                    clip: true
                    model: page.workspace.activity
                    delegate: RowLayout {
                        required property string time
                        required property var caseId
                        required property string action
                        required property string transition
                        required property string actor
                        required property string workstation
                        width: ListView.view.width
                        height: 30
                        spacing: 16
                        Label { text: time; color: Theme.textMuted; Layout.preferredWidth: 80 }
                        Label { text: qsTr("Case %1").arg(caseId); color: Theme.text; Layout.preferredWidth: 110 }
                        Label { text: action; color: Theme.accent; Layout.preferredWidth: 140 }
                        Label { text: transition; color: Theme.text; Layout.fillWidth: true; elide: Text.ElideRight }
                        Label { text: actor + " @ " + workstation; color: Theme.textMuted }
                    }
                    Label {
                        anchors.centerIn: parent
                        visible: parent.count === 0
                        text: qsTr("No activity yet. Changes from every workstation appear here as they happen.")
                        color: Theme.textMuted
                    }
                }
            }
        }
    }
}
