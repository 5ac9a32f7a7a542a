#pragma once

#include "error.h"
#include "traineescore.h"

#include <QCoreApplication>

namespace yw::trainingmodule {

// The debrief as an A4 PDF: the trainee, the exercise, the score and its parts, what was scored
// item by item, and every decision in exercise time beside the one expected. Every page carries
// the training mark (实训 TRAINING), like every other screen and export of a training database.
class DebriefPdfWriter
{
    Q_DECLARE_TR_FUNCTIONS(yw::trainingmodule::DebriefPdfWriter)
public:
    static yw::core::Status write(const QString &path, const yw::training::TraineeScore &score,
                                  const QString &trainee, const QString &exercise,
                                  const QString &summary);
    // A decision's name for people (a CaseAction's, "Report", "Missed").
    static QString actionName(const QString &key);
    // What a check scored, for people.
    static QString checkName(const QString &what);
};

} // namespace yw::trainingmodule
