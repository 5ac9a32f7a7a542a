#include "kpixlsxwriter.h"

#include "trainingwatermark.h"

#include <QFile>
#include <QFileInfo>

#include <xlsxwriter.h>

namespace yw::evaluation {

using namespace yw::core;

namespace {
struct Formats
{
    lxw_format *title, *header, *percent, *count, *score, *text;
};

void put(lxw_worksheet *ws, int row, int col, const QString &s, lxw_format *f = nullptr)
{
    worksheet_write_string(ws, lxw_row_t(row), lxw_col_t(col), s.toUtf8().constData(), f);
}

void putValue(lxw_worksheet *ws, int row, int col, double v, const KpiColumn &c, const Formats &f)
{
    if (std::isnan(v))
        put(ws, row, col, QStringLiteral("—"), f.text);
    else
        worksheet_write_number(ws, lxw_row_t(row), lxw_col_t(col), v,
                               c.kind == KpiColumn::Kind::Rate ? f.percent : f.count);
}

// A sheet of one result: name, (rank, composite, grade,) the headline columns.
int writeTable(lxw_worksheet *ws, int top, const KpiResult &r, bool graded, bool zh,
               const Formats &f, bool withTotal)
{
    const QList<KpiColumn> cols = headlineColumns(r.dimension);
    int col = 0;
    put(ws, top, col++, dimensionName(r.dimension, zh), f.header);
    if (graded) {
        put(ws, top, col++, zh ? QStringLiteral("排名") : QStringLiteral("Rank"), f.header);
        put(ws, top, col++, zh ? QStringLiteral("综合指标值") : QStringLiteral("Composite"), f.header);
        put(ws, top, col++, zh ? QStringLiteral("等级") : QStringLiteral("Grade"), f.header);
    }
    for (const KpiColumn &c : cols)
        put(ws, top, col++, c.name(zh), f.header);
    int row = top + 1;
    auto line = [&](const KpiRow &x) {
        int c = 0;
        put(ws, row, c++, x.name, f.text);
        if (graded) {
            if (x.rank > 0)
                worksheet_write_number(ws, lxw_row_t(row), lxw_col_t(c), x.rank, f.count);
            ++c;
            if (!std::isnan(x.composite))
                worksheet_write_number(ws, lxw_row_t(row), lxw_col_t(c), x.composite, f.score);
            ++c;
            put(ws, row, c++, x.grade, f.text);
        }
        for (const KpiColumn &k : cols)
            putValue(ws, row, c++, x.value(k), k, f);
        ++row;
    };
    for (const KpiRow &x : r.rows)
        line(x);
    if (withTotal)
        line(r.total);
    return row;
}
} // namespace

Status KpiXlsxWriter::write(const KpiReport &report, const QString &path)
{
    if (QFileInfo(path).exists() && !QFileInfo(path).isWritable())
        return Error::make(Error::Code::InvalidInput, QStringLiteral("cannot write %1").arg(path));
    const bool zh = report.chinese;
    lxw_workbook *wb = workbook_new(QFile::encodeName(path).constData());
    if (!wb)
        return Error::make(Error::Code::InvalidInput, QStringLiteral("cannot create %1").arg(path));
    Formats f;
    f.title = workbook_add_format(wb);
    format_set_bold(f.title);
    format_set_font_size(f.title, 14);
    f.header = workbook_add_format(wb);
    format_set_bold(f.header);
    format_set_bg_color(f.header, 0xDDE7F3);
    format_set_border(f.header, LXW_BORDER_THIN);
    format_set_text_wrap(f.header);
    f.percent = workbook_add_format(wb);
    format_set_num_format(f.percent, "0.0%");
    f.count = workbook_add_format(wb);
    format_set_num_format(f.count, "#,##0");
    f.score = workbook_add_format(wb);
    format_set_num_format(f.score, "0.00");
    f.text = workbook_add_format(wb);
    const char *font = "WenQuanYi Micro Hei";
    for (lxw_format *x : {f.title, f.header, f.percent, f.count, f.score, f.text})
        format_set_font_name(x, font);

    // Ranking, with a bar chart of the composites.
    const QByteArray rankingName = (zh ? QStringLiteral("排名") : QStringLiteral("Ranking")).toUtf8();
    lxw_worksheet *ws = workbook_add_worksheet(wb, rankingName.constData());
    put(ws, 0, 0, report.training ? QStringLiteral("【实训 TRAINING】") + report.title : report.title, f.title);
    put(ws, 1, 0,
        (zh ? QStringLiteral("统计期：%1 至 %2　生成：%3")
            : QStringLiteral("Period: %1 to %2   generated %3"))
            .arg(report.ranking.period.first.toString(Qt::ISODate),
                 report.ranking.period.last.toString(Qt::ISODate),
                 report.generatedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
        f.text);
    const bool graded = report.ranking.dimension != Dimension::Class &&
                        report.ranking.dimension != Dimension::Source;
    const int end = writeTable(ws, 3, report.ranking, graded, zh, f, true);
    worksheet_set_column(ws, 0, 0, 28, nullptr);
    worksheet_set_column(ws, 1, 20, 11, nullptr);
    worksheet_set_row(ws, 3, 32, nullptr);
    worksheet_freeze_panes(ws, 4, 1);
    const int ranked = int(std::count_if(report.ranking.rows.begin(), report.ranking.rows.end(),
                                         [](const KpiRow &r) { return r.rank > 0; }));
    if (graded && ranked > 0) {
        lxw_chart *chart = workbook_add_chart(wb, LXW_CHART_BAR);
        lxw_chart_series *series = chart_add_series(chart, nullptr, nullptr);
        const int last = 4 + std::min(ranked, 30) - 1;
        chart_series_set_categories(series, rankingName.constData(), 4, 0, lxw_row_t(last), 0);
        chart_series_set_values(series, rankingName.constData(), 4, 2, lxw_row_t(last), 2);
        chart_series_set_name(series, zh ? "综合指标值" : "Composite");
        chart_title_set_name(chart, zh ? "综合指标值" : "Composite score");
        chart_axis_set_reverse(chart->y_axis); // the best at the top
        chart_legend_set_position(chart, LXW_CHART_LEGEND_NONE);
        lxw_chart_options opt = {};
        opt.x_scale = 1.4;
        opt.y_scale = 1.6;
        worksheet_insert_chart_opt(ws, lxw_row_t(end + 2), 0, chart, &opt);
    }

    // Every count and rate of every unit.
    lxw_worksheet *all = workbook_add_worksheet(wb, zh ? "全部指标" : "All figures");
    int col = 0;
    put(all, 0, col++, dimensionName(report.ranking.dimension, zh), f.header);
    for (int c = 0; c < kCounterCount; ++c)
        put(all, 0, col++, KpiColumn::count(Counter(c)).name(zh), f.header);
    for (int r = 0; r < kRateCount; ++r)
        put(all, 0, col++, KpiColumn::rate(Rate(r)).name(zh), f.header);
    int row = 1;
    auto everything = [&](const KpiRow &x) {
        int c = 0;
        put(all, row, c++, x.name, f.text);
        for (int k = 0; k < kCounterCount; ++k)
            putValue(all, row, c++, double(x.n[size_t(k)]), KpiColumn::count(Counter(k)), f);
        for (int k = 0; k < kRateCount; ++k)
            putValue(all, row, c++, x.rate[size_t(k)], KpiColumn::rate(Rate(k)), f);
        ++row;
    };
    for (const KpiRow &x : report.ranking.rows)
        everything(x);
    everything(report.ranking.total);
    worksheet_set_column(all, 0, 0, 28, nullptr);
    worksheet_set_row(all, 0, 45, nullptr);
    worksheet_freeze_panes(all, 1, 1);

    lxw_worksheet *classes = workbook_add_worksheet(wb, zh ? "类别" : "Classes");
    writeTable(classes, 0, report.byClass, false, zh, f, false);
    worksheet_set_column(classes, 0, 0, 28, nullptr);
    lxw_worksheet *sources = workbook_add_worksheet(wb, zh ? "来源" : "Channels");
    writeTable(sources, 0, report.bySource, false, zh, f, false);
    worksheet_set_column(sources, 0, 0, 28, nullptr);

    // What each figure means.
    lxw_worksheet *defs = workbook_add_worksheet(wb, zh ? "指标说明" : "Definitions");
    if (report.training) {
        // Every sheet, printed or on screen, says it is exercise data.
        const QByteArray header = "&C" + yw::print::TrainingWatermark::notice().toUtf8();
        for (lxw_worksheet *sheet : {ws, all, classes, sources, defs})
            worksheet_set_header(sheet, header.constData());
    }
    put(defs, 0, 0, zh ? QStringLiteral("指标") : QStringLiteral("Figure"), f.header);
    put(defs, 0, 1, QStringLiteral("id"), f.header);
    put(defs, 0, 2, zh ? QStringLiteral("口径") : QStringLiteral("Definition"), f.header);
    row = 1;
    for (int c = 0; c < kCounterCount; ++c, ++row) {
        const KpiDefinition &d = definition(Counter(c));
        put(defs, row, 0, QString::fromUtf8(zh ? d.nameZh : d.nameEn), f.text);
        put(defs, row, 1, QString::fromLatin1(d.id), f.text);
        put(defs, row, 2, QString::fromUtf8(d.formula), f.text);
    }
    for (int r = 0; r < kRateCount; ++r, ++row) {
        const KpiDefinition &d = definition(Rate(r));
        put(defs, row, 0, QString::fromUtf8(zh ? d.nameZh : d.nameEn), f.text);
        put(defs, row, 1, QString::fromLatin1(d.id), f.text);
        put(defs, row, 2, QString::fromUtf8(d.formula), f.text);
    }
    worksheet_set_column(defs, 0, 0, 18, nullptr);
    worksheet_set_column(defs, 1, 1, 26, nullptr);
    worksheet_set_column(defs, 2, 2, 90, nullptr);

    const lxw_error e = workbook_close(wb);
    if (e != LXW_NO_ERROR)
        return Error::make(Error::Code::InvalidInput,
                           QStringLiteral("cannot write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(e))));
    return success();
}

} // namespace yw::evaluation
