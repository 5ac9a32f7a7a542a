#include "timelimittable.h"

#include "csvtable.h"

#include <QFile>

namespace yw::core {

Result<TimeLimitTable> TimeLimitTable::fromCsv(const QByteArray &csv, const WorkCalendar &calendar,
                                               const QString &origin)
{
    auto parsed = CsvTable::parse(csv, origin);
    if (!parsed)
        return parsed.error();
    const CsvTable &t = parsed.value();
    TimeLimitTable table;
    for (int r = 0; r < t.rowCount(); ++r) {
        auto fail = [&](const QString &what) {
            return Error::make(Error::Code::InvalidInput,
                               QStringLiteral("%1:%2: %3").arg(origin).arg(t.lineOf(r)).arg(what));
        };
        Row row;
        bool ok = false;
        const QString stepKey = t.value(r, QStringLiteral("step"));
        // Keys in the file are snake_case; the enum's are CamelCase.
        QString camel;
        for (const QString &part : stepKey.split(u'_'))
            camel += part.left(1).toUpper() + part.mid(1);
        row.step = enumFromKey<Step>(camel, &ok);
        if (!ok || row.step == Step::None)
            return fail(QStringLiteral("unknown step '%1'").arg(stepKey));
        row.classPattern = t.value(r, QStringLiteral("class"));
        const QString urg = t.value(r, QStringLiteral("urgency"));
        row.anyUrgency = urg == QLatin1String("*");
        if (!row.anyUrgency) {
            row.urgency = enumFromKey<Urgency>(urg.left(1).toUpper() + urg.mid(1), &ok);
            if (!ok)
                return fail(QStringLiteral("unknown urgency '%1'").arg(urg));
        }
        const double amount = t.value(r, QStringLiteral("amount")).toDouble(&ok);
        if (!ok || amount <= 0)
            return fail(QStringLiteral("amount must be a positive number"));
        const QString unit = t.value(r, QStringLiteral("unit"));
        if (unit == QLatin1String("working_hours"))
            row.limit = {qint64(amount * 3600), TimeBasis::Working};
        else if (unit == QLatin1String("working_minutes"))
            row.limit = {qint64(amount * 60), TimeBasis::Working};
        else if (unit == QLatin1String("working_days"))
            row.limit = {qint64(amount * double(calendar.workingDaySeconds())), TimeBasis::Working};
        else if (unit == QLatin1String("calendar_hours"))
            row.limit = {qint64(amount * 3600), TimeBasis::Calendar};
        else if (unit == QLatin1String("calendar_minutes"))
            row.limit = {qint64(amount * 60), TimeBasis::Calendar};
        else
            return fail(QStringLiteral("unknown unit '%1'").arg(unit));
        table.m_rows << row;
    }
    return table;
}

Result<TimeLimitTable> TimeLimitTable::builtIn(const WorkCalendar &calendar)
{
    QFile f(QStringLiteral(":/yiwang/rules/time_limits.csv"));
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::Internal, QStringLiteral("missing resource time_limits.csv"));
    return fromCsv(f.readAll(), calendar, QStringLiteral("time_limits.csv"));
}

TimeLimit TimeLimitTable::limit(Step step, const QString &classCode, Urgency urgency) const
{
    // Score: class specificity (exact 2, big class 1, * 0) * 2 + urgency specificity.
    int best = -1;
    TimeLimit out;
    for (const Row &row : m_rows) {
        if (row.step != step)
            continue;
        if (!row.anyUrgency && row.urgency != urgency)
            continue;
        int classScore;
        if (row.classPattern == QLatin1String("*"))
            classScore = 0;
        else if (row.classPattern == classCode)
            classScore = 2;
        else if (row.classPattern.size() == 2 && classCode.startsWith(row.classPattern))
            classScore = 1;
        else
            continue;
        const int score = classScore * 2 + (row.anyUrgency ? 0 : 1);
        if (score > best) {
            best = score;
            out = row.limit;
        }
    }
    return out;
}

} // namespace yw::core
