import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Yiwang.Modules.Dispatch

// The queue board's settings of this workstation; they apply at once.
ColumnLayout {
    id: page
    required property BoardSettings settings
    spacing: 14

    Label {
        text: qsTr("Queue board")
        font.pixelSize: 20
        font.bold: true
    }
    Label {
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        text: qsTr("A case turns yellow when this share of its step's time limit is used, and red when the limit has passed.")
    }
    RowLayout {
        Slider {
            id: yellow
            objectName: "yellowPercentSlider"
            Layout.preferredWidth: 360
            from: page.settings.minYellowPercent
            to: page.settings.maxYellowPercent
            stepSize: 5
            snapMode: Slider.SnapAlways
            value: page.settings.yellowPercent
            onMoved: page.settings.yellowPercent = value
        }
        Label { text: qsTr("yellow at %1 %").arg(page.settings.yellowPercent) }
    }
    Label {
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        text: qsTr("When dispatching, say who owns the other side of a boundary of ownership within this distance of the case (0: never).")
    }
    RowLayout {
        SpinBox {
            objectName: "boundaryMetresBox"
            from: 0
            to: page.settings.maxBoundaryMetres
            stepSize: 10
            editable: true
            value: page.settings.boundaryMetres
            onValueModified: page.settings.boundaryMetres = value
        }
        Label { text: qsTr("metres") }
    }
    Item { Layout.fillHeight: true }
}
