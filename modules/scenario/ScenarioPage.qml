import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Yiwang.Ui
import Yiwang.Modules.Scenario

// 场景构建: a scenario running live (a template or a saved one), its controls and cross-filters,
// the drill-down to cases, full-screen presenting (Esc leaves), and the editor (canvas, widgets,
// sources) for those who may change scenarios. ScenarioWorkspace holds all of it.
Item {
    id: page
    objectName: "scenarioPage"
    required property ScenarioWorkspace workspace
    readonly property ScenarioRun run: workspace.run
    readonly property CanvasEditor editor: workspace.editor
    // The screenshot waits while the sources are being read.
    readonly property bool busy: workspace.busy

    FileDialog {
        id: exportDialog
        fileMode: FileDialog.SaveFile
        nameFilters: [qsTr("Scenario (*.json)")]
        onAccepted: page.workspace.exportTo(selectedFile)
    }
    FileDialog {
        id: importDialog
        nameFilters: [qsTr("Scenario (*.json)")]
        onAccepted: page.workspace.importFrom(selectedFile)
    }
    Dialog {
        id: publishDialog
        title: qsTr("Publish this scenario")
        standardButtons: Dialog.Ok | Dialog.Cancel
        anchors.centerIn: parent
        modal: true
        TextField { id: note; width: 360; placeholderText: qsTr("What changed (for the history)") }
        onAccepted: { page.workspace.publish(note.text); note.clear() }
    }

    // Keys: Esc clears the cross-filters (or leaves full screen); the editor's keys while editing.
    Shortcut { sequence: "Esc"; onActivated: presenter.opened ? presenter.close() : page.run.clearFilters() }
    Shortcut { sequence: "F11"; onActivated: presenter.open() }
    Shortcut { enabled: page.workspace.editing; sequences: [StandardKey.Undo]; onActivated: page.editor.undo() }
    Shortcut { enabled: page.workspace.editing; sequences: [StandardKey.Redo]; onActivated: page.editor.redo() }
    Shortcut { enabled: page.workspace.editing; sequences: [StandardKey.Copy]; onActivated: page.editor.copy() }
    Shortcut { enabled: page.workspace.editing; sequences: [StandardKey.Cut]; onActivated: page.editor.cut() }
    Shortcut { enabled: page.workspace.editing; sequences: [StandardKey.Paste]; onActivated: page.editor.paste() }
    Shortcut { enabled: page.workspace.editing; sequences: [StandardKey.SelectAll]; onActivated: page.editor.selectAll() }
    Shortcut { enabled: page.workspace.editing; sequences: [StandardKey.Delete]; onActivated: page.editor.removeSelected() }
    Shortcut { enabled: page.workspace.editing; sequences: [StandardKey.Save]; onActivated: page.workspace.save() }
    // Arrow keys nudge the selection by one canvas pixel, ten with Shift.
    Shortcut { enabled: page.workspace.editing; sequence: "Left"; onActivated: page.editor.nudge(-1, 0) }
    Shortcut { enabled: page.workspace.editing; sequence: "Right"; onActivated: page.editor.nudge(1, 0) }
    Shortcut { enabled: page.workspace.editing; sequence: "Up"; onActivated: page.editor.nudge(0, -1) }
    Shortcut { enabled: page.workspace.editing; sequence: "Down"; onActivated: page.editor.nudge(0, 1) }
    Shortcut { enabled: page.workspace.editing; sequence: "Shift+Left"; onActivated: page.editor.nudge(-10, 0) }
    Shortcut { enabled: page.workspace.editing; sequence: "Shift+Right"; onActivated: page.editor.nudge(10, 0) }
    Shortcut { enabled: page.workspace.editing; sequence: "Shift+Up"; onActivated: page.editor.nudge(0, -10) }
    Shortcut { enabled: page.workspace.editing; sequence: "Shift+Down"; onActivated: page.editor.nudge(0, 10) }

    ColumnLayout {
        anchors { fill: parent; margins: 12 }
        spacing: 8

        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            // The title gives way (elided) so that the buttons always fit.
            Label {
                objectName: "scenarioTitle"
                Layout.fillWidth: true
                Layout.minimumWidth: 80
                text: page.run.title
                elide: Text.ElideRight
                color: Theme.text
                font.pixelSize: Theme.titleSize
                font.bold: true
            }
            Label { text: page.workspace.revisionText; color: Theme.textMuted }
            ComboBox {
                id: catalogPick
                objectName: "scenarioCatalog"
                Layout.preferredWidth: 220
                model: page.workspace.catalog
                textRole: "title"
                valueRole: "key"
                currentIndex: indexOfValue(page.workspace.currentKey)
                enabled: !page.workspace.editing
                onActivated: page.workspace.open(currentValue)
                Accessible.name: qsTr("Scenario to show")
            }
            Button {
                text: qsTr("Full screen")
                onClicked: presenter.open()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("F11; Esc leaves")
            }
            Button {
                visible: page.workspace.canEdit && !page.workspace.editing
                text: qsTr("Edit")
                onClicked: page.workspace.edit()
            }
            Button {
                visible: page.workspace.canEdit && !page.workspace.editing
                text: qsTr("New…")
                onClicked: newMenu.open()
                Menu {
                    id: newMenu
                    MenuItem { text: qsTr("Desk screen 1920×1080"); onTriggered: page.workspace.newScenario("desk") }
                    MenuItem { text: qsTr("Video wall 7680×2160"); onTriggered: page.workspace.newScenario("wall") }
                    MenuItem { text: qsTr("Import a file…"); onTriggered: importDialog.open() }
                }
            }
            Button { visible: page.workspace.editing; text: "↶"; enabled: page.editor.canUndo; onClicked: page.editor.undo()
                     ToolTip.visible: hovered; ToolTip.text: qsTr("Undo %1").arg(page.editor.undoText) }
            Button { visible: page.workspace.editing; text: "↷"; enabled: page.editor.canRedo; onClicked: page.editor.redo() }
            Button { visible: page.workspace.canEdit; text: qsTr("Save"); onClicked: page.workspace.save() }
            Button { visible: page.workspace.canEdit; text: qsTr("Publish…"); onClicked: publishDialog.open() }
            Button { visible: page.workspace.editing; text: qsTr("Done"); onClicked: page.workspace.stopEditing(true) }
            Button {
                visible: page.workspace.history.count > 0
                text: qsTr("History…")
                onClicked: historyPopup.open()
            }
            Button { text: qsTr("Export…"); onClicked: exportDialog.open() }
            Button {
                objectName: "sendScenarioToWall"
                visible: page.workspace.canSendToWall() && !page.workspace.editing
                text: qsTr("Send to wall")
                onClicked: page.workspace.sendToWall()
            }
        }

        // The scenario's controls, then the cross-filters clicked on its widgets.
        RowLayout {
            Layout.fillWidth: true
            spacing: 10
            visible: page.run.controls.count > 0 || page.run.activeFilters.length > 0
            Repeater {
                model: page.run.controls
                RowLayout {
                    required property string name
                    required property string title
                    required property string value
                    required property var choices
                    Label { text: title; color: Theme.textMuted }
                    ComboBox {
                        objectName: "control-" + name
                        model: choices
                        textRole: "name"
                        valueRole: "key"
                        implicitContentWidthPolicy: ComboBox.WidestText
                        currentIndex: choices ? choices.indexOf(value) : 0
                        onActivated: page.run.setControl(name, currentValue)
                    }
                }
            }
            Item { Layout.fillWidth: true }
            Repeater {
                model: page.run.activeFilters
                Rectangle {
                    required property string modelData
                    color: Theme.accentSoft
                    radius: height / 2
                    implicitWidth: chip.implicitWidth + 20
                    implicitHeight: chip.implicitHeight + 8
                    Label { id: chip; anchors.centerIn: parent; text: modelData; color: Theme.text }
                }
            }
            Button {
                objectName: "clearFilters"
                visible: page.run.activeFilters.length > 0
                text: qsTr("Clear filters (Esc)")
                onClicked: page.run.clearFilters()
            }
        }

        Label {
            visible: page.workspace.message.length > 0
            text: page.workspace.message
            color: Theme.warning
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 8
            Item {
                id: stage
                Layout.fillWidth: true
                Layout.fillHeight: true
                ScenarioCanvas {
                    id: canvas
                    objectName: "scenarioCanvas"
                    anchors.centerIn: parent
                    run: page.run
                    editor: page.editor
                    editing: page.workspace.editing
                    availableWidth: stage.width
                    availableHeight: stage.height
                }
                BusyIndicator {
                    anchors.centerIn: parent
                    running: page.workspace.busy
                }
            }
            EditorPanel {
                visible: page.workspace.editing
                Layout.preferredWidth: 400
                Layout.maximumWidth: 400
                Layout.fillHeight: true
                editor: page.editor
                builder: page.workspace.queryBuilder
                canvasCenterX: page.run.canvasWidth / 2
                canvasCenterY: page.run.canvasHeight / 2
            }
        }
    }

    // The cases behind a figure: a double click (a click on a KPI tile) lists them; a click on
    // one opens it in dispatch.
    Popup {
        id: drillPopup
        objectName: "drillPopup"
        visible: page.run.drillTitle.length > 0
        onClosed: page.run.closeDrill()
        anchors.centerIn: parent
        width: Math.min(page.width * 0.7, 1100)
        height: Math.min(page.height * 0.75, 720)
        modal: true
        padding: 12
        background: Rectangle { color: Theme.panel; border.color: Theme.border; radius: Theme.radius }
        ColumnLayout {
            anchors.fill: parent
            Label {
                text: qsTr("Cases: %1 (%2)").arg(page.run.drillTitle).arg(page.run.drillTable.count)
                color: Theme.text
                font.pixelSize: Theme.fontSize + 2
                font.bold: true
            }
            Label {
                visible: page.run.drillTable.error.length > 0
                text: page.run.drillTable.error
                color: Theme.warning
            }
            ListView {
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: page.run.drillTable
                delegate: ItemDelegate {
                    id: drillRow
                    required property int index
                    required property var cells
                    required property var caseId
                    required property bool hasPlace
                    width: ListView.view.width
                    text: cells.join("   ")
                    onClicked: if (page.run.openCase(caseId)) drillPopup.close()
                    // The case on the one map, close up.
                    Button {
                        anchors { right: parent.right; verticalCenter: parent.verticalCenter; rightMargin: 8 }
                        visible: drillRow.hasPlace && page.run.canShowOnMap()
                        text: qsTr("Map")
                        flat: true
                        onClicked: if (page.run.showDrillOnMap(drillRow.index)) drillPopup.close()
                    }
                }
                ScrollBar.vertical: ScrollBar {}
            }
        }
    }

    // The published revisions: who, when, why; what one changes against the draft; restore.
    Popup {
        id: historyPopup
        objectName: "historyPopup"
        anchors.centerIn: parent
        width: Math.min(page.width * 0.7, 1000)
        height: Math.min(page.height * 0.75, 700)
        modal: true
        padding: 12
        background: Rectangle { color: Theme.panel; border.color: Theme.border; radius: Theme.radius }
        RowLayout {
            anchors.fill: parent
            spacing: 12
            ListView {
                Layout.preferredWidth: parent.width * 0.45
                Layout.fillHeight: true
                clip: true
                model: page.workspace.history
                delegate: ItemDelegate {
                    id: revisionRow
                    required property int revision
                    required property string by
                    required property string at
                    required property string note
                    width: ListView.view.width
                    highlighted: page.workspace.history.compared === revision
                    text: qsTr("r%1 · %2 · %3").arg(revision).arg(by).arg(at) + (note ? "\n" + note : "")
                    onClicked: page.workspace.history.compare(revision)
                    Button {
                        anchors { right: parent.right; verticalCenter: parent.verticalCenter; rightMargin: 8 }
                        visible: page.workspace.canEdit
                        text: qsTr("Restore")
                        flat: true
                        onClicked: if (page.workspace.restore(revisionRow.revision) === "") historyPopup.close()
                    }
                }
            }
            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Label {
                    text: page.workspace.history.compared > 0
                          ? qsTr("From revision %1 to the draft").arg(page.workspace.history.compared)
                          : qsTr("Click a revision to see what the draft changes.")
                    color: Theme.text
                    font.bold: true
                }
                ListView {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: page.workspace.history.changes
                    delegate: Label {
                        required property string modelData
                        width: ListView.view.width
                        text: modelData
                        color: modelData.startsWith("+") ? Theme.good : modelData.startsWith("−") ? Theme.danger : Theme.text
                        wrapMode: Text.Wrap
                    }
                }
            }
        }
    }

    // Full screen: the canvas alone over the whole window, the window full screen; Esc leaves.
    Popup {
        id: presenter
        parent: Overlay.overlay
        x: 0; y: 0
        width: parent ? parent.width : 0
        height: parent ? parent.height : 0
        padding: 0
        modal: true
        closePolicy: Popup.CloseOnEscape
        property int before: Window.Windowed
        onOpened: { before = Window.window.visibility; Window.window.visibility = Window.FullScreen }
        onClosed: Window.window.visibility = before
        background: Rectangle { color: "black" }
        ScenarioCanvas {
            anchors.centerIn: parent
            run: page.run
            editor: page.editor
            editing: false
            availableWidth: presenter.width
            availableHeight: presenter.height
        }
    }
}
