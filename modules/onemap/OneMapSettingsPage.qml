import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Yiwang.Modules.OneMap

// The one map's settings of this workstation: the layers shown and their opacity (as the layer
// panel leaves them, restored at the next start) and the raster map servers used as basemaps.
ColumnLayout {
    id: page
    required property MapSettings settings
    spacing: 12

    Label { text: qsTr("Layers shown"); font.pixelSize: 20; font.bold: true }
    Label {
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        text: qsTr("As in the map's layer panel; this workstation keeps them for the next start.")
    }
    ListView {
        objectName: "settingsLayerList"
        Layout.fillWidth: true
        Layout.preferredHeight: Math.min(contentHeight, 300)
        clip: true
        model: page.settings.layers
        delegate: RowLayout {
            required property int index
            required property string title
            required property bool shown
            required property real layerOpacity
            width: ListView.view.width
            CheckBox {
                Layout.fillWidth: true
                text: title
                checked: shown
                onToggled: page.settings.layers.setVisible(index, checked)
            }
            Slider {
                Layout.preferredWidth: 160
                from: 0; to: 1
                value: layerOpacity
                onMoved: page.settings.layers.setOpacity(index, value)
            }
        }
    }

    Label { text: qsTr("Raster map servers"); font.pixelSize: 20; font.bold: true }
    Label {
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        text: qsTr("Basemaps from XYZ tile, WMS or WMTS servers (the city's QGIS Server, a surveying bureau's imagery). They apply when Yiwang starts next.")
    }
    ListView {
        id: servers
        objectName: "rasterServerList"
        Layout.fillWidth: true
        Layout.preferredHeight: Math.min(contentHeight, 160)
        clip: true
        model: page.settings.rasterServers
        delegate: RowLayout {
            required property int index
            required property string title
            required property string kind
            required property string url
            width: ListView.view.width
            Label { text: (title || qsTr("Basemap %1").arg(index + 1)) + " · " + kind.toUpperCase() }
            Label { Layout.fillWidth: true; text: url; elide: Text.ElideMiddle; opacity: 0.7 }
            Button { text: qsTr("Remove"); flat: true; onClicked: page.settings.removeServer(index) }
        }
    }
    GridLayout {
        columns: 4
        columnSpacing: 8
        TextField { id: serverTitle; placeholderText: qsTr("Title"); Layout.preferredWidth: 160 }
        ComboBox { id: serverKind; model: ["xyz", "wms", "wmts"]; Layout.preferredWidth: 100 }
        TextField {
            id: serverUrl
            objectName: "rasterUrlField"
            placeholderText: qsTr("http://…/{z}/{x}/{y}.png or the WMS address")
            Layout.fillWidth: true
            Layout.columnSpan: 2
        }
        TextField { id: serverLayers; placeholderText: qsTr("Layers (WMS, WMTS)"); Layout.preferredWidth: 160 }
        SpinBox { id: serverTimeout; from: 500; to: 60000; stepSize: 500; value: 5000; editable: true }
        Button {
            text: qsTr("Add server")
            enabled: servers.count < page.settings.maxRasterServers
            onClicked: {
                const why = page.settings.saveServer(-1, {
                    title: serverTitle.text, kind: serverKind.currentText, url: serverUrl.text,
                    layers: serverLayers.text, timeoutMs: serverTimeout.value })
                serverProblem.text = why
                if (why.length === 0) { serverTitle.clear(); serverUrl.clear(); serverLayers.clear() }
            }
        }
        Label { id: serverProblem; color: "#e57373"; Layout.fillWidth: true; wrapMode: Text.WordWrap }
    }
    Item { Layout.fillHeight: true }
}
