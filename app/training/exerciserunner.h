#pragma once

#include "exercise.h"
#include "seatservices.h"
#include "trainingseatrepository.h"

#include <QCoreApplication>
#include <QSet>

namespace yw::training {

// Runs an exercise in one seat: at each tick, puts in what is due by the exercise clock (the
// reports that arrive by themselves through the intake pipeline, the calls and events as notices
// for the trainee, the departments' extension requests) and plays the other parties of the flow
// as the trainee's decisions reach them: the owner department accepts a dispatched case after
// five minutes and reports it handled after the item's handling time, the inspector confirms a
// verification or passes a check after ten. Everything it did is recorded in the seat, so a
// runner started again goes on where the last one stopped; the exercise's accounts (exercise,
// exercise.<department code>) stand for the simulated parties in the case history.
class ExerciseRunner
{
    Q_DECLARE_TR_FUNCTIONS(yw::training::ExerciseRunner)
public:
    static constexpr int kAcceptAfterMinutes = 5;
    static constexpr int kInspectAfterMinutes = 10;

    ExerciseRunner(SeatServices &seat, const Exercise &exercise);

    // Loads the exercise into the seat for the trainee, paused at simStart (minute 0).
    yw::core::Status load(const QString &trainee, const QDateTime &simStart, double speed);
    // Puts in what is due and answers for the simulated parties, as of the seat's clock.
    // Returns how many things it did.
    yw::core::Result<int> tick();
    // Puts an item in now, ahead of its time (the trainer's hand); nothing when it is in already.
    yw::core::Status injectNow(const QString &itemId);
    // Puts in a report the exercise does not have (the trainer's own, by hand): a case item with
    // an id of its own, not scored. Its class and place are checked as a file's would be.
    yw::core::Status injectReport(const ExerciseItem &item);
    // The exercise minute the clock stands at.
    int minute() const;

private:
    // The ids of the items already put into the seat.
    yw::core::Result<QSet<QString>> injectedItems() const;
    yw::core::Result<int> injectDue(const QDateTime &now, const QDateTime &start);
    // False: not possible yet (an extension request before the case is being handled).
    yw::core::Result<bool> inject(const ExerciseItem &item, const QDateTime &due,
                                  const QDateTime &start);
    // A sensor alarm's reading (and the exercise's device at the place, the first time).
    yw::core::Status sensorAlarm(const ExerciseItem &item);
    yw::core::Result<int> answerForParties(const QDateTime &now, const QDateTime &start);
    yw::core::Result<yw::core::User> account(const QString &departmentCode = {});
    yw::core::Status notice(const ExerciseItem &item, const QString &kind, const QString &title,
                            const QString &detail);

    SeatServices &m_seat;
    const Exercise &m_exercise;
    QHash<QString, yw::core::User> m_accounts;
};

} // namespace yw::training
