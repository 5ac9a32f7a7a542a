import QtQuick
import QtCharts
import Yiwang.Modules.Scenario

// Bar, line and area charts (Qt Charts) of a source: categories and series from ChartData,
// copied into the chart's series when the source's rows change (in place: no flicker). A click
// on a bar cross-filters the other widgets by its category; a double click lists its cases.
Item {
    id: view
    required property ScenarioRun run
    required property string widgetId
    required property string kind // bar, line, area
    required property SourceTable table
    required property var options
    required property var palette
    required property real unit

    ChartData {
        id: chartData
        table: view.table
        valueColumns: view.options.columns || []
        limit: view.options.limit || 0
        onChanged: view.fill()
    }
    Component.onCompleted: fill()

    function niceMax(v) {
        if (v <= 4) return 4 // small counts: whole-number ticks
        const p = Math.pow(10, Math.floor(Math.log10(v)))
        for (const m of [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10])
            if (m * p >= v * 1.05) return m * p
        return 10 * p
    }
    function fill() {
        axisX.categories = chartData.categories
        axisY.min = 0
        axisY.max = niceMax(chartData.maximum)
        axisY.applyNiceNumbers() // ticks on round numbers
        if (kind === "bar") {
            while (bars.count > chartData.seriesNames.length) bars.remove(bars.at(bars.count - 1))
            for (let i = 0; i < chartData.seriesNames.length; ++i) {
                if (i < bars.count) {
                    const set = bars.at(i)
                    set.label = chartData.seriesNames[i]
                    const v = chartData.values(i)
                    // In place: the same number of bars changes values, others are rebuilt.
                    if (set.count === v.length) { for (let j = 0; j < v.length; ++j) set.replace(j, v[j]) }
                    else { set.remove(0, set.count); set.append(v) }
                } else {
                    const s = bars.append(chartData.seriesNames[i], chartData.values(i))
                    s.color = view.palette.series[i % view.palette.series.length]
                    s.borderColor = s.color
                }
            }
            return
        }
        // Lines and areas: one series per value column, points at the categories' places.
        while (chart.count > chartData.seriesNames.length + 1) chart.removeSeries(chart.series(chart.count - 1))
        for (let i = 0; i < chartData.seriesNames.length; ++i) {
            let line = lineSeries(i)
            const v = chartData.values(i)
            line.clear()
            for (let j = 0; j < v.length; ++j) line.append(j, v[j])
        }
    }
    function lineSeries(i) {
        // chart.series(0) is the bar series (hidden for lines); then one per column.
        if (chart.count > i + 1) {
            const s = chart.series(i + 1)
            return kind === "area" ? s.upperSeries : s
        }
        const colour = palette.series[i % palette.series.length]
        if (kind === "area") {
            const upper = Qt.createQmlObject('import QtCharts; LineSeries {}', chart)
            const area = chart.createSeries(ChartView.SeriesTypeArea, chartData.seriesNames[i], axisX, axisY)
            area.upperSeries = upper
            area.color = Qt.rgba(colour.r, colour.g, colour.b, 0.35)
            area.borderColor = colour
            area.borderWidth = Math.max(1, view.unit * 0.12)
            return upper
        }
        const s = chart.createSeries(ChartView.SeriesTypeLine, chartData.seriesNames[i], axisX, axisY)
        s.color = colour
        s.width = Math.max(1.5, view.unit * 0.15)
        s.pointsVisible = chartData.count <= 31
        return s
    }

    ChartView {
        id: chart
        anchors.fill: parent
        anchors.margins: -view.unit * 0.5
        antialiasing: true
        backgroundColor: "transparent"
        plotAreaColor: "transparent"
        legend.visible: chartData.seriesNames.length > 1
        legend.labelColor: view.palette.text
        legend.font.pixelSize: Math.max(8, view.unit * 0.7)
        legend.alignment: Qt.AlignBottom
        animationOptions: ChartView.NoAnimation
        BarSeries {
            id: bars
            visible: view.kind === "bar"
            barWidth: 0.7
            labelsVisible: view.kind === "bar" && chartData.count <= 12
            labelsPosition: AbstractBarSeries.LabelsOutsideEnd
            axisX: BarCategoryAxis {
                id: axisX
                labelsColor: view.palette.muted
                labelsFont.pixelSize: Math.max(8, view.unit * 0.7)
                gridVisible: false
                lineVisible: false
            }
            axisY: ValueAxis {
                id: axisY
                min: 0
                labelFormat: "%.0f"
                labelsColor: view.palette.muted
                labelsFont.pixelSize: Math.max(8, view.unit * 0.7)
                gridLineColor: view.palette.grid
                lineVisible: false
            }
            onClicked: (index, barset) => view.run.click(view.widgetId, index)
            onDoubleClicked: (index, barset) => view.run.drill(view.widgetId, index)
        }
    }
}
