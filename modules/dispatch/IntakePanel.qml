import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Dialogs
import Yiwang.Ui

// The intake desk: one form for every channel. Type to find the class (name or code), give the
// place as "longitude, latitude" or a component code, preview (owner and duplicate candidates),
// then report. Enter moves on; Ctrl+Enter reports.
Popup {
    id: panel
    // IntakeDesk.
    property QtObject desk
    property string classCode: ""
    property var result: ({})
    property var photos: []

    signal reported(var caseId)

    modal: true
    focus: true
    width: 720
    height: Math.min(parent ? parent.height - 40 : 800, 760)
    anchors.centerIn: parent
    padding: 20
    background: Rectangle { color: Theme.panel; border.color: Theme.accent; radius: Theme.radius }

    function form() {
        return { source: source.currentValue, classCode: panel.classCode, place: place.text,
                 description: description.text, reporter: reporter.text,
                 urgency: urgent.checked ? "Urgent" : "Normal", photos: panel.photos }
    }
    function doPreview() { panel.result = desk.preview(form()) }
    // Opens the desk with the place given (a map click); the class comes next.
    function startAt(placeText) {
        open()
        place.text = placeText
        panel.result = ({})
        classSearch.forceActiveFocus()
    }
    function doSubmit() { finish(desk.submit(form())) }
    function mergeInto(caseId) { finish(desk.submitAsDuplicate(form(), caseId)) }
    function finish(r) {
        panel.result = r
        if (!r.error) {
            panel.reported(r.caseId)
            classSearch.text = ""; panel.classCode = ""; place.text = ""; description.text = ""; reporter.text = ""
            panel.photos = []
        }
    }
    onOpened: classSearch.forceActiveFocus()

    Shortcut { sequence: "Ctrl+Return"; enabled: panel.opened; onActivated: panel.doSubmit() }
    Shortcut { sequence: "Ctrl+P"; enabled: panel.opened; onActivated: photoPicker.open() }

    FileDialog {
        id: photoPicker
        title: qsTr("Photos of the report")
        fileMode: FileDialog.OpenFiles
        nameFilters: [qsTr("Photos (*.jpg *.jpeg *.png)")]
        onAccepted: panel.photos = panel.photos.concat(selectedFiles.map(u => u.toString()))
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
                model: panel.desk ? panel.desk.sources : []
                textRole: "name"
                valueRole: "key"
                Component.onCompleted: currentIndex = 1 // the 12345 hotline, the most common desk channel
            }
            CheckBox { id: urgent; text: qsTr("Urgent") }
        }
        TextField {
            id: classSearch
            objectName: "classSearch"
            Layout.fillWidth: true
            placeholderText: qsTr("Class: name, pinyin initials or code, e.g. 暴露垃圾, bllj or 06010")
            onTextChanged: if (panel.desk) panel.desk.classes.query = text
            Keys.onDownPressed: classList.forceActiveFocus()
            onAccepted: if (classList.count > 0) { classList.currentIndex = 0; classList.choose() }
        }
        ListView {
            id: classList
            Layout.fillWidth: true
            Layout.preferredHeight: 140
            clip: true
            model: panel.desk ? panel.desk.classes : null
            highlight: Rectangle { color: Theme.accentSoft }
            function choose() {
                if (!currentItem) return
                panel.classCode = currentItem.code
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
                highlighted: code === panel.classCode
                onClicked: { classList.currentIndex = index; classList.choose() }
            }
        }
        TextField {
            id: place
            objectName: "intakePlace"
            Layout.fillWidth: true
            placeholderText: qsTr("Place: longitude, latitude (e.g. 112.9823, 28.1963), a component code, or a community or street name")
            onAccepted: description.forceActiveFocus()
        }
        TextField {
            id: description
            objectName: "intakeDescription"
            Layout.fillWidth: true
            placeholderText: qsTr("What the caller reports")
            onAccepted: panel.doPreview()
        }
        TextField { id: reporter; Layout.fillWidth: true; placeholderText: qsTr("Caller's name (optional)") }
        RowLayout {
            spacing: 12
            Button { text: qsTr("Photos…  (Ctrl+P)"); flat: true; onClicked: photoPicker.open() }
            Label {
                Layout.fillWidth: true
                elide: Text.ElideMiddle
                color: Theme.textMuted
                text: panel.photos.length === 0 ? qsTr("no photos")
                      : panel.photos.map(p => decodeURIComponent(p.split("/").pop())).join(", ")
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
            visible: !!panel.result.error
            text: panel.result.error || ""
            color: Theme.danger
            wrapMode: Text.Wrap
        }
        GridLayout {
            visible: !panel.result.error && !!panel.result.place
            columns: 2
            columnSpacing: 12
            Label { text: qsTr("Reported"); color: Theme.textMuted; visible: !!panel.result.caseNumber }
            Label { text: panel.result.caseNumber || ""; color: Theme.good; font.bold: true; visible: !!panel.result.caseNumber }
            Label { text: qsTr("Place"); color: Theme.textMuted }
            Label { text: panel.result.place || ""; color: Theme.text }
            Label { text: qsTr("Proposed owner"); color: Theme.textMuted }
            Label { text: panel.result.owner || qsTr("no routing rule: the dispatcher chooses"); color: Theme.text }
        }
        Label {
            visible: panel.result.duplicates !== undefined && panel.result.duplicates.length > 0
            text: qsTr("Possible duplicates: merge instead of filing twice")
            color: Theme.warning
        }
        Label {
            visible: !!panel.result.mergedInto
            text: qsTr("Filed as a repeat of %1 and merged into it").arg(panel.result.mergedInto || "")
            color: Theme.good
        }
        Repeater {
            model: panel.result.caseNumber ? [] : (panel.result.duplicates || [])
            RowLayout {
                id: candidate
                required property var modelData
                required property int index
                spacing: 12
                Label {
                    text: qsTr("%1 · %2 · %3 m away").arg(modelData.caseNumber).arg(modelData.state).arg(modelData.distance)
                    color: Theme.text
                }
                Button {
                    id: mergeButton
                    objectName: "mergeInto" + candidate.index
                    text: qsTr("Merge into it  (Ctrl+%1)").arg(candidate.index + 1)
                    onClicked: panel.mergeInto(candidate.modelData.caseId)
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
