#include "kpipdfwriter.h"

#include <QFile>
#include <QPageLayout>
#include <QPainter>

#include "trainingwatermark.h"
#include <QPdfWriter>

namespace yw::evaluation {

using namespace yw::core;

namespace {
// A4 at 120 dpi: 992 × 1403 device pixels; margins inside.
constexpr int kDpi = 120;
constexpr double kLeft = 60, kRight = 932, kTop = 60, kBottom = 1330;
const QColor kInk(30, 40, 55), kMuted(100, 110, 125), kRule(200, 208, 220), kAccent(47, 155, 255);

class Pages
{
public:
    Pages(QPdfWriter &w, QPainter &p, const QString &footer, bool training)
        : m_writer(w)
        , m_p(p)
        , m_footer(footer)
        , m_training(training)
    {}
    double y = kTop;
    // Starts a new page when `height` does not fit.
    void need(double height)
    {
        if (y + height <= kBottom - 30)
            return;
        finishPage();
        m_writer.newPage();
        y = kTop;
    }
    void finishPage()
    {
        QFont f = m_p.font();
        f.setPixelSize(11);
        m_p.setFont(f);
        m_p.setPen(kMuted);
        m_p.drawText(QRectF(kLeft, kBottom - 20, kRight - kLeft, 20), Qt::AlignLeft, m_footer);
        m_p.drawText(QRectF(kLeft, kBottom - 20, kRight - kLeft, 20), Qt::AlignRight,
                     QString::number(++m_page));
        if (m_training) {
            m_p.drawText(QRectF(kLeft, kTop - 40, kRight - kLeft, 20), Qt::AlignCenter,
                         yw::print::TrainingWatermark::notice());
            yw::print::TrainingWatermark::paint(m_p, QRectF(0, 0, kRight + kLeft, kBottom + 60), 1.0);
        }
    }

private:
    QPdfWriter &m_writer;
    QPainter &m_p;
    QString m_footer;
    bool m_training = false;
    int m_page = 0;
};

void setFont(QPainter &p, int px, bool bold = false)
{
    QFont f(QStringLiteral("WenQuanYi Micro Hei"));
    f.setPixelSize(px);
    f.setBold(bold);
    p.setFont(f);
}

QString change(double now, double before, bool rate)
{
    if (std::isnan(now) || std::isnan(before))
        return QString();
    const double d = rate ? (now - before) * 100 : now - before;
    if (std::abs(d) < 0.05)
        return QStringLiteral("±0");
    return (d > 0 ? QStringLiteral("↑") : QStringLiteral("↓")) +
           QString::number(std::abs(d), 'f', rate ? 1 : 0) + (rate ? QStringLiteral("pt") : QString());
}

// A table: header and rows, paged.
void table(QPainter &p, Pages &pages, const QStringList &header, const QList<QStringList> &rows,
           const QList<double> &widths)
{
    const double rowH = 22;
    auto drawHeader = [&] {
        p.fillRect(QRectF(kLeft, pages.y, kRight - kLeft, rowH + 8), QColor(221, 231, 243));
        setFont(p, 11, true);
        p.setPen(kInk);
        double x = kLeft;
        for (int i = 0; i < header.size(); ++i) {
            p.drawText(QRectF(x + 3, pages.y, widths[i] - 6, rowH + 8),
                       (i == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter | Qt::TextWordWrap,
                       header[i]);
            x += widths[i];
        }
        pages.y += rowH + 8;
    };
    pages.need(rowH * 3);
    drawHeader();
    for (int r = 0; r < rows.size(); ++r) {
        if (pages.y + rowH > kBottom - 30) {
            pages.need(kBottom); // forces a new page
            drawHeader();
        }
        if (r % 2 == 1)
            p.fillRect(QRectF(kLeft, pages.y, kRight - kLeft, rowH), QColor(245, 247, 250));
        setFont(p, 11);
        p.setPen(kInk);
        double x = kLeft;
        for (int i = 0; i < rows[r].size() && i < widths.size(); ++i) {
            p.drawText(QRectF(x + 3, pages.y, widths[i] - 6, rowH),
                       (i == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter,
                       p.fontMetrics().elidedText(rows[r][i], Qt::ElideRight, int(widths[i] - 6)));
            x += widths[i];
        }
        pages.y += rowH;
    }
    p.setPen(kRule);
    p.drawLine(QPointF(kLeft, pages.y), QPointF(kRight, pages.y));
    pages.y += 16;
}

void heading(QPainter &p, Pages &pages, const QString &text)
{
    pages.need(60);
    setFont(p, 16, true);
    p.setPen(kInk);
    p.drawText(QRectF(kLeft, pages.y, kRight - kLeft, 26), Qt::AlignLeft | Qt::AlignVCenter, text);
    pages.y += 32;
}

// Horizontal bars: a label and a value per line, the longest bar the largest value.
void bars(QPainter &p, Pages &pages, const QList<std::pair<QString, double>> &items, double maxValue,
          const std::function<QString(double)> &label, const std::function<QColor(double)> &colour)
{
    const double rowH = 20, labelW = 220, valueW = 80;
    const double barW = kRight - kLeft - labelW - valueW;
    for (const auto &[name, v] : items) {
        pages.need(rowH);
        setFont(p, 11);
        p.setPen(kInk);
        p.drawText(QRectF(kLeft, pages.y, labelW - 8, rowH), Qt::AlignRight | Qt::AlignVCenter,
                   p.fontMetrics().elidedText(name, Qt::ElideRight, int(labelW - 8)));
        const double w = maxValue > 0 ? barW * std::clamp(v / maxValue, 0.0, 1.0) : 0;
        p.fillRect(QRectF(kLeft + labelW, pages.y + 3, w, rowH - 6), colour(v));
        p.drawText(QRectF(kLeft + labelW + w + 6, pages.y, valueW, rowH), Qt::AlignLeft | Qt::AlignVCenter,
                   label(v));
        pages.y += rowH;
    }
    pages.y += 12;
}

QColor gradeColour(double composite)
{
    if (composite >= 90)
        return QColor(67, 160, 71);
    if (composite >= 75)
        return QColor(124, 179, 66);
    if (composite >= 60)
        return QColor(253, 216, 53);
    if (composite >= 40)
        return QColor(251, 140, 0);
    return QColor(229, 57, 53);
}
// The report's title, its period and when it was made.
void drawTitle(QPainter &p, Pages &pages, const KpiReport &report, bool zh)
{
    // Title.
    setFont(p, 22, true);
    p.setPen(kInk);
    p.drawText(QRectF(kLeft, pages.y, kRight - kLeft, 40), Qt::AlignLeft | Qt::AlignVCenter, report.title);
    pages.y += 44;
    setFont(p, 12);
    p.setPen(kMuted);
    p.drawText(QRectF(kLeft, pages.y, kRight - kLeft, 20), Qt::AlignLeft | Qt::AlignVCenter,
               (zh ? QStringLiteral("统计期 %1 至 %2（北京时间），环比 %3；生成于 %4")
                   : QStringLiteral("Period %1 to %2 (China Standard Time), compared with %3; generated %4"))
                   .arg(report.ranking.period.first.toString(Qt::ISODate),
                        report.ranking.period.last.toString(Qt::ISODate),
                        report.previous.period.label,
                        report.generatedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    pages.y += 30;
    p.fillRect(QRectF(kLeft, pages.y, kRight - kLeft, 3), kAccent);
    pages.y += 16;
}

// The city in figures, against the period before.
void drawCityFigures(QPainter &p, Pages &pages, const KpiReport &report, bool zh)
{
    // The city in figures, against the period before.
    heading(p, pages, zh ? QStringLiteral("一、全市概况") : QStringLiteral("1. The city"));
    const KpiRow &now = report.ranking.total;
    const KpiRow &before = report.previous.total;
    const QList<KpiColumn> summary = {KpiColumn::count(Counter::Reports), KpiColumn::count(Counter::Filed),
                                      KpiColumn::count(Counter::Closed), KpiColumn::rate(Rate::Closure),
                                      KpiColumn::rate(Rate::OnTimeClosure), KpiColumn::rate(Rate::OnTimeHandling),
                                      KpiColumn::rate(Rate::Rework), KpiColumn::count(Counter::OverduePending)};
    const double boxW = (kRight - kLeft) / 4;
    for (int i = 0; i < summary.size(); ++i) {
        if (i % 4 == 0) {
            if (i > 0)
                pages.y += 78;
            pages.need(78);
        }
        const QRectF box(kLeft + (i % 4) * boxW + 4, pages.y, boxW - 8, 70);
        p.fillRect(box, QColor(240, 245, 251));
        setFont(p, 11);
        p.setPen(kMuted);
        p.drawText(box.adjusted(10, 6, -10, 0), Qt::AlignLeft | Qt::AlignTop, summary[i].name(zh));
        setFont(p, 20, true);
        p.setPen(kInk);
        p.drawText(box.adjusted(10, 24, -10, -18), Qt::AlignLeft | Qt::AlignVCenter,
                   KpiReport::text(now.value(summary[i]), summary[i]));
        setFont(p, 10);
        p.setPen(kMuted);
        const QString delta = change(now.value(summary[i]), before.value(summary[i]),
                                     summary[i].kind == KpiColumn::Kind::Rate);
        p.drawText(box.adjusted(10, 0, -10, -6), Qt::AlignLeft | Qt::AlignBottom,
                   delta.isEmpty() ? QString() : (zh ? QStringLiteral("环比 ") : QStringLiteral("vs before ")) + delta);
    }
    pages.y += 92;
}

// The ranking of the units: the scores as bars, then the table.
void drawRanking(QPainter &p, Pages &pages, const KpiReport &report, bool zh)
{
    // Ranking: chart and table.
    const Dimension dim = report.ranking.dimension;
    const bool graded = dim != Dimension::Class && dim != Dimension::Source;
    heading(p, pages, (zh ? QStringLiteral("二、%1排名") : QStringLiteral("2. %1 ranking"))
                          .arg(dimensionName(dim, zh)));
    if (graded) {
        QList<std::pair<QString, double>> items;
        for (const KpiRow &r : report.ranking.rows)
            if (r.rank > 0 && items.size() < 20)
                items.append({r.name, r.composite});
        bars(p, pages, items, 100,
             [&](double v) { return QString::number(v, 'f', 2) + QLatin1Char(' ') + KpiEngine::grade(v); },
             gradeColour);
    }
    const QList<KpiColumn> cols = headlineColumns(dim).mid(0, 7);
    QStringList header{dimensionName(dim, zh)};
    QList<double> widths{200};
    if (graded) {
        header << (zh ? QStringLiteral("排名") : QStringLiteral("Rank"))
               << (zh ? QStringLiteral("综合") : QStringLiteral("Score"))
               << (zh ? QStringLiteral("等级") : QStringLiteral("Grade"))
               << (zh ? QStringLiteral("环比") : QStringLiteral("Change"));
        widths << 44 << 60 << 44 << 60;
    }
    const double rest = (kRight - kLeft - std::accumulate(widths.begin(), widths.end(), 0.0)) / cols.size();
    for (const KpiColumn &c : cols) {
        header << c.name(zh);
        widths << rest;
    }
    QList<QStringList> rows;
    auto rowOf = [&](const KpiRow &r) {
        QStringList cells{r.name};
        if (graded) {
            const KpiRow *prev = report.previousRow(r.key);
            cells << (r.rank > 0 ? QString::number(r.rank) : QString()) << KpiReport::compositeText(r.composite)
                  << r.grade << (prev ? change(r.composite, prev->composite, false) : QString());
        }
        for (const KpiColumn &c : cols)
            cells << KpiReport::text(r.value(c), c);
        return cells;
    };
    for (const KpiRow &r : report.ranking.rows)
        rows << rowOf(r);
    rows << rowOf(report.ranking.total);
    table(p, pages, header, rows, widths);
}

// The ten most reported classes and the channels, as bars.
void drawMix(QPainter &p, Pages &pages, const KpiReport &report, bool zh)
{
    // Class and channel mix.
    heading(p, pages, zh ? QStringLiteral("三、问题类别（上报数前十）") : QStringLiteral("3. Classes (ten most reported)"));
    std::vector<KpiRow> classes = report.byClass.rows;
    std::sort(classes.begin(), classes.end(), [](const KpiRow &a, const KpiRow &b) {
        return a.count(Counter::Reports) > b.count(Counter::Reports);
    });
    QList<std::pair<QString, double>> top;
    double maxReports = 0;
    for (size_t i = 0; i < classes.size() && i < 10; ++i) {
        top.append({classes[i].key + QLatin1Char(' ') + classes[i].name, double(classes[i].count(Counter::Reports))});
        maxReports = std::max(maxReports, double(classes[i].count(Counter::Reports)));
    }
    bars(p, pages, top, maxReports, [](double v) { return QString::number(qint64(v)); },
         [](double) { return QColor(79, 195, 247); });
    heading(p, pages, zh ? QStringLiteral("四、问题来源") : QStringLiteral("4. Channels"));
    QList<std::pair<QString, double>> channels;
    double maxChannel = 0;
    for (const KpiRow &r : report.bySource.rows) {
        channels.append({r.name, double(r.count(Counter::Reports))});
        maxChannel = std::max(maxChannel, double(r.count(Counter::Reports)));
    }
    std::sort(channels.begin(), channels.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    bars(p, pages, channels, maxChannel, [](double v) { return QString::number(qint64(v)); },
         [](double) { return QColor(255, 183, 77); });
}

// How the figures are computed.
void drawDefinitions(QPainter &p, Pages &pages, bool zh)
{
    // How the figures are computed.
    heading(p, pages, zh ? QStringLiteral("五、指标口径") : QStringLiteral("5. Definitions"));
    setFont(p, 10);
    p.setPen(kMuted);
    for (int r = 0; r < kRateCount; ++r) {
        const KpiDefinition &d = definition(Rate(r));
        pages.need(16);
        p.drawText(QRectF(kLeft, pages.y, kRight - kLeft, 16), Qt::AlignLeft | Qt::AlignVCenter,
                   QStringLiteral("%1：%2").arg(QString::fromUtf8(zh ? d.nameZh : d.nameEn), QString::fromUtf8(d.formula)));
        pages.y += 16;
    }
    pages.need(32);
    p.drawText(QRectF(kLeft, pages.y + 6, kRight - kLeft, 32), Qt::AlignLeft | Qt::TextWordWrap,
               zh ? QStringLiteral("截止时点为统计期末；时限按工作日历计算，挂账期间停止计时，批准的延期计入时限。等级：A ≥ 90，B ≥ 75，C ≥ 60，D ≥ 40，E < 40。")
                  : QStringLiteral("As at the end of the period; limits on the working calendar, suspended time not counted, approved extensions added. Grades: A ≥ 90, B ≥ 75, C ≥ 60, D ≥ 40, E < 40."));
}

} // namespace

Status KpiPdfWriter::write(const KpiReport &report, const QString &path)
{
    const bool zh = report.chinese;
    QPdfWriter writer(path);
    writer.setResolution(kDpi);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
    writer.setTitle(report.title);
    writer.setCreator(QStringLiteral("Yiwang"));
    QPainter p;
    if (!p.begin(&writer))
        return Error::make(Error::Code::InvalidInput, QStringLiteral("cannot write %1").arg(path));
    Pages pages(writer, p,
                zh ? QStringLiteral("一网统管 · 综合评价 · %1").arg(report.ranking.period.label)
                   : QStringLiteral("Yiwang · evaluation · %1").arg(report.ranking.period.label),
                report.training);
    drawTitle(p, pages, report, zh);
    drawCityFigures(p, pages, report, zh);
    drawRanking(p, pages, report, zh);
    drawMix(p, pages, report, zh);
    drawDefinitions(p, pages, zh);
    pages.finishPage();
    if (!p.end())
        return Error::make(Error::Code::InvalidInput, QStringLiteral("cannot write %1").arg(path));
    if (!QFile::exists(path))
        return Error::make(Error::Code::InvalidInput, QStringLiteral("cannot write %1").arg(path));
    return success();
}

} // namespace yw::evaluation
