import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Yiwang.Shell

// The workstation's settings: one page per module that offers one (the map's layers and
// raster servers, the queue board's thresholds…). Each page edits its module's typed settings
// object; the values are kept in this workstation's settings and apply as each page says.
Dialog {
    id: dialog
    objectName: "settingsDialog"
    title: qsTr("Settings of this workstation")
    modal: true
    standardButtons: Dialog.Close
    width: Math.min(parent ? parent.width - 80 : 1100, 1100)
    height: Math.min(parent ? parent.height - 80 : 720, 720)
    anchors.centerIn: parent

    RowLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        ListView {
            id: pages
            objectName: "settingsPageList"
            Layout.preferredWidth: 220
            Layout.fillHeight: true
            model: Shell.settingsPages
            currentIndex: 0
            clip: true
            delegate: ItemDelegate {
                required property int index
                required property string title
                required property string module
                width: ListView.view.width
                text: module + " · " + title
                highlighted: ListView.isCurrentItem
                onClicked: pages.currentIndex = index
            }
        }
        Rectangle { Layout.fillHeight: true; width: 1; color: Theme.border }
        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Repeater {
                model: Shell.settingsPages
                Loader {
                    required property int index
                    required property url page
                    required property QtObject backend
                    anchors.fill: parent
                    visible: index === pages.currentIndex
                    active: dialog.opened || item !== null
                    Component.onCompleted: setSource(page, { "settings": backend })
                }
            }
            Label {
                anchors.centerIn: parent
                visible: Shell.settingsPages.count === 0
                text: qsTr("No module offers settings.")
                color: Theme.textMuted
            }
        }
    }
}
