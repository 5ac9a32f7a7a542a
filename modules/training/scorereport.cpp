#include "scorereport.h"

#include "coreenums.h"
#include "debriefpdfwriter.h"
#include "workcalendar.h"

namespace yw::trainingmodule {

using namespace yw::core;

ScoreReport::ScoreReport(QObject *parent)
    : QObject(parent)
{}

void ScoreReport::show(const yw::training::TraineeScore &score, const QString &traineeName,
                       const QString &exerciseTitle)
{
    m_score = score;
    m_traineeName = traineeName;
    m_exerciseTitle = exerciseTitle;
    const QTimeZone zone = WorkCalendar::chinaMainland().timeZone();
    QList<DebriefRow> rows;
    for (const auto &d : score.debrief) {
        DebriefRow r;
        r.time = d.at.toTimeZone(zone).toString(QStringLiteral("HH:mm"));
        r.minute = d.minute;
        r.itemId = d.itemId;
        r.caseNumber = d.caseNumber;
        r.action = DebriefPdfWriter::actionName(d.action);
        r.actual = d.actual;
        r.expected = d.expected;
        r.ok = d.ok;
        rows.append(r);
    }
    m_debrief.setRows(rows);
    emit changed();
}

QString ScoreReport::summary() const
{
    if (!hasScore())
        return {};
    return tr("%1 of %2 points · %3 wrong actions · %4 calls missed · %5 of %6 steps within their "
              "limits · mean minutes to take %7, to file %8, to dispatch %9")
        .arg(m_score.earned)
        .arg(m_score.possible)
        .arg(m_score.wrongActions)
        .arg(m_score.itemsMissed)
        .arg(m_score.deadlinesKept)
        .arg(m_score.deadlinesDue)
        .arg(m_score.acceptMinutes, 0, 'f', 1)
        .arg(m_score.fileMinutes, 0, 'f', 1)
        .arg(m_score.dispatchMinutes, 0, 'f', 1);
}

bool ScoreReport::exportPdf(const QUrl &file)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    const auto s = DebriefPdfWriter::write(path, m_score, m_traineeName, m_exerciseTitle, summary());
    m_message = s ? tr("Written to %1.").arg(path) : s.error().message;
    emit messageChanged();
    return bool(s);
}

} // namespace yw::trainingmodule
