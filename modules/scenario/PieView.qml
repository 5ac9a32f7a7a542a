import QtQuick
import QtCharts
import Yiwang.Modules.Scenario

// A pie (or ring) of a source's first value column by its label; a slice's click cross-filters,
// a double click lists its cases.
Item {
    id: view
    required property ScenarioRun run
    required property string widgetId
    required property SourceTable table
    required property var options
    required property var palette
    required property real unit

    ChartData {
        id: chartData
        table: view.table
        valueColumns: view.options.columns || []
        limit: view.options.limit || 8
        onChanged: view.fill()
    }
    Component.onCompleted: fill()

    function fill() {
        const v = chartData.values(0)
        // In place when the slices are the same categories; else rebuilt.
        let same = pie.count === v.length
        for (let i = 0; same && i < v.length; ++i) same = pie.at(i).label.startsWith(chartData.categories[i] + " ")
        if (!same) {
            pie.clear()
            for (let i = 0; i < v.length; ++i) {
                const s = pie.append(chartData.categories[i], v[i])
                s.color = view.palette.series[i % view.palette.series.length]
                s.borderColor = view.palette.panel
                s.labelColor = view.palette.text
                s.labelFont.pixelSize = Math.max(8, view.unit * 0.7)
                s.labelVisible = true
            }
        }
        for (let i = 0; i < v.length; ++i) {
            pie.at(i).value = v[i]
            pie.at(i).label = chartData.categories[i] + " " + chartData.valueText(i)
        }
    }

    ChartView {
        anchors.fill: parent
        anchors.margins: -view.unit * 0.5
        antialiasing: true
        backgroundColor: "transparent"
        legend.visible: false
        animationOptions: ChartView.NoAnimation
        PieSeries {
            id: pie
            holeSize: view.options.ring ? 0.45 : 0
            size: 0.75
            onClicked: slice => { for (let i = 0; i < pie.count; ++i) if (pie.at(i) === slice) view.run.click(view.widgetId, i) }
            onDoubleClicked: slice => { for (let i = 0; i < pie.count; ++i) if (pie.at(i) === slice) view.run.drill(view.widgetId, i) }
        }
    }
}
