#include "debriefpdfwriter.h"

#include "coreenums.h"

#include "trainingwatermark.h"

#include <QFile>
#include <QPainter>
#include <QPdfWriter>

namespace yw::trainingmodule {

using namespace yw::core;

QString DebriefPdfWriter::actionName(const QString &key)
{
    if (key == QLatin1String("Report"))
        return tr("Report");
    if (key == QLatin1String("Missed"))
        return tr("Not taken");
    bool ok = false;
    const CaseAction a = enumFromKey<CaseAction>(key, &ok);
    return ok ? displayName(a) : key;
}

QString DebriefPdfWriter::checkName(const QString &what)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("received"), QT_TR_NOOP("call taken")},
        {QStringLiteral("class"), QT_TR_NOOP("class")},
        {QStringLiteral("owner"), QT_TR_NOOP("owner")},
        {QStringLiteral("filing"), QT_TR_NOOP("not filed")},
        {QStringLiteral("duplicate"), QT_TR_NOOP("repeat recognised")},
        {QStringLiteral("accept"), QT_TR_NOOP("taken in time")},
        {QStringLiteral("file"), QT_TR_NOOP("filed in time")},
        {QStringLiteral("dispatch"), QT_TR_NOOP("dispatched in time")},
        {QStringLiteral("extension"), QT_TR_NOOP("extension decided")},
    };
    return names.contains(what) ? tr(names.value(what)) : what;
}

namespace {

// The mark across a page (yw::print, as on every export of a training database).
void drawMark(QPainter &p, const QRect &page)
{
    yw::print::TrainingWatermark::paint(p, QRectF(page), page.width() / 1240.0);
}

} // namespace

Status DebriefPdfWriter::write(const QString &path, const yw::training::TraineeScore &score,
                               const QString &trainee, const QString &exercise, const QString &summary)
{
    {
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly))
            return Error::make(Error::Code::InvalidInput,
                               tr("%1 cannot be written: %2").arg(path, probe.errorString()));
    }
    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setResolution(150);
    pdf.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    pdf.setTitle(tr("Training debrief: %1").arg(trainee));
    pdf.setCreator(QStringLiteral("Yiwang"));
    QPainter p(&pdf);
    if (!p.isActive())
        return Error::make(Error::Code::Internal, tr("%1 cannot be written.").arg(path));
    const QRect page(0, 0, pdf.width(), pdf.height());
    QFont base(QStringLiteral("WenQuanYi Micro Hei"));
    base.setPointSize(10);
    p.setFont(base);
    const int line = p.fontMetrics().height() + 6;
    int y = 0;
    auto newPage = [&] {
        pdf.newPage();
        drawMark(p, page);
        y = 0;
    };
    drawMark(p, page);

    QFont title = base;
    title.setPointSize(18);
    title.setBold(true);
    p.setFont(title);
    p.drawText(QRect(0, y, page.width(), 60), Qt::AlignLeft | Qt::AlignVCenter,
               tr("Training debrief (实训讲评)"));
    y += 70;
    p.setFont(base);
    p.drawText(0, y, tr("Trainee: %1    Exercise: %2").arg(trainee, exercise));
    y += line;
    QFont big = base;
    big.setPointSize(28);
    big.setBold(true);
    p.setFont(big);
    p.drawText(QRect(0, y, 300, 80), Qt::AlignLeft | Qt::AlignVCenter, QString::number(score.score));
    p.setFont(base);
    p.drawText(QRect(160, y, page.width() - 160, 80), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
               summary);
    y += 100;

    auto table = [&](const QString &heading, const QStringList &header, const QList<int> &widths,
                     const QList<std::pair<QStringList, bool>> &rows) {
        QFont h = base;
        h.setBold(true);
        p.setFont(h);
        p.drawText(0, y, heading);
        y += line;
        int x = 0;
        for (int i = 0; i < header.size(); ++i) {
            p.drawText(QRect(x, y - line + 8, widths[i], line), Qt::AlignLeft, header[i]);
            x += widths[i];
        }
        y += 6;
        p.setFont(base);
        for (const auto &[cells, ok] : rows) {
            if (y + line > page.height())
                newPage();
            p.setPen(ok ? Qt::black : QColor(185, 28, 28));
            x = 0;
            for (int i = 0; i < cells.size(); ++i) {
                p.drawText(QRect(x, y, widths[i] - 8, line), Qt::AlignLeft | Qt::AlignVCenter,
                           p.fontMetrics().elidedText(cells[i], Qt::ElideRight, widths[i] - 8));
                x += widths[i];
            }
            y += line;
        }
        p.setPen(Qt::black);
        y += line;
    };

    const int w = page.width();
    QList<std::pair<QStringList, bool>> checks;
    for (const auto &c : score.checks)
        checks.append({{c.itemId, checkName(c.what), c.expected, c.actual,
                        QStringLiteral("%1/%2").arg(c.points).arg(c.max)},
                       c.ok()});
    table(tr("What was scored"), {tr("Item"), tr("Check"), tr("Expected"), tr("Done"), tr("Points")},
          {w / 10, w * 2 / 10, w * 3 / 10, w * 3 / 10, w / 10}, checks);
    QList<std::pair<QStringList, bool>> decisions;
    for (const auto &d : score.debrief)
        decisions.append({{QStringLiteral("%1'").arg(d.minute), d.itemId, d.caseNumber, actionName(d.action),
                           d.actual, d.expected},
                          d.ok});
    if (y + 4 * line > page.height())
        newPage();
    table(tr("Decisions, in exercise time"),
          {tr("Minute"), tr("Item"), tr("Case"), tr("Decision"), tr("Done"), tr("Expected")},
          {w / 12, w / 12, w * 2 / 10, w * 2 / 10, w * 2 / 10, w * 2 / 10}, decisions);
    p.end();
    return success();
}

} // namespace yw::trainingmodule
