#include "evaluatecommand.h"

#include "admindatabase.h"

#include "arearepository.h"
#include "database.h"
#include "kpicsvwriter.h"
#include "kpifactsupdater.h"
#include "kpipdfwriter.h"
#include "kpireport.h"
#include "kpixlsxwriter.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QTimeZone>

namespace yw::admin {

using namespace yw::core;
using namespace yw::evaluation;

int EvaluateCommand::fail(const QString &message)
{
    m_err << "yiwang-admin: " << message << Qt::endl;
    return 1;
}

int EvaluateCommand::usage(const QString &message)
{
    m_err << "yiwang-admin: " << message << Qt::endl;
    return 2;
}

int EvaluateCommand::run(const QStringList &args)
{
    QCommandLineParser p;
    for (const char *name : {"db", "period", "by", "format", "out", "lang"})
        p.addOption({QString::fromLatin1(name), QString::fromLatin1(name), QStringLiteral("value")});
    if (!p.parse(args))
        return usage(p.errorText());
    for (const char *name : {"db", "period", "by", "out"})
        if (!p.isSet(QString::fromLatin1(name)))
            return usage(QStringLiteral(
                "evaluate needs --db D --period <YYYY-MM|last-month|YYYY-Www|…> --by "
                "<department|district|street|community|inspector|class|source> "
                "[--format pdf|xlsx|csv] --out FILE [--lang zh_CN|en]"));
    Dimension dim;
    if (!dimensionFromKey(p.value(QStringLiteral("by")), &dim) || dim == Dimension::City)
        return usage(QStringLiteral("--by is department, district, street, community, inspector, "
                                    "class or source, not '%1'")
                         .arg(p.value(QStringLiteral("by"))));
    const QString out = p.value(QStringLiteral("out"));
    QString format = p.value(QStringLiteral("format")).toLower();
    if (format.isEmpty())
        format = out.section(QLatin1Char('.'), -1).toLower();
    if (format != QLatin1String("pdf") && format != QLatin1String("xlsx") &&
        format != QLatin1String("csv"))
        return usage(QStringLiteral("--format is pdf, xlsx or csv, not '%1'").arg(format));
    const QString lang = p.value(QStringLiteral("lang")).isEmpty() ? QStringLiteral("zh_CN")
                                                                   : p.value(QStringLiteral("lang"));
    if (lang != QLatin1String("zh_CN") && lang != QLatin1String("en"))
        return usage(QStringLiteral("--lang is zh_CN or en"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const WorkCalendar calendar = WorkCalendar::chinaMainland();
    const QDate today = now.toTimeZone(calendar.timeZone()).date();
    auto period = KpiPeriod::parse(p.value(QStringLiteral("period")), today);
    if (!period)
        return usage(period.error().message);

    auto db = openUpToDate(p.value(QStringLiteral("db")));
    if (!db)
        return fail(db.error().message);
    const bool trainingDatabase = db.value()->isTraining(); // its reports carry the training mark
    auto taxonomy = Taxonomy::forCity(QStringLiteral("changsha"));
    if (!taxonomy)
        return fail(taxonomy.error().message);
    auto limits = TimeLimitTable::builtIn(calendar);
    if (!limits)
        return fail(limits.error().message);
    auto areas = yw::store::AreaRepository(*db.value()).load();
    if (!areas)
        return fail(areas.error().message);

    KpiFactsUpdater updater(*db.value(), {calendar, limits.value(), taxonomy.value(), areas.value()});
    QElapsedTimer t;
    t.start();
    qint64 lastShown = -1;
    auto rebuilt = updater.refresh([&](qint64 done, qint64 total) {
        const qint64 percent = total > 0 ? done * 100 / total : 100;
        if (percent / 10 != lastShown / 10) {
            m_err << "evaluation facts: " << done << " of " << total << " cases (" << percent
                  << "%)" << Qt::endl;
            lastShown = percent;
        }
        return true;
    });
    if (!rebuilt)
        return fail(rebuilt.error().message);
    const KpiPeriod previous = period->previous();
    auto engine = updater.engine(previous.fromMs(calendar.timeZone()), period->toMs(calendar.timeZone()));
    if (!engine)
        return fail(engine.error().message);
    KpiReport report =
        KpiReport::make(*engine.value(), period.value(), dim, lang == QLatin1String("zh_CN"), now);
    report.training = trainingDatabase;
    const Status written = format == QLatin1String("pdf")    ? KpiPdfWriter::write(report, out)
                           : format == QLatin1String("xlsx") ? KpiXlsxWriter::write(report, out)
                                                             : KpiCsvWriter::write(report, out);
    if (!written)
        return fail(written.error().message);
    m_out << "evaluated " << period->label << " (" << period->first.toString(Qt::ISODate) << " to "
          << period->last.toString(Qt::ISODate) << ") by " << dimensionKey(dim) << ": "
          << report.ranking.rows.size() << " units, " << report.ranking.total.count(Counter::Reports)
          << " reports, " << report.ranking.total.count(Counter::Closed) << " closed; "
          << rebuilt.value() << " cases' facts rebuilt; written to " << out << " in "
          << t.elapsed() / 1000.0 << " s" << Qt::endl;
    return 0;
}

} // namespace yw::admin
