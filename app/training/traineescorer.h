#pragma once

#include "exercise.h"
#include "seatservices.h"
#include "traineescore.h"

#include <QCoreApplication>

namespace yw::training {

// Scores a seat's exercise from its case history against the decisions the exercise expects:
// per report the class a call was filed under, the owner it was dispatched to (the stand-in while
// the owner is off duty), a repeat merged into the case it repeats, a report that is not to be
// filed left unfiled, the intake, filing and dispatch steps done within their limits, an
// extension request decided as expected; less two points for each wrong action (a merge of a case
// that is no repeat, a wrong dispatch, a rejection of a true report, a case entered that answers
// no call). The same history gives the same score.
class TraineeScorer
{
    Q_DECLARE_TR_FUNCTIONS(yw::training::TraineeScorer)
public:
    static constexpr int kWrongActionPoints = 2;

    TraineeScorer(SeatServices &seat, const Exercise &exercise)
        : m_seat(seat)
        , m_exercise(exercise)
    {}
    // final: the exercise is over, so a decision not made is a decision missed. Live (during
    // the exercise) a decision still open is not scored yet: a case waiting for its dispatch
    // is not a wrong owner.
    yw::core::Result<TraineeScore> score(bool final = true) const;
    // The owner expected of an item dispatched at `at` (its stand-in while it is off duty).
    QString expectedOwner(const ExerciseItem &item, const QDateTime &start, const QDateTime &at) const;

private:
    SeatServices &m_seat;
    const Exercise &m_exercise;
};

} // namespace yw::training
