import QtQuick
import Yiwang.Modules.Scenario

// 指标卡: the figure large, its change against the period before, in the threshold's colour.
// KpiTileValue computes all of it; a click lists the cases behind the figure.
Item {
    id: view
    required property ScenarioRun run
    required property string widgetId
    required property SourceTable table
    required property var options
    required property var palette
    required property real unit

    KpiTileValue {
        id: figure
        table: view.table
        before: view.run.tablesGeneration >= 0 ? view.run.tableBeforeOf(view.widgetId) : null
        column: view.options.column || ""
        thresholds: view.options.thresholds || []
        higherIsBetter: view.options.higherIsBetter === true
    }
    readonly property color levelColour: figure.level === "danger" ? palette.danger
                                       : figure.level === "warning" ? palette.warning : palette.accent
    Column {
        anchors.centerIn: parent
        spacing: view.unit * 0.1
        Text {
            objectName: "kpiValue"
            anchors.horizontalCenter: parent.horizontalCenter
            text: figure.valueText + (view.options.unit ? " " + view.options.unit : "")
            color: view.levelColour
            font.pixelSize: Math.max(14, Math.min(view.height * 0.55, view.width / Math.max(3, text.length) * 1.6))
            font.bold: true
        }
        Text {
            anchors.horizontalCenter: parent.horizontalCenter
            visible: figure.changeText.length > 0
            text: (figure.direction > 0 ? "▲ " : figure.direction < 0 ? "▼ " : "") + figure.changeText
                  + "  " + (view.options.compareLabel || qsTr("vs. period before"))
            color: figure.direction === 0 ? view.palette.muted : figure.improving ? view.palette.good : view.palette.danger
            font.pixelSize: Math.max(9, view.height * 0.14)
        }
    }
    MouseArea {
        anchors.fill: parent
        cursorShape: Qt.PointingHandCursor
        onClicked: view.run.drill(view.widgetId, -1)
    }
}
