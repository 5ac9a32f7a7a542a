import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Yiwang.Ui
import Yiwang.Modules.Scenario

// The editor's side panel: widgets to add, the selected widget's properties, and the visual
// query builder of the scenario's sources. Every change is a step of CanvasEditor's undo stack
// and shows at once on the canvas (live preview).
Pane {
    id: panel
    required property CanvasEditor editor
    required property QueryBuilder builder
    required property real canvasCenterX
    required property real canvasCenterY
    readonly property var sel: editor.selected
    padding: 10
    background: Rectangle { color: Theme.panel; border.color: Theme.border }

    function typeName(t) {
        return ({ kpi: qsTr("KPI tile"), line: qsTr("Line chart"), bar: qsTr("Bar chart"), area: qsTr("Area chart"),
                  pie: qsTr("Pie chart"), ranking: qsTr("Ranking"), table: qsTr("Table"), map: qsTr("Map"),
                  ticker: qsTr("Latest cases"), clock: qsTr("Clock"), text: qsTr("Text"), image: qsTr("Image"),
                  video: qsTr("Camera") })[t] || t
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            width: parent.width
            spacing: 8

            Label { text: qsTr("Scenario title"); color: Theme.textMuted }
            TextField {
                Layout.fillWidth: true
                text: panel.editor.title
                onEditingFinished: panel.editor.title = text
            }

            // The target screen: its size and theme, and how often its data is read.
            GridLayout {
                columns: 2
                Layout.fillWidth: true
                Label { text: qsTr("Screen"); color: Theme.textMuted }
                RowLayout {
                    Layout.fillWidth: true
                    SpinBox {
                        id: canvasW
                        objectName: "canvasWidth"
                        Layout.fillWidth: true
                        Layout.preferredWidth: 100
                        from: 320; to: 32768; stepSize: 10; editable: true
                        value: panel.editor.canvasWidth
                        onValueModified: panel.editor.setCanvas(value, canvasH.value, themePick.currentValue)
                    }
                    Label { text: "×"; color: Theme.textMuted }
                    SpinBox {
                        id: canvasH
                        Layout.fillWidth: true
                        Layout.preferredWidth: 100
                        from: 320; to: 32768; stepSize: 10; editable: true
                        value: panel.editor.canvasHeight
                        onValueModified: panel.editor.setCanvas(canvasW.value, value, themePick.currentValue)
                    }
                }
                Label { text: qsTr("Theme"); color: Theme.textMuted }
                ComboBox {
                    id: themePick
                    Layout.fillWidth: true
                    textRole: "text"
                    valueRole: "value"
                    model: [{ value: "wall-dark", text: qsTr("Wall (dark)") }, { value: "desk-light", text: qsTr("Desk (light)") }]
                    currentIndex: panel.editor.theme === "desk-light" ? 1 : 0
                    onActivated: panel.editor.setCanvas(canvasW.value, canvasH.value, currentValue)
                }
                Label { text: qsTr("Refresh (s)"); color: Theme.textMuted }
                SpinBox {
                    Layout.fillWidth: true
                    from: 0; to: 86400; editable: true
                    value: panel.editor.refreshSeconds
                    onValueModified: panel.editor.setRefreshSeconds(value)
                }
            }

            Label { text: qsTr("Add a widget"); color: Theme.text; font.bold: true }
            Flow {
                Layout.fillWidth: true
                spacing: 4
                Repeater {
                    model: panel.editor.widgetTypes
                    Button {
                        required property string modelData
                        text: panel.typeName(modelData)
                        font.pixelSize: 12
                        onClicked: panel.editor.add(modelData, panel.canvasCenterX, panel.canvasCenterY)
                    }
                }
            }

            Label {
                text: panel.sel.id ? qsTr("Selected: %1 (%2)").arg(panel.typeName(panel.sel.type)).arg(panel.sel.id)
                                   : qsTr("Click a widget to change it; Ctrl+click selects more.")
                color: Theme.text
                font.bold: true
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            GridLayout {
                visible: panel.sel.id !== undefined
                columns: 2
                Layout.fillWidth: true
                Label { text: qsTr("Title"); color: Theme.textMuted }
                TextField {
                    Layout.fillWidth: true
                    text: panel.sel.title || ""
                    onEditingFinished: panel.editor.setOption(panel.sel.id, "title", text)
                }
                Label { text: qsTr("Data"); color: Theme.textMuted }
                ComboBox {
                    Layout.fillWidth: true
                    model: [""].concat(panel.editor.sourceIds)
                    currentIndex: Math.max(0, model.indexOf(panel.sel.source || ""))
                    onActivated: index => {
                        panel.editor.setSource(panel.sel.id, model[index])
                        if (model[index]) panel.builder.edit(model[index])
                    }
                }
                Label { text: qsTr("Place"); color: Theme.textMuted }
                Label {
                    text: panel.sel.id ? "%1, %2  %3×%4".arg(Math.round(panel.sel.x)).arg(Math.round(panel.sel.y))
                                         .arg(Math.round(panel.sel.width)).arg(Math.round(panel.sel.height)) : ""
                    color: Theme.text
                }
                Label { visible: panel.sel.type === "text"; text: qsTr("Text"); color: Theme.textMuted }
                TextField {
                    visible: panel.sel.type === "text"
                    Layout.fillWidth: true
                    text: panel.sel.options ? (panel.sel.options.text || "") : ""
                    onEditingFinished: panel.editor.setOption(panel.sel.id, "text", text)
                }
                Label { visible: panel.sel.type === "image"; text: qsTr("Image file"); color: Theme.textMuted }
                TextField {
                    visible: panel.sel.type === "image"
                    Layout.fillWidth: true
                    text: panel.sel.options ? (panel.sel.options.url || "") : ""
                    onEditingFinished: panel.editor.setOption(panel.sel.id, "url", text)
                }
                Label { visible: panel.sel.type === "video"; text: qsTr("Camera"); color: Theme.textMuted }
                TextField {
                    visible: panel.sel.type === "video"
                    Layout.fillWidth: true
                    text: panel.sel.options ? (panel.sel.options.camera || "") : ""
                    onEditingFinished: panel.editor.setOption(panel.sel.id, "camera", text)
                }
                Label { visible: panel.sel.type === "kpi"; text: qsTr("Amber, red at"); color: Theme.textMuted }
                TextField {
                    visible: panel.sel.type === "kpi"
                    Layout.fillWidth: true
                    placeholderText: "100, 200"
                    text: panel.sel.options && panel.sel.options.thresholds ? panel.sel.options.thresholds.join(", ") : ""
                    onEditingFinished: panel.editor.setOption(panel.sel.id, "thresholds",
                        text.split(",").map(s => Number(s.trim())).filter(n => !isNaN(n) && text.trim().length > 0))
                }
                Label { visible: panel.sel.type === "kpi"; text: qsTr("Compare"); color: Theme.textMuted }
                CheckBox {
                    visible: panel.sel.type === "kpi"
                    text: qsTr("with the period before")
                    checked: panel.sel.options ? panel.sel.options.compare === true : false
                    onToggled: panel.editor.setOption(panel.sel.id, "compare", checked)
                }
            }

            // The visual query builder of the selected widget's source (or a new one).
            Label { text: qsTr("Data sources"); color: Theme.text; font.bold: true; Layout.topMargin: 8 }
            ComboBox {
                id: sourcePick
                Layout.fillWidth: true
                model: panel.editor.sourceIds
                currentIndex: model.indexOf(panel.builder.sourceId)
                onActivated: index => panel.builder.edit(model[index])
            }
            RowLayout {
                Layout.fillWidth: true
                ComboBox {
                    id: newDataset
                    Layout.fillWidth: true
                    model: panel.builder.datasets
                    textRole: "name"
                    valueRole: "key"
                }
                Button { text: qsTr("New"); onClicked: panel.builder.create(newDataset.currentValue) }
            }
            GridLayout {
                visible: panel.builder.sourceId.length > 0 && panel.builder.problem.length === 0
                columns: 2
                Layout.fillWidth: true
                Label { text: qsTr("Dataset"); color: Theme.textMuted }
                ComboBox {
                    Layout.fillWidth: true
                    model: panel.builder.datasets
                    textRole: "name"
                    valueRole: "key"
                    currentIndex: panel.builder.datasets.indexOf(panel.builder.dataset)
                    onActivated: panel.builder.setDataset(currentValue)
                }
                Label { text: qsTr("Group by"); color: Theme.textMuted }
                ComboBox {
                    id: groupField
                    Layout.fillWidth: true
                    model: panel.builder.fields
                    textRole: "name"
                    valueRole: "key"
                    currentIndex: panel.builder.groupBy.length > 0
                                  ? panel.builder.fields.indexOf(panel.builder.groupBy[0].split(":")[0]) : -1
                    onActivated: panel.builder.setGroupBy([currentValue + (bucket.currentIndex > 0 ? ":" + bucket.currentValue : "")])
                }
                Label { text: qsTr("Time bucket"); color: Theme.textMuted }
                ComboBox {
                    id: bucket
                    Layout.fillWidth: true
                    textRole: "text"
                    valueRole: "value"
                    model: [{ value: "", text: qsTr("none") }, { value: "hour", text: qsTr("hour") },
                            { value: "day", text: qsTr("day") }, { value: "week", text: qsTr("week") },
                            { value: "month", text: qsTr("month") }]
                    onActivated: if (groupField.currentIndex >= 0)
                        panel.builder.setGroupBy([groupField.currentValue + (currentIndex > 0 ? ":" + currentValue : "")])
                }
                Label { text: qsTr("Figure"); color: Theme.textMuted }
                ComboBox {
                    Layout.fillWidth: true
                    textRole: "text"
                    valueRole: "value"
                    model: [{ value: "count", text: qsTr("count") }, { value: "countDistinct", text: qsTr("distinct") },
                            { value: "sum", text: qsTr("sum") }, { value: "avg", text: qsTr("average") },
                            { value: "min", text: qsTr("minimum") }, { value: "max", text: qsTr("maximum") }]
                    currentIndex: Math.max(0, ["count", "countDistinct", "sum", "avg", "min", "max"].indexOf(panel.builder.aggregate))
                    onActivated: panel.builder.setAggregate(currentValue, panel.builder.aggregateField || "id")
                }
                Label { text: qsTr("Period"); color: Theme.textMuted }
                ComboBox {
                    Layout.fillWidth: true
                    textRole: "text"
                    valueRole: "value"
                    model: [{ value: "none", text: qsTr("all time") }, { value: "today", text: qsTr("today") },
                            { value: "yesterday", text: qsTr("yesterday") }, { value: "thisWeek", text: qsTr("this week") },
                            { value: "last7Days", text: qsTr("last 7 days") }, { value: "thisMonth", text: qsTr("this month") },
                            { value: "lastMonth", text: qsTr("last month") }, { value: "last30Days", text: qsTr("last 30 days") }]
                    currentIndex: Math.max(0, ["none", "today", "yesterday", "thisWeek", "last7Days", "thisMonth", "lastMonth", "last30Days"].indexOf(panel.builder.window))
                    onActivated: {
                        // The dataset's first time field unless one is set.
                        let field = panel.builder.windowField
                        if (!field) for (const f of ["reported_at", "at"]) if (panel.builder.fields.indexOf(f) >= 0) { field = f; break }
                        panel.builder.setWindow(currentValue, field)
                    }
                }
                Label { text: qsTr("Top"); color: Theme.textMuted }
                SpinBox {
                    from: 1; to: 10000
                    editable: true
                    value: panel.builder.limit
                    onValueModified: panel.builder.setLimit(value)
                }
                Label { text: qsTr("Filters"); color: Theme.textMuted; Layout.alignment: Qt.AlignTop }
                ColumnLayout {
                    Layout.fillWidth: true
                    Repeater {
                        model: panel.builder.filterTexts
                        RowLayout {
                            required property string modelData
                            required property int index
                            Label { text: modelData; color: Theme.text; Layout.fillWidth: true; elide: Text.ElideRight }
                            ToolButton { text: "✕"; onClicked: panel.builder.removeFilter(index) }
                        }
                    }
                    RowLayout {
                        ComboBox { id: filterField; model: panel.builder.fields; textRole: "name"; valueRole: "key"; Layout.fillWidth: true; Layout.preferredWidth: 120 }
                        ComboBox { id: filterOp; Layout.preferredWidth: 110; model: ["=", "≠", "in", "<", ">", "contains", "startsWith"] }
                    }
                    RowLayout {
                        TextField { id: filterValue; Layout.fillWidth: true; placeholderText: qsTr("value, or {control}") }
                        Button {
                            text: qsTr("Add")
                            onClicked: {
                                const v = filterValue.text.trim()
                                const bound = v.startsWith("{") && v.endsWith("}")
                                if (panel.builder.addFilter(filterField.currentValue, filterOp.currentText,
                                                            bound ? "" : v, bound ? v.slice(1, -1) : ""))
                                    filterValue.clear()
                            }
                        }
                    }
                }
            }
            Label {
                visible: panel.builder.problem.length > 0
                text: panel.builder.problem
                color: Theme.warning
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            TextArea {
                visible: panel.builder.sourceId.length > 0
                Layout.fillWidth: true
                readOnly: true
                text: panel.builder.json
                font.family: "monospace"
                font.pixelSize: 11
                wrapMode: TextEdit.Wrap
                color: Theme.textMuted
                background: Rectangle { color: Theme.background }
            }
            Button {
                visible: panel.builder.sourceId.length > 0
                text: qsTr("Remove this source")
                onClicked: panel.builder.remove()
            }
        }
    }
}
