#include "kpiperiod.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace yw::evaluation {

using namespace yw::core;

namespace {
QDate mondayOfIsoWeek(int year, int week)
{
    // 4 January is always in week 1.
    const QDate jan4(year, 1, 4);
    return jan4.addDays(-(jan4.dayOfWeek() - 1)).addDays(7 * (week - 1));
}
} // namespace

qint64 KpiPeriod::fromMs(const QTimeZone &cityZone) const
{
    return QDateTime(first, QTime(0, 0), cityZone).toMSecsSinceEpoch();
}

qint64 KpiPeriod::toMs(const QTimeZone &cityZone) const
{
    return QDateTime(last.addDays(1), QTime(0, 0), cityZone).toMSecsSinceEpoch();
}

KpiPeriod KpiPeriod::month(int year, int month)
{
    const QDate first(year, month, 1);
    return {first, first.addMonths(1).addDays(-1), first.toString(QStringLiteral("yyyy-MM"))};
}

KpiPeriod KpiPeriod::isoWeek(int year, int week)
{
    const QDate monday = mondayOfIsoWeek(year, week);
    return {monday, monday.addDays(6),
            QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'))};
}

KpiPeriod KpiPeriod::range(const QDate &first, const QDate &last)
{
    return {first, last,
            first == last ? first.toString(Qt::ISODate)
                          : first.toString(Qt::ISODate) + QStringLiteral("..") +
                                last.toString(Qt::ISODate)};
}

KpiPeriod KpiPeriod::previous() const
{
    if (first.day() == 1 && last == first.addMonths(1).addDays(-1)) {
        const QDate p = first.addMonths(-1);
        return month(p.year(), p.month());
    }
    if (days() == 7 && first.dayOfWeek() == 1) {
        int year = 0;
        const int week = first.addDays(-7).weekNumber(&year);
        return isoWeek(year, week);
    }
    return range(first.addDays(-days()), first.addDays(-1));
}

Result<KpiPeriod> KpiPeriod::parse(const QString &spec, const QDate &today)
{
    const QString s = spec.trimmed().toLower();
    auto bad = [&](const QString &why) {
        return Error::make(Error::Code::InvalidInput,
                           QStringLiteral("period '%1': %2 (use YYYY-MM, YYYY-Www, YYYY-MM-DD, "
                                          "A..B, last-month, this-month, last-week, this-week, "
                                          "yesterday or today)")
                               .arg(spec, why));
    };
    if (s == QLatin1String("this-month"))
        return month(today.year(), today.month());
    if (s == QLatin1String("last-month")) {
        const QDate p = today.addMonths(-1);
        return month(p.year(), p.month());
    }
    if (s == QLatin1String("this-week") || s == QLatin1String("last-week")) {
        const QDate d = s == QLatin1String("this-week") ? today : today.addDays(-7);
        int year = 0;
        const int week = d.weekNumber(&year);
        return isoWeek(year, week);
    }
    if (s == QLatin1String("today"))
        return range(today, today);
    if (s == QLatin1String("yesterday"))
        return range(today.addDays(-1), today.addDays(-1));
    static const QRegularExpression monthRe(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    static const QRegularExpression weekRe(QStringLiteral("^(\\d{4})-w(\\d{1,2})$"));
    static const QRegularExpression dayRe(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (auto m = monthRe.match(s); m.hasMatch()) {
        const int mo = m.captured(2).toInt();
        if (mo < 1 || mo > 12)
            return bad(QStringLiteral("no month %1").arg(mo));
        return month(m.captured(1).toInt(), mo);
    }
    if (auto m = weekRe.match(s); m.hasMatch()) {
        const int year = m.captured(1).toInt(), week = m.captured(2).toInt();
        int weekYear = 0;
        const int weeks = QDate(year, 12, 28).weekNumber(&weekYear); // 28 Dec: the last week
        if (week < 1 || week > weeks)
            return bad(QStringLiteral("%1 has weeks 1 to %2").arg(year).arg(weeks));
        return isoWeek(year, week);
    }
    if (dayRe.match(s).hasMatch()) {
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (!d.isValid())
            return bad(QStringLiteral("no such day"));
        return range(d, d);
    }
    if (s.contains(QLatin1String(".."))) {
        const QDate a = QDate::fromString(s.section(QLatin1String(".."), 0, 0), Qt::ISODate);
        const QDate b = QDate::fromString(s.section(QLatin1String(".."), 1), Qt::ISODate);
        if (!a.isValid() || !b.isValid())
            return bad(QStringLiteral("a range is two days YYYY-MM-DD..YYYY-MM-DD"));
        if (b < a)
            return bad(QStringLiteral("the range ends before it begins"));
        if (a.daysTo(b) > 3660)
            return bad(QStringLiteral("at most ten years"));
        return range(a, b);
    }
    return bad(QStringLiteral("not understood"));
}

} // namespace yw::evaluation
