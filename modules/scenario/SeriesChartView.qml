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
        // Many categories: slanted labels, so that names are not cut to a character.
        axisX.labelsAngle = chartData.count > 6 ? -35 : 0
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
                    s.labelColor = view.palette.text
                }
            }
            return
        }
        // Lines and areas: their axis labels every k-th category (a day's 24 hours, a month's
        // days do not fit side by side), at the points.
        for (const l of lineAxisX.categoriesLabels) lineAxisX.remove(l)
        const n = chartData.count
        lineAxisX.min = 0
        lineAxisX.max = Math.max(1, n - 1)
        // About five characters a label at the axis's type size, with a gap.
        const labelWidth = Math.max(8, view.unit * 0.7) * 4
        const step = Math.max(1, Math.ceil(n * labelWidth / Math.max(1, chart.plotArea.width)))
        for (let j = 0; j < n; j += step) lineAxisX.append(chartData.categories[j], j)
        // Up to three columns as lines, the first as an area.
        const lines = kind === "area" ? [areaUpper] : [line0, line1, line2]
        for (let i = 0; i < lines.length; ++i) {
            const v = i < chartData.seriesNames.length ? chartData.values(i) : []
            lines[i].clear()
            for (let j = 0; j < v.length; ++j) lines[i].append(j, v[j])
            if (kind !== "area") lines[i].name = chartData.seriesNames[i] || ""
        }
        if (kind === "area") area0.name = chartData.seriesNames[0] || ""
    }

    CategoryAxis {
        id: lineAxisX
        visible: view.kind !== "bar"
        labelsPosition: CategoryAxis.AxisLabelsPositionOnValue
        labelsColor: view.palette.muted
        labelsFont.pixelSize: Math.max(8, view.unit * 0.7)
        gridVisible: false
        lineVisible: false
    }
    ChartView {
        id: chart
        anchors.fill: parent
        anchors.margins: -view.unit * 0.5
        antialiasing: true
        backgroundColor: "transparent"
        plotAreaColor: "transparent"
        legend.visible: view.kind !== "area" && chartData.seriesNames.length > 1
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
                visible: view.kind === "bar"
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
        LineSeries {
            id: line0
            axisX: lineAxisX; axisY: axisY
            visible: view.kind === "line" && chartData.seriesNames.length > 0
            color: view.palette.series[0]
            width: Math.max(1.5, view.unit * 0.15)
            pointsVisible: chartData.count <= 31
            onClicked: point => view.run.click(view.widgetId, Math.round(point.x))
        }
        LineSeries {
            id: line1
            axisX: lineAxisX; axisY: axisY
            visible: view.kind === "line" && chartData.seriesNames.length > 1
            color: view.palette.series[1]
            width: Math.max(1.5, view.unit * 0.15)
        }
        LineSeries {
            id: line2
            axisX: lineAxisX; axisY: axisY
            visible: view.kind === "line" && chartData.seriesNames.length > 2
            color: view.palette.series[2]
            width: Math.max(1.5, view.unit * 0.15)
        }
        AreaSeries {
            id: area0
            axisX: lineAxisX; axisY: axisY
            visible: view.kind === "area" && chartData.seriesNames.length > 0
            color: Qt.rgba(view.palette.series[0].r, view.palette.series[0].g, view.palette.series[0].b, 0.35)
            borderColor: view.palette.series[0]
            borderWidth: Math.max(1, view.unit * 0.12)
            upperSeries: LineSeries { id: areaUpper }
            onClicked: point => view.run.click(view.widgetId, Math.round(point.x))
        }
    }
}
