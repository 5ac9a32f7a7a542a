#include "kpicsvwriter.h"

#include "trainingwatermark.h"

#include <QSaveFile>

namespace yw::evaluation {

using namespace yw::core;

namespace {
QString cell(QString s)
{
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n')))
        s = QLatin1Char('"') + s.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return s;
}
QString number(double v)
{
    return std::isnan(v) ? QString() : QString::number(v, 'g', 10);
}
} // namespace

Status KpiCsvWriter::write(const KpiReport &report, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(Error::Code::InvalidInput,
                           QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    QStringList header{QStringLiteral("period"), QStringLiteral("unit_kind"),
                       QStringLiteral("unit"), QStringLiteral("name"), QStringLiteral("rank"),
                       QStringLiteral("composite"), QStringLiteral("grade")};
    for (int c = 0; c < kCounterCount; ++c)
        header << QString::fromLatin1(definition(Counter(c)).id);
    header << QStringLiteral("due_handling") << QStringLiteral("due_closure");
    for (int r = 0; r < kRateCount; ++r)
        header << QString::fromLatin1(definition(Rate(r)).id);
    QByteArray out("\xEF\xBB\xBF");
    if (report.training) // before the header, where a reader sees it first
        out += "# " + yw::print::TrainingWatermark::notice().toUtf8() + "\r\n";
    out += header.join(QLatin1Char(',')).toUtf8() + "\r\n";
    auto line = [&](const KpiRow &row, const QString &kind) {
        QStringList cells{report.ranking.period.label, kind, cell(row.key), cell(row.name),
                          row.rank > 0 ? QString::number(row.rank) : QString(),
                          number(row.composite), row.grade};
        for (int c = 0; c < kCounterCount; ++c)
            cells << QString::number(row.n[size_t(c)]);
        cells << QString::number(dueForHandling(row.n)) << QString::number(dueForClosure(row.n));
        for (int r = 0; r < kRateCount; ++r)
            cells << number(row.rate[size_t(r)]);
        out += cells.join(QLatin1Char(',')).toUtf8() + "\r\n";
    };
    for (const KpiRow &row : report.ranking.rows)
        line(row, dimensionKey(report.ranking.dimension));
    line(report.ranking.total, QStringLiteral("city"));
    file.write(out);
    if (!file.commit())
        return Error::make(Error::Code::InvalidInput,
                           QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return success();
}

} // namespace yw::evaluation
