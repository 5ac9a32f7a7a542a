import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Dialogs
import Yiwang.Ui
import Yiwang.Modules.Dispatch

// 指挥协调: the queue board (most urgent first) and the selected case with the actions the
// signed-in user may take. Keys: / search, ↑↓ move, Ctrl+Shift+S sort, Alt+1…9 the actions, Space tick for
// a batch, Ctrl+Shift+A tick all shown, Ctrl+I the opinion field, Esc clear ticks, Ctrl+K acknowledge, Ctrl+M mute, Ctrl+E note,
// F2…F6 the views.
Item {
    id: page
    required property DispatchWorkspace workspace
    readonly property CaseQueue queue: workspace.queue
    readonly property CaseDetail detail: workspace.detail
    readonly property CaseActions actions: workspace.actions

    function lightColour(light) {
        return light === "Red" ? Theme.danger : light === "Yellow" ? Theme.warning
             : light === "Green" ? Theme.good : Theme.textMuted
    }

    Shortcut { sequence: "/"; onActivated: search.forceActiveFocus() }
    Shortcut { sequence: "Ctrl+N"; onActivated: intakePanel.open() }
    Shortcut { sequence: "Ctrl+K"; onActivated: page.actions.acknowledge() }
    Shortcut { sequence: "Ctrl+M"; onActivated: muteMenu.popup(muteButton, 0, muteButton.height) }
    Shortcut { sequence: "Ctrl+E"; onActivated: noteField.forceActiveFocus() }
    Shortcut { sequence: "Ctrl+Shift+A"; onActivated: page.queue.checkAllShown() }
    Shortcut { sequence: "Ctrl+I"; onActivated: note.forceActiveFocus() }
    // Ctrl+Shift+S: the next sort column (time left, case, class, state, place, owner).
    Shortcut { sequence: "Ctrl+Shift+S"; onActivated: page.queue.sortByNext() }
    Shortcut { sequence: "Ctrl+P"; enabled: !intakePanel.opened; onActivated: photoDialog.open() }

    FileDialog {
        id: photoDialog
        title: qsTr("Add photos to the case")
        fileMode: FileDialog.OpenFiles
        nameFilters: [qsTr("Photos (*.jpg *.jpeg *.png)")]
        onAccepted: { for (const f of selectedFiles) page.detail.attach(f) }
    }
    Shortcut { sequence: "Esc"; enabled: page.queue.checkedCount > 0; onActivated: page.queue.clearChecked() }

    Connections {
        target: page.workspace
        function onReportRequested(place) { intakePanel.startAt(place) }
    }

    IntakePanel {
        id: intakePanel
        desk: page.workspace.intake
        parent: Overlay.overlay
    }

    RowLayout {
        anchors { fill: parent; margins: 16 }
        spacing: 16

        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: 1 // takes what the detail panel leaves, whatever its contents want
            Layout.fillHeight: true
            spacing: 12

            RowLayout {
                spacing: 16
                Label {
                    text: qsTr("Case queue")
                    color: Theme.text
                    font.pixelSize: Theme.titleSize
                    font.bold: true
                }
                Repeater {
                    model: [
                        { label: qsTr("Overdue"), value: page.queue.red, tone: Theme.danger },
                        { label: qsTr("Due soon"), value: page.queue.yellow, tone: Theme.warning },
                        { label: qsTr("In time"), value: page.queue.green, tone: Theme.good },
                        { label: qsTr("Open"), value: page.queue.total, tone: Theme.text }
                    ]
                    Rectangle {
                        required property var modelData
                        radius: 12
                        color: Theme.panelRaised
                        implicitWidth: pill.implicitWidth + 24
                        implicitHeight: 28
                        Label {
                            id: pill
                            anchors.centerIn: parent
                            text: parent.modelData.label + "  " + parent.modelData.value
                            color: parent.modelData.tone
                            font.bold: true
                        }
                    }
                }
                Button {
                    objectName: "newCaseButton"
                    text: qsTr("New case  (Ctrl+N)")
                    highlighted: true
                    onClicked: intakePanel.open()
                }
                TextField {
                    id: search
                    objectName: "queueSearch"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.maximumWidth: 320
                    placeholderText: qsTr("Search number, class, place  ( / )")
                    onTextChanged: page.queue.search = text
                    Keys.onDownPressed: queueList.forceActiveFocus()
                }
            }

            RowLayout {
                spacing: 8
                Layout.fillWidth: true
                Repeater {
                    model: page.queue.views
                    Button {
                        id: viewButton
                        required property string key
                        required property string name
                        required property int count
                        required property int index
                        objectName: "view" + key
                        flat: page.queue.view !== key
                        highlighted: page.queue.view === key
                        text: name + "  " + count + "   F" + (index + 2)
                        onClicked: page.queue.view = key
                        Shortcut { sequence: "F" + (viewButton.index + 2); onActivated: viewButton.clicked() }
                    }
                }
                Item { Layout.fillWidth: true }
                Label {
                    objectName: "checkedLabel"
                    visible: page.queue.checkedCount > 0
                    text: qsTr("%1 ticked: actions apply to all (Esc clears)").arg(page.queue.checkedCount)
                    color: Theme.accent
                    font.bold: true
                }
            }

            Panel {
                Layout.fillWidth: true
                Layout.fillHeight: true

                ColumnLayout {
                    anchors.fill: parent
                    spacing: 4
                    RowLayout {
                        spacing: 12
                        Layout.fillWidth: true
                        Item { Layout.preferredWidth: 14 }
                        Item { Layout.preferredWidth: 14 }
                        Label {
                            text: qsTr("Case") + (page.queue.sortKey === "case" ? (page.queue.sortDescending ? " ▼" : " ▲") : "")
                            color: Theme.textMuted; Layout.preferredWidth: 120
                            MouseArea { anchors.fill: parent; onClicked: page.queue.sortBy("case") }
                        }
                        Label {
                            text: qsTr("Class") + (page.queue.sortKey === "class" ? (page.queue.sortDescending ? " ▼" : " ▲") : "")
                            color: Theme.textMuted; Layout.preferredWidth: 130
                            MouseArea { anchors.fill: parent; onClicked: page.queue.sortBy("class") }
                        }
                        Label {
                            text: qsTr("State") + (page.queue.sortKey === "state" ? (page.queue.sortDescending ? " ▼" : " ▲") : "")
                            color: Theme.textMuted; Layout.preferredWidth: 80
                            MouseArea { anchors.fill: parent; onClicked: page.queue.sortBy("state") }
                        }
                        Label {
                            text: qsTr("Place") + (page.queue.sortKey === "place" ? (page.queue.sortDescending ? " ▼" : " ▲") : "")
                            color: Theme.textMuted; Layout.fillWidth: true; Layout.preferredWidth: 1
                            MouseArea { anchors.fill: parent; onClicked: page.queue.sortBy("place") }
                        }
                        Label {
                            text: qsTr("Owner") + (page.queue.sortKey === "owner" ? (page.queue.sortDescending ? " ▼" : " ▲") : "")
                            color: Theme.textMuted; Layout.preferredWidth: 150
                            MouseArea { anchors.fill: parent; onClicked: page.queue.sortBy("owner") }
                        }
                        Label {
                            text: qsTr("Time left") + (page.queue.sortKey === "remaining" ? (page.queue.sortDescending ? " ▼" : " ▲") : "")
                            color: Theme.textMuted; Layout.preferredWidth: 120
                            MouseArea { anchors.fill: parent; onClicked: page.queue.sortBy("remaining") }
                        }
                        Label { text: qsTr("Board"); color: Theme.textMuted; Layout.preferredWidth: 80 }
                    }
                    ListView {
                        id: queueList
                        objectName: "queueList"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        clip: true
                        focus: true
                        keyNavigationEnabled: true
                        highlightMoveDuration: 0
                        model: page.queue.rows
                        ScrollBar.vertical: ScrollBar {}
                        // Moving the cursor selects; a refresh, a search or another view keeps the
                        // cursor on the selected case (or, when it is not shown, on the first row,
                        // which is then selected), so the two never disagree.
                        onCurrentIndexChanged: if (currentItem && currentItem.caseId !== page.detail.caseId)
                                                   page.detail.select(currentItem.caseId)
                        function followSelection() {
                            const row = page.queue.shownRowOf(page.detail.caseId)
                            if (row >= 0) {
                                currentIndex = row
                            } else {
                                currentIndex = -1
                                if (count > 0) currentIndex = 0
                            }
                        }
                        Connections {
                            target: page.queue
                            function onCountsChanged() { Qt.callLater(queueList.followSelection) }
                            function onFilterChanged() { Qt.callLater(queueList.followSelection) }
                        }
                        Connections {
                            target: page.detail
                            function onSummaryChanged() { Qt.callLater(queueList.followSelection) }
                        }
                        Keys.onSpacePressed: if (currentItem) page.queue.toggleChecked(currentItem.caseId)
                        highlight: Rectangle { color: Theme.accentSoft; radius: 3 }
                        delegate: Item {
                            id: row
                            required property int index
                            required property var caseId
                            required property string caseNumber
                            required property string className
                            required property string stateName
                            required property string area
                            required property string owner
                            required property string remaining
                            required property string light
                            required property int supervision
                            required property bool checked
                            required property string acknowledgedBy
                            required property bool muted
                            required property string mutedUntil
                            required property string note
                            required property bool coordination
                            width: ListView.view.width
                            opacity: row.muted ? 0.55 : 1
                            height: 32
                            MouseArea {
                                anchors.fill: parent
                                onClicked: { queueList.currentIndex = row.index; queueList.forceActiveFocus() }
                            }
                            RowLayout {
                                anchors.fill: parent
                                spacing: 12
                                Rectangle {
                                    Layout.preferredWidth: 14; Layout.preferredHeight: 14; radius: 2
                                    color: row.checked ? Theme.accent : "transparent"
                                    border.color: row.checked ? Theme.accent : Theme.textMuted
                                    border.width: 1
                                    MouseArea { anchors.fill: parent; onClicked: page.queue.toggleChecked(row.caseId) }
                                }
                                Rectangle {
                                    Layout.preferredWidth: 14; Layout.preferredHeight: 14; radius: 7
                                    color: page.lightColour(row.light)
                                }
                                Label { text: row.caseNumber; color: Theme.text; Layout.preferredWidth: 120 }
                                Label {
                                    text: row.className + (row.supervision > 0 ? "  ⚑" + row.supervision : "")
                                    color: Theme.text; elide: Text.ElideRight; Layout.preferredWidth: 130
                                }
                                Label { text: row.stateName; color: Theme.textMuted; Layout.preferredWidth: 80 }
                                Label { text: row.area; color: Theme.text; elide: Text.ElideRight; Layout.fillWidth: true; Layout.preferredWidth: 1 }
                                Label { text: row.owner; color: Theme.textMuted; elide: Text.ElideRight; Layout.preferredWidth: 150 }
                                Label {
                                    text: row.remaining
                                    color: page.lightColour(row.light)
                                    font.bold: row.light === "Red"
                                    elide: Text.ElideRight
                                    Layout.preferredWidth: 120
                                }
                                Label {
                                    // Shared marks: who acknowledged, muted until, a note, a dispute.
                                    text: (row.coordination ? qsTr("Dispute") + " " : "")
                                          + (row.muted ? qsTr("Muted %1").arg(row.mutedUntil)
                                                       : row.acknowledgedBy ? "✓ " + row.acknowledgedBy
                                                                            : qsTr("New"))
                                          + (row.note ? "  ✎" : "")
                                    color: row.acknowledgedBy || row.muted ? Theme.textMuted : Theme.warning
                                    font.bold: !row.acknowledgedBy && !row.muted
                                    elide: Text.ElideRight
                                    Layout.preferredWidth: 80
                                }
                            }
                        }
                    }
                }
            }
        }

        Panel {
            id: detail
            Layout.preferredWidth: 420
            Layout.fillHeight: true
            title: page.detail.summary.valid ? qsTr("Case %1").arg(page.detail.summary.caseNumber)
                                             : qsTr("No case selected")

            ColumnLayout {
                anchors.fill: parent
                spacing: 10
                clip: true
                visible: page.detail.summary.valid

                GridLayout {
                    columns: 2
                    columnSpacing: 12
                    rowSpacing: 6
                    Layout.fillWidth: true
                    Label { text: qsTr("Class"); color: Theme.textMuted }
                    Label { text: page.detail.summary.className + " (" + page.detail.summary.classCode + ")"; color: Theme.text; Layout.fillWidth: true; Layout.preferredWidth: 1; elide: Text.ElideRight }
                    Label { text: qsTr("State"); color: Theme.textMuted }
                    Label { objectName: "selectedState"; text: page.detail.summary.state; color: Theme.accent; font.bold: true }
                    Label { text: qsTr("Source"); color: Theme.textMuted }
                    Label { text: page.detail.summary.source; color: Theme.text }
                    Label { text: qsTr("Place"); color: Theme.textMuted }
                    Label { text: page.detail.summary.place; color: Theme.text; Layout.fillWidth: true; Layout.preferredWidth: 1; elide: Text.ElideRight }
                    Label { text: qsTr("Time left"); color: Theme.textMuted }
                    Label { text: page.detail.summary.remaining; color: Theme.text }
                    Label { text: qsTr("Owner"); color: Theme.textMuted }
                    Label {
                        text: page.detail.summary.owner || qsTr("proposed: %1").arg(page.detail.summary.proposedOwner)
                        color: Theme.text; Layout.fillWidth: true; Layout.preferredWidth: 1; wrapMode: Text.Wrap
                    }
                }
                Label {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    text: page.detail.summary.description
                    color: Theme.text
                    wrapMode: Text.Wrap
                    maximumLineCount: 3
                }

                RowLayout {
                    Layout.fillWidth: true
                    spacing: 8
                    Button {
                        objectName: "acknowledgeButton"
                        text: qsTr("Acknowledge  (Ctrl+K)")
                        onClicked: page.actions.acknowledge()
                    }
                    Button {
                        objectName: "sendCaseToWall"
                        visible: page.detail.canSendToWall()
                        text: qsTr("Send to wall")
                        onClicked: page.detail.sendToWall()
                    }
                    Button {
                        id: muteButton
                        objectName: "muteButton"
                        text: qsTr("Mute…  (Ctrl+M)")
                        onClicked: muteMenu.popup(muteButton, 0, muteButton.height)
                    }
                    Menu {
                        id: muteMenu
                        Repeater {
                            model: [15, 30, 60]
                            MenuItem {
                                required property int modelData
                                text: qsTr("%1 minutes").arg(modelData)
                                onTriggered: page.actions.mute(modelData)
                            }
                        }
                        MenuItem { text: qsTr("Unmute"); onTriggered: page.actions.mute(0) }
                    }
                    Label {
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        elide: Text.ElideRight
                        color: Theme.textMuted
                        text: !page.detail.summary.valid ? ""
                              : (page.detail.summary.acknowledgedBy ? qsTr("Acknowledged by %1").arg(page.detail.summary.acknowledgedBy) : qsTr("Not acknowledged"))
                                + (page.detail.summary.mutedUntil ? " · " + qsTr("muted until %1").arg(page.detail.summary.mutedUntil) : "")
                    }
                }
                TextField {
                    id: noteField
                    objectName: "boardNote"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    placeholderText: qsTr("Shared note for every workstation (Ctrl+E, Enter saves)")
                    onAccepted: { page.actions.setNote(text); queueList.forceActiveFocus() }
                    Connections {
                        target: page.detail
                        // Another workstation's note shows, unless this operator is writing one.
                        function onSummaryChanged() { if (!noteField.activeFocus) noteField.text = page.detail.summary.note }
                        function onFormReset() { noteField.text = page.detail.summary.note }
                    }
                }

                TextField {
                    id: note
                    objectName: "actionNote"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    placeholderText: qsTr("Opinion or reason  (Ctrl+I)")
                }
                ComboBox {
                    id: department
                    objectName: "departmentPicker"
                    // Chosen by hand: then it applies (to every ticked case too); else each case
                    // goes to its proposed owner.
                    property bool overridden: false
                    onActivated: overridden = true
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    visible: page.actions.needsDepartment
                    model: page.workspace.departments
                    textRole: "name"
                    valueRole: "id"
                    Connections {
                        target: page.detail
                        function onFormReset() {
                            department.currentIndex = department.indexOfValue(page.detail.summary.proposedDepartmentId)
                            department.overridden = false
                            note.text = ""
                        }
                        // A reload keeps the operator's choice; it only fills an untouched list.
                        function onSummaryChanged() {
                            if (!department.overridden)
                                department.currentIndex = department.indexOfValue(page.detail.summary.proposedDepartmentId)
                        }
                    }
                }
                RowLayout {
                    visible: page.actions.needsExtension
                    spacing: 8
                    Label { text: qsTr("Extension (hours)"); color: Theme.textMuted }
                    SpinBox {
                        id: extension
                        objectName: "extensionHours"
                        from: 1
                        to: 30 * 24
                        editable: true
                        value: 7
                        Connections {
                            target: page.detail
                            function onFormReset() {
                                extension.value = page.detail.summary.requestedExtensionHours > 0
                                                  ? Math.round(page.detail.summary.requestedExtensionHours) : 7
                            }
                        }
                    }
                }
                Label {
                    visible: page.detail.summary.supervision !== ""
                    text: "⚑ " + page.detail.summary.supervision
                    color: Theme.danger
                    font.bold: true
                }
                Label {
                    // The boundary prompt: the point is close to ground someone else owns.
                    objectName: "boundaryPrompt"
                    readonly property boundaryPrompt alt: page.detail.summary.boundary
                    visible: alt.valid
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    wrapMode: Text.Wrap
                    color: Theme.warning
                    text: alt.valid ? qsTr("Near a boundary: %1 m from a grid that %2 owns. Alt+1 keeps the proposed owner; Ctrl+O gives it to %2.")
                                .arg(alt.distance).arg(alt.name) : ""
                    Shortcut {
                        sequence: "Ctrl+O"
                        enabled: parent.visible
                        onActivated: {
                            department.currentIndex = department.indexOfValue(parent.alt.departmentId)
                            department.overridden = true
                        }
                    }
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: 8
                    Repeater {
                        model: page.actions.available
                        Button {
                            id: actionButton
                            required property string key
                            required property string name
                            required property bool needsExtension
                            required property int index
                            objectName: "action" + key
                            text: (index + 1) + "  " + name
                            highlighted: index === 0
                            // A department chosen by hand applies (to every ticked case too);
                            // else each case goes to its proposed owner.
                            onClicked: page.actions.act(key, note.text,
                                                        department.visible && (department.overridden || page.queue.checkedCount === 0)
                                                        ? department.currentValue : 0,
                                                        needsExtension ? extension.value : 0)
                            // (A Shortcut is not an Item: it names its button by id, not parent.)
                            Shortcut {
                                sequence: "Alt+" + (actionButton.index + 1)
                                onActivated: actionButton.clicked()
                            }
                        }
                    }
                }
                Label {
                    objectName: "actionMessage"
                    Layout.fillWidth: true
                    text: page.workspace.message
                    color: Theme.warning
                    wrapMode: Text.Wrap
                    visible: text.length > 0
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: 8
                    Label { text: qsTr("Photos"); color: Theme.textMuted }
                    Repeater {
                        model: page.detail.photos
                        Image {
                            required property string url
                            required property string name
                            required property string stage
                            required property string by
                            required property string time
                            Layout.preferredWidth: 64
                            Layout.preferredHeight: 48
                            fillMode: Image.PreserveAspectCrop
                            asynchronous: true
                            source: url
                            ToolTip.visible: photoArea.containsMouse
                            ToolTip.text: name + " · " + stage + " · " + by + " " + time
                            MouseArea { id: photoArea; anchors.fill: parent; hoverEnabled: true }
                        }
                    }
                    Button {
                        objectName: "addPhotoButton"
                        text: qsTr("Add photo…  (Ctrl+P)")
                        flat: true
                        onClicked: photoDialog.open()
                    }
                }
                Label { text: qsTr("History"); color: Theme.textMuted }
                ListView {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: page.detail.history
                    delegate: RowLayout {
                        required property string time
                        required property string action
                        required property string who
                        required property string note
                        width: ListView.view.width
                        spacing: 10
                        Label { text: parent.time; color: Theme.textMuted }
                        Label { text: parent.action; color: Theme.accent }
                        Label { text: parent.who; color: Theme.textMuted }
                        Label { text: parent.note; color: Theme.text; elide: Text.ElideRight; Layout.fillWidth: true }
                    }
                }
            }
        }
    }
}
