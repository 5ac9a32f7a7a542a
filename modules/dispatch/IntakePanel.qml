import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Dialogs
import Yiwang.Ui
import Yiwang.Modules.Dispatch

// The intake desk: one form for every channel. Type to find the class (name or code), give the
// place as "longitude, latitude" or a component code, preview (owner and duplicate candidates),
// then report. Enter moves on; Ctrl+Enter reports.
Popup {
    id: panel
    required property IntakeDesk desk
    readonly property intakeResult result: desk.result

    modal: true
    focus: true
    width: 720
    height: Math.min(parent ? parent.height - 40 : 800, 760)
    anchors.centerIn: parent
    padding: 20
    background: Rectangle { color: Theme.panel; border.color: Theme.accent; radius: Theme.radius }

    // The form's fields are the desk's properties (C++ reads, checks and files them).
    function doPreview() { desk.preview() }
    // Opens the desk with the place given (a map click); the class comes next.
    function startAt(placeText) {
        desk.startAt(placeText)
        classSearch.text = ""
        open()
        classSearch.forceActiveFocus()
    }
    function doSubmit() { if (desk.submit()) classSearch.text = "" }
    function mergeInto(caseId) { if (desk.submitAsDuplicate(caseId)) classSearch.text = "" }
    onOpened: classSearch.forceActiveFocus()

    Shortcut { sequence: "Ctrl+Return"; enabled: panel.opened; onActivated: panel.doSubmit() }
    Shortcut { sequence: "Ctrl+P"; enabled: panel.opened; onActivated: photoPicker.open() }

    FileDialog {
        id: photoPicker
        title: qsTr("Photos of the report")
        fileMode: FileDialog.OpenFiles
        nameFilters: [qsTr("Photos (*.jpg *.jpeg *.png)")]
        onAccepted: panel.desk.addPhotos(selectedFiles)
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 10

        Label { text: qsTr("New case"); color: Theme.text; font.pixelSize: Theme.titleSize; font.bold: true }
        RowLayout {
            spacing: 12
            ComboBox {
                id: source
                Layout.preferredWidth: 240
                model: panel.desk.sources
                textRole: "name"
                valueRole: "key"
                currentIndex: panel.desk.sources.indexOf(panel.desk.source)
                onActivated: panel.desk.source = currentValue
            }
            CheckBox {
                text: qsTr("Urgent")
                checked: panel.desk.urgent
                onToggled: panel.desk.urgent = checked
            }
        }
        TextField {
            id: classSearch
            objectName: "classSearch"
            Layout.fillWidth: true
            placeholderText: qsTr("Class: name, pinyin initials or code, e.g. 暴露垃圾, bllj or 06010")
            onTextChanged: panel.desk.classes.query = text
            Keys.onDownPressed: classList.forceActiveFocus()
            onAccepted: if (classList.count > 0) { classList.currentIndex = 0; classList.choose() }
        }
        ListView {
            id: classList
            Layout.fillWidth: true
            Layout.preferredHeight: 140
            clip: true
            model: panel.desk.classes
            highlight: Rectangle { color: Theme.accentSoft }
            function choose() {
                if (!currentItem) return
                panel.desk.classCode = currentItem.code
                classSearch.text = currentItem.code + " " + currentItem.name
                place.forceActiveFocus()
            }
            Keys.onReturnPressed: choose()
            delegate: ItemDelegate {
                required property int index
                required property string code
                required property string name
                required property string bigClass
                width: ListView.view.width
                height: 30
                text: code + "  " + name + "   · " + bigClass
                highlighted: code === panel.desk.classCode
                onClicked: { classList.currentIndex = index; classList.choose() }
            }
        }
        TextField {
            id: place
            objectName: "intakePlace"
            Layout.fillWidth: true
            placeholderText: qsTr("Place: longitude, latitude (e.g. 112.9823, 28.1963), a component code, or a community or street name")
            text: panel.desk.place
            onTextEdited: panel.desk.place = text
            onAccepted: description.forceActiveFocus()
        }
        TextField {
            id: description
            objectName: "intakeDescription"
            Layout.fillWidth: true
            placeholderText: qsTr("What the caller reports")
            text: panel.desk.description
            onTextEdited: panel.desk.description = text
            onAccepted: panel.doPreview()
        }
        TextField {
            Layout.fillWidth: true
            placeholderText: qsTr("Caller's name (optional)")
            text: panel.desk.reporter
            onTextEdited: panel.desk.reporter = text
        }
        RowLayout {
            spacing: 12
            Button { text: qsTr("Photos…  (Ctrl+P)"); flat: true; onClicked: photoPicker.open() }
            Label {
                Layout.fillWidth: true
                elide: Text.ElideMiddle
                color: Theme.textMuted
                text: panel.desk.photos.length === 0 ? qsTr("no photos")
                      : panel.desk.photos.map(p => decodeURIComponent(p.split("/").pop())).join(", ")
            }
        }
        RowLayout {
            spacing: 12
            Button { text: qsTr("Preview"); onClicked: panel.doPreview() }
            Button { objectName: "intakeSubmit"; text: qsTr("Report  (Ctrl+Enter)"); highlighted: true; onClicked: panel.doSubmit() }
            Item { Layout.fillWidth: true }
            Button { text: qsTr("Close"); flat: true; onClicked: panel.close() }
        }
        Label {
            Layout.fillWidth: true
            visible: panel.result.error !== ""
            text: panel.result.error
            color: Theme.danger
            wrapMode: Text.Wrap
        }
        GridLayout {
            visible: panel.result.valid && panel.result.error === ""
            columns: 2
            columnSpacing: 12
            Label { text: qsTr("Reported"); color: Theme.textMuted; visible: panel.result.caseNumber !== "" }
            Label { text: panel.result.caseNumber; color: Theme.good; font.bold: true; visible: panel.result.caseNumber !== "" }
            Label { text: qsTr("Place"); color: Theme.textMuted }
            Label { text: panel.result.place; color: Theme.text }
            Label { text: qsTr("Proposed owner"); color: Theme.textMuted }
            Label { text: panel.result.owner || qsTr("no routing rule: the dispatcher chooses"); color: Theme.text }
        }
        Label {
            visible: panel.result.duplicateCount > 0 && panel.result.caseNumber === ""
            text: qsTr("Possible duplicates: merge instead of filing twice")
            color: Theme.warning
        }
        Label {
            visible: panel.result.mergedInto !== ""
            text: qsTr("Filed as a repeat of %1 and merged into it").arg(panel.result.mergedInto)
            color: Theme.good
        }
        Repeater {
            model: panel.desk.duplicates
            RowLayout {
                id: candidate
                required property var caseId
                required property string caseNumber
                required property string state
                required property int distance
                required property int index
                spacing: 12
                Label {
                    text: qsTr("%1 · %2 · %3 m away").arg(candidate.caseNumber).arg(candidate.state).arg(candidate.distance)
                    color: Theme.text
                }
                Button {
                    id: mergeButton
                    objectName: "mergeInto" + candidate.index
                    text: qsTr("Merge into it  (Ctrl+%1)").arg(candidate.index + 1)
                    onClicked: panel.mergeInto(candidate.caseId)
                    Shortcut {
                        sequence: "Ctrl+" + (candidate.index + 1)
                        enabled: panel.opened
                        onActivated: mergeButton.clicked()
                    }
                }
            }
        }
        Item { Layout.fillHeight: true }
    }
}
