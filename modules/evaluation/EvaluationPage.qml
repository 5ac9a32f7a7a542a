import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import QtCharts
import Yiwang.Ui
import Yiwang.Modules.Evaluation

// 综合评价: the ranking of a kind of unit for a month, week or day, the city against the period
// before, the trend, the mix, hot spots and the calendar of reports; every figure drills down to
// its cases. The figures come from EvaluationWorkspace; nothing here computes them.
Item {
    id: page
    required property EvaluationWorkspace workspace
    readonly property EvaluationFigures figures: workspace.figures
    readonly property CaseDrillDown drillDown: workspace.drillDown
    // The screenshot waits while the figures are being read.
    readonly property bool busy: !backend || backend.busy

    // The chart's series are filled from the backend's list whenever it or its figures change.
    Component.onCompleted: trendFill.fill()

    function gradeColour(grade) {
        return grade === "A" ? "#43a047" : grade === "B" ? "#7cb342" : grade === "C" ? "#fdd835"
             : grade === "D" ? "#fb8c00" : grade === "E" ? "#e53935" : Theme.textMuted
    }

    FileDialog {
        id: exportDialog
        fileMode: FileDialog.SaveFile
        nameFilters: [qsTr("PDF report (*.pdf)"), qsTr("Excel workbook (*.xlsx)"), qsTr("CSV table (*.csv)")]
        onAccepted: page.workspace.exportReport(selectedFile)
    }
    Shortcut { sequence: "Ctrl+S"; onActivated: exportDialog.open() }
    Shortcut { sequence: "Alt+Left"; onActivated: page.workspace.shiftPeriod(-1) }
    Shortcut { sequence: "Alt+Right"; onActivated: page.workspace.shiftPeriod(1) }

    ColumnLayout {
        anchors { fill: parent; margins: 16 }
        spacing: 12

        // The period, the kind of unit, the report.
        RowLayout {
            Layout.fillWidth: true
            spacing: 10
            Label {
                text: qsTr("Evaluation")
                color: Theme.text
                font.pixelSize: Theme.titleSize
                font.bold: true
            }
            TabBar {
                id: kinds
                Layout.leftMargin: 12
                currentIndex: page.workspace ? ["month", "week", "day"].indexOf(page.workspace.periodKind) : 0
                TabButton { text: qsTr("Month"); width: implicitWidth + 16; onClicked: page.workspace.periodKind = "month" }
                TabButton { text: qsTr("Week"); width: implicitWidth + 16; onClicked: page.workspace.periodKind = "week" }
                TabButton { text: qsTr("Day"); width: implicitWidth + 16; onClicked: page.workspace.periodKind = "day" }
            }
            ToolButton { text: "◀"; onClicked: page.workspace.shiftPeriod(-1); Accessible.name: qsTr("Previous period") }
            Label {
                objectName: "periodText"
                text: page.workspace.periodText
                color: Theme.text
                font.pixelSize: Theme.fontSize + 2
                font.bold: true
            }
            ToolButton { text: "▶"; onClicked: page.workspace.shiftPeriod(1); Accessible.name: qsTr("Next period") }
            ComboBox {
                objectName: "dimension"
                Layout.preferredWidth: 150
                model: page.workspace.dimensions
                textRole: "name"
                valueRole: "key"
                currentIndex: {
                    return page.workspace.dimensions.indexOf(page.workspace.dimension)
                    return 0
                }
                onActivated: page.workspace.dimension = currentValue
            }
            Item { Layout.fillWidth: true }
            BusyIndicator { running: page.busy; visible: running; implicitWidth: 28; implicitHeight: 28 }
            Label {
                text: page.workspace ? (page.workspace.message.length > 0 ? page.workspace.message : page.workspace.status) : ""
                color: Theme.textMuted
                elide: Text.ElideRight
                Layout.maximumWidth: 420
            }
            Button { text: qsTr("Report (Ctrl+S)"); onClicked: exportDialog.open() }
        }

        // The city against the period before.
        RowLayout {
            Layout.fillWidth: true
            spacing: 10
            Repeater {
                model: page.figures.cityTiles
                Rectangle {
                    id: tile
                    required property string label
                    required property string value
                    required property string change
                    required property bool better
                    required property string columnId
                    Layout.fillWidth: true
                    Layout.preferredHeight: 78
                    color: Theme.panel
                    border.color: Theme.border
                    radius: Theme.radius
                    Column {
                        anchors { fill: parent; margins: 10 }
                        spacing: 2
                        Label { text: tile.label; color: Theme.textMuted; font.pixelSize: 13 }
                        Label { text: tile.value; color: Theme.text; font.pixelSize: 24; font.bold: true }
                        Label {
                            text: tile.change.length > 0 ? qsTr("vs before %1").arg(tile.change) : ""
                            color: tile.better ? Theme.good : Theme.danger
                            font.pixelSize: 12
                        }
                    }
                    MouseArea {
                        anchors.fill: parent
                        cursorShape: Qt.PointingHandCursor
                        onClicked: page.drillDown.drill("", tile.columnId)
                    }
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 12

            // The ranking.
            Panel {
                title: qsTr("Ranking")
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 5
                ColumnLayout {
                    anchors.fill: parent
                    spacing: 0
                    // Header.
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: 0
                        Label { text: qsTr("No."); Layout.preferredWidth: 40; color: Theme.textMuted; font.pixelSize: 12; font.bold: true }
                        Label { text: qsTr("Unit"); Layout.preferredWidth: 190; color: Theme.textMuted; font.pixelSize: 12; font.bold: true }
                        Label { text: qsTr("Score"); Layout.preferredWidth: 62; horizontalAlignment: Text.AlignRight; color: Theme.textMuted; font.pixelSize: 12; font.bold: true }
                        Label { text: qsTr("Grade"); Layout.preferredWidth: 46; horizontalAlignment: Text.AlignHCenter; color: Theme.textMuted; font.pixelSize: 12; font.bold: true }
                        Label { text: qsTr("Change"); Layout.preferredWidth: 62; horizontalAlignment: Text.AlignRight; color: Theme.textMuted; font.pixelSize: 12; font.bold: true }
                        Repeater {
                            model: page.workspace.ranking.headers
                            Label {
                                required property string modelData
                                text: modelData
                                Layout.fillWidth: true
                                Layout.preferredWidth: 70
                                horizontalAlignment: Text.AlignRight
                                wrapMode: Text.WordWrap
                                color: Theme.textMuted
                                font.pixelSize: 12
                                font.bold: true
                            }
                        }
                    }
                    Rectangle { Layout.fillWidth: true; Layout.preferredHeight: 1; color: Theme.border }
                    ListView {
                        id: rankingList
                        objectName: "rankingList"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        clip: true
                        model: page.workspace.ranking
                        ScrollBar.vertical: ScrollBar {}
                        delegate: Rectangle {
                            id: rowItem
                            required property int index
                            required property string unitKey
                            required property string name
                            required property int rank
                            required property string composite
                            required property string grade
                            required property string change
                            required property var cells
                            required property bool isTotal
                            width: ListView.view.width
                            height: 30
                            color: isTotal ? Theme.panelRaised
                                 : (page.workspace && page.workspace.selectedKey === unitKey && unitKey.length > 0) ? Theme.accentSoft
                                 : index % 2 ? "transparent" : "#0d1d33"
                            MouseArea {
                                anchors.fill: parent
                                onClicked: page.workspace.select(rowItem.isTotal ? "" : rowItem.unitKey)
                            }
                            RowLayout {
                                anchors.fill: parent
                                spacing: 0
                                Label { text: rank > 0 ? rank : ""; Layout.preferredWidth: 40; color: Theme.textMuted }
                                Label { text: name; Layout.preferredWidth: 190; elide: Text.ElideRight; color: Theme.text; font.bold: isTotal }
                                Label { text: composite; Layout.preferredWidth: 62; horizontalAlignment: Text.AlignRight; color: Theme.text; font.bold: true }
                                Item {
                                    Layout.preferredWidth: 46
                                    Layout.fillHeight: true
                                    Rectangle {
                                        anchors.centerIn: parent
                                        visible: grade.length > 0
                                        width: 24; height: 20; radius: 4
                                        color: page.gradeColour(grade)
                                        Label { anchors.centerIn: parent; text: grade; color: "#0a1628"; font.bold: true }
                                    }
                                }
                                Label {
                                    text: change
                                    Layout.preferredWidth: 62
                                    horizontalAlignment: Text.AlignRight
                                    color: change.startsWith("↑") ? Theme.good : change.startsWith("↓") ? Theme.danger : Theme.textMuted
                                }
                                Repeater {
                                    model: cells
                                    Label {
                                        required property int index
                                        required property string modelData
                                        text: modelData
                                        Layout.fillWidth: true
                                        Layout.preferredWidth: 70
                                        horizontalAlignment: Text.AlignRight
                                        color: Theme.text
                                        // A figure drills down to its cases.
                                        MouseArea {
                                            anchors.fill: parent
                                            cursorShape: Qt.PointingHandCursor
                                            onClicked: page.drillDown.drill(rowItem.isTotal ? "" : rowItem.unitKey,
                                                                          page.workspace.ranking.columnIds[index])
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }

            // Trend, mix, hot spots, calendar; the cases behind a figure.
            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 3
                spacing: 12

                Panel {
                    id: trendPanel
                    title: page.figures.trendTitle
                    Layout.fillWidth: true
                    Layout.preferredHeight: 260
                    // The trend's older months are read after the period's figures.
                    property bool busy: page.workspace.trendLoading
                    BusyIndicator {
                        anchors { right: parent.right; top: parent.top; topMargin: -34 }
                        width: 26; height: 26
                        running: trendPanel.busy
                        visible: running
                    }
                    ChartView {
                        id: trendChart
                        anchors.fill: parent
                        anchors.margins: -8
                        antialiasing: true
                        backgroundColor: "transparent"
                        legend.labelColor: Theme.textMuted
                        legend.alignment: Qt.AlignBottom
                        margins { left: 0; right: 0; top: 0; bottom: 0 }
                        ValuesAxis { id: yAxis; min: 0; max: 100; labelFormat: "%d"; labelsColor: Theme.textMuted; gridLineColor: "#24456e" }
                        CategoryAxis {
                            id: xAxis
                            labelsColor: Theme.textMuted
                            gridVisible: false
                            labelsPosition: CategoryAxis.AxisLabelsPositionOnValue
                        }
                        LineSeries { id: compositeSeries; name: qsTr("Score"); axisX: xAxis; axisY: yAxis; color: "#2f9bff"; width: 3 }
                        LineSeries { id: closureSeries; name: qsTr("Closure rate %"); axisX: xAxis; axisY: yAxis; color: "#22c55e"; width: 2 }
                        LineSeries { id: onTimeSeries; name: qsTr("On-time closure %"); axisX: xAxis; axisY: yAxis; color: "#f5b400"; width: 2 }
                    }
                    // The series follow the backend's list (presentation only).
                    Connections {
                        target: page.figures
                        function onChanged() { trendFill.fill() }
                    }
                    QtObject {
                        id: trendFill
                        readonly property var palette: ["#4fc3f7", "#ffb74d", "#81c784", "#e57373", "#ba68c8", "#fff176", "#4db6ac", "#90a4ae"]
                        function fillMix() {
                            classPie.clear()
                            const classes = page.figures.classMix
                            for (let i = 0; i < classes.count; ++i) {
                                const share = classes.at(i)
                                const slice = classPie.append(share.name + " " + share.value, share.value)
                                slice.color = palette[i % palette.length]
                                slice.borderColor = Theme.panel
                            }
                            sourceBars.clear()
                            const sources = page.figures.sourceMix
                            const names = [], values = []
                            let most = 1
                            for (let i = sources.count - 1; i >= 0; --i) {
                                const x = sources.at(i)
                                names.push(x.name); values.push(x.value); most = Math.max(most, x.value)
                            }
                            sourceAxis.categories = names
                            sourceValues.max = Math.ceil(most * 1.1)
                            const set = sourceBars.append(qsTr("Reports"), values)
                            set.color = "#ffb74d"
                            set.borderColor = "#ffb74d"
                        }
                        function fill() {
                            fillMix()
                            compositeSeries.clear(); closureSeries.clear(); onTimeSeries.clear()
                            for (const l of xAxis.categoriesLabels) xAxis.remove(l)
                            const trend = page.figures.trend
                            xAxis.min = 0; xAxis.max = Math.max(1, trend.count - 1)
                            for (let i = 0; i < trend.count; ++i) {
                                const t = trend.at(i)
                                xAxis.append(t.label, i)
                                // Nothing to rate in a period: no point (NaN).
                                if (!isNaN(t.composite)) compositeSeries.append(i, t.composite)
                                if (!isNaN(t.closure)) closureSeries.append(i, t.closure)
                                if (!isNaN(t.onTime)) onTimeSeries.append(i, t.onTime)
                            }
                        }
                        Component.onCompleted: fill()
                    }
                }

                Panel {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    ColumnLayout {
                        anchors.fill: parent
                        spacing: 8
                        TabBar {
                            id: tabs
                            objectName: "mixTabs"
                            Layout.fillWidth: true
                            TabButton { text: qsTr("Classes") }
                            TabButton { text: qsTr("Channels") }
                            TabButton { text: qsTr("Hot spots") }
                            TabButton { text: qsTr("Calendar") }
                        }
                        StackLayout {
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            currentIndex: tabs.currentIndex
                            // The class mix as a pie, the channels as bars (Qt Charts).
                            ChartView {
                                id: classChart
                                antialiasing: true
                                backgroundColor: "transparent"
                                legend.alignment: Qt.AlignRight
                                legend.labelColor: Theme.text
                                legend.font.pixelSize: 12
                                margins { left: 0; right: 0; top: 0; bottom: 0 }
                                PieSeries { id: classPie; size: 0.9 }
                            }
                            ChartView {
                                id: sourceChart
                                antialiasing: true
                                backgroundColor: "transparent"
                                legend.visible: false
                                margins { left: 0; right: 0; top: 0; bottom: 0 }
                                HorizontalBarSeries {
                                    id: sourceBars
                                    axisY: BarCategoryAxis { id: sourceAxis; labelsColor: Theme.text; gridVisible: false }
                                    axisX: ValuesAxis { id: sourceValues; min: 0; labelFormat: "%d"; labelsColor: Theme.textMuted; gridLineColor: "#24456e" }
                                }
                            }
                            ListView {
                                clip: true
                                model: page.figures.hotSpots
                                header: RowLayout {
                                    width: ListView.view.width
                                    Label { text: qsTr("Community"); Layout.fillWidth: true; color: Theme.textMuted; font.bold: true }
                                    Label { text: qsTr("Reports"); Layout.preferredWidth: 60; horizontalAlignment: Text.AlignRight; color: Theme.textMuted; font.bold: true }
                                    Label { text: qsTr("Closure"); Layout.preferredWidth: 70; horizontalAlignment: Text.AlignRight; color: Theme.textMuted; font.bold: true }
                                    Label { text: qsTr("Overdue"); Layout.preferredWidth: 60; horizontalAlignment: Text.AlignRight; color: Theme.textMuted; font.bold: true }
                                }
                                delegate: RowLayout {
                                    id: spot
                                    required property string key
                                    required property string name
                                    required property var reports
                                    required property string closure
                                    required property var overdue
                                    width: ListView.view.width
                                    TapHandler { onTapped: page.drillDown.drillCommunity(spot.key) }
                                    Label { text: spot.name; Layout.fillWidth: true; elide: Text.ElideRight; color: Theme.text }
                                    Label { text: spot.reports; Layout.preferredWidth: 60; horizontalAlignment: Text.AlignRight; color: Theme.text }
                                    Label { text: spot.closure; Layout.preferredWidth: 70; horizontalAlignment: Text.AlignRight; color: Theme.text }
                                    Label { text: spot.overdue; Layout.preferredWidth: 60; horizontalAlignment: Text.AlignRight; color: spot.overdue > 0 ? Theme.danger : Theme.text }
                                }
                            }
                            // Reports per day, a week to a line, darker the more.
                            Item {
                                GridLayout {
                                    anchors.left: parent.left
                                    anchors.top: parent.top
                                    columns: 7
                                    columnSpacing: 4
                                    rowSpacing: 4
                                    Repeater {
                                        model: ["一", "二", "三", "四", "五", "六", "日"]
                                        Label { required property string modelData; text: modelData; color: Theme.textMuted; Layout.preferredWidth: 52; horizontalAlignment: Text.AlignHCenter }
                                    }
                                    // Blank cells before the first day.
                                    Repeater {
                                        model: page.figures.calendarOffset
                                        Item { Layout.preferredWidth: 52; Layout.preferredHeight: 34 }
                                    }
                                    Repeater {
                                        model: page.figures.calendarDays
                                        Rectangle {
                                            id: calendarCell
                                            required property string date
                                            required property int day
                                            required property var reports
                                            required property int level
                                            Layout.preferredWidth: 52
                                            Layout.preferredHeight: 34
                                            radius: 3
                                            color: ["#16304f", "#1b4f85", "#2f6fb0", "#2f9bff", "#7cc4ff"][Math.min(4, level)]
                                            TapHandler { onTapped: page.drillDown.drillDay(calendarCell.date) }
                                            Label { anchors { left: parent.left; top: parent.top; margins: 3 } text: calendarCell.day; color: calendarCell.level >= 3 ? "#16304f" : Theme.textMuted; font.pixelSize: 10 }
                                            Label { anchors { right: parent.right; bottom: parent.bottom; margins: 3 } text: calendarCell.reports; color: calendarCell.level >= 3 ? "#0a1628" : Theme.text; font.pixelSize: 12; font.bold: true }
                                        }
                                    }
                                }
                            }
                        }
                    }
                    // The cases behind a figure, over the tabs until closed.
                    Rectangle {
                        objectName: "drillPanel"
                        anchors.fill: parent
                        visible: page.drillDown.title.length > 0
                        color: Theme.panel
                        ColumnLayout {
                            anchors.fill: parent
                            RowLayout {
                                Layout.fillWidth: true
                                Label { text: page.drillDown.title; color: Theme.text; font.bold: true; Layout.fillWidth: true; elide: Text.ElideRight }
                                ToolButton { text: "✕"; onClicked: page.drillDown.close(); Accessible.name: qsTr("Close") }
                            }
                            ListView {
                                objectName: "drillList"
                                Layout.fillWidth: true
                                Layout.fillHeight: true
                                clip: true
                                model: page.drillDown.cases
                                ScrollBar.vertical: ScrollBar {}
                                delegate: RowLayout {
                                    id: drilled
                                    required property var caseId
                                    required property string number
                                    required property string className
                                    required property string state
                                    required property string reported
                                    width: ListView.view.width
                                    Label { text: drilled.number; Layout.preferredWidth: 130; color: Theme.accent }
                                    Label { text: drilled.className; Layout.fillWidth: true; elide: Text.ElideRight; color: Theme.text }
                                    Label { text: drilled.state; Layout.preferredWidth: 70; color: Theme.textMuted }
                                    Label { text: drilled.reported; Layout.preferredWidth: 90; color: Theme.textMuted }
                                    ToolButton { text: qsTr("Open"); onClicked: page.drillDown.openCase(drilled.caseId) }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
