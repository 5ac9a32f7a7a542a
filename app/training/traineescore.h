#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace yw::training {

// One thing scored about an item: what was expected, what the trainee did, the points.
struct ScoreCheck
{
    QString itemId;
    QString what;     // received, class, owner, filing, duplicate, accept, file, dispatch, extension
    QString expected; // codes and decisions, for the report
    QString actual;
    int points = 0;
    int max = 0;
    bool ok() const { return points == max; }
};

// One decision of the trainee in the debrief, beside what was expected of it.
struct DebriefEntry
{
    int minute = 0;   // of the exercise
    QDateTime at;
    QString itemId;   // empty: a case no item explains
    QString caseNumber;
    QString action;   // a CaseAction key, or Report
    QString actual;   // the class, the department, the case merged into
    QString expected;
    bool ok = true;
};

// A trainee's result in one exercise.
struct TraineeScore
{
    QString trainee;
    QString exerciseId;
    int score = 0;        // 0..100: the share of the points, less 2 for each wrong action
    int earned = 0;
    int possible = 0;
    int wrongActions = 0;
    int itemsMissed = 0;  // reports due that have no case (a call never entered)
    double acceptMinutes = 0; // mean working minutes from arrival to the trainee's first decision
    double fileMinutes = 0;
    double dispatchMinutes = 0;
    int deadlinesKept = 0;
    int deadlinesDue = 0;
    QList<ScoreCheck> checks;
    QList<DebriefEntry> debrief;
};

} // namespace yw::training
