#pragma once

#include "exercise.h"
#include "exerciseclock.h"
#include "exerciserunner.h"
#include "seatservices.h"
#include "traineescore.h"

#include <QCoreApplication>

#include <memory>

namespace yw::training {

// A training room: one exercise run for several trainees, each in a seat of their own (a copy of
// the training sandbox: their board, map and figures show only their exercise). The trainer
// prepares the seats, starts, pauses and sets the speed of the exercise clock of every seat at
// once, puts an item in ahead of its time or tells every trainee something; the room ticks the
// runners and reads each seat's progress and score. Only a trainer or an administrator may run
// it (checked here, below any screen), and each of these acts is in the sandbox's audit log.
// One thread: it holds the seats' connections.
class TrainingRoom
{
    Q_DECLARE_TR_FUNCTIONS(yw::training::TrainingRoom)
public:
    struct SeatStatus
    {
        QString trainee;
        QString location;    // for the trainee: yiwang --training --db <location>
        int minute = 0;
        QString state;       // paused, running, ended
        int openCases = 0;
        int actions = 0;     // the trainee's decisions so far
        QString lastAction;  // the latest, in words
        QString problem;     // the seat's last failure (the database dropped away…)
        struct Queued
        {
            QString caseNumber;
            QString itemId;
            QString classCode;
            yw::core::CaseState state = yw::core::CaseState::Reported;
            QDateTime since;
        };
        QList<Queued> queue; // the trainee's open cases, latest first
    };

    TrainingRoom(const yw::store::DatabaseLocation &sandbox, const yw::core::Clock &base);
    ~TrainingRoom();

    // Where a trainee's seat lives beside the sandbox: a file in <sandbox>-seats/, or a database
    // <sandbox>_seat_<trainee>_<generation> on the same PostgreSQL server. Each preparation makes a
    // new generation, so that seats still open somewhere are never written over.
    static yw::store::DatabaseLocation seatLocation(const yw::store::DatabaseLocation &sandbox,
                                                   const QString &trainee, int generation);
    // The seat's database (for the trainee's workstation, tests).
    yw::store::DatabaseLocation seatAt(int seat) const;

    // New seats for the trainees (copies of the sandbox), the exercise loaded into each, paused
    // at minute 0 at simStart. Seats of an earlier run are replaced.
    yw::core::Status prepare(const yw::core::User &actor, const Exercise &exercise,
                             const QStringList &trainees, const QDateTime &simStart);
    // Takes up the seats of the room the sandbox records (the console was closed and opened
    // again): nothing when none was prepared.
    yw::core::Status attach();
    // running or paused, at a speed of 1 to 60; every seat keeps the exercise time it is at.
    yw::core::Status setClock(const yw::core::User &actor, bool running, double speed);
    // Puts an item of the exercise in now, in every seat that has not had it.
    yw::core::Status injectNow(const yw::core::User &actor, const QString &itemId);
    // Puts a report of the trainer's own into every seat (class, place [lon, lat], text, channel).
    yw::core::Status injectReport(const yw::core::User &actor, const QString &classCode, double lon,
                                  double lat, const QString &text, yw::core::SourceChannel channel);
    // Tells every trainee something (a notice of kind "trainer").
    yw::core::Status notifyAll(const yw::core::User &actor, const QString &title, const QString &detail);
    // Ends the exercise: the clocks stop for good; the scores stay.
    yw::core::Status end(const yw::core::User &actor);

    // Runs every seat's runner once; a seat that fails keeps its problem and the others go on.
    void tick();
    QList<SeatStatus> status() const;
    yw::core::Result<TraineeScore> score(int seat) const;
    int seatCount() const { return int(m_seats.size()); }
    const Exercise *exercise() const { return m_exercise ? m_exercise.get() : nullptr; }
    // The exercise minute, running state and speed (of the first seat: they move together).
    int minute() const;
    bool isRunning() const;
    double speed() const;
    bool isEnded() const { return m_ended; }

private:
    struct Seat;
    yw::core::Status requireTrainer(const yw::core::User &actor, const QString &what) const;
    void audit(const yw::core::User &actor, const QString &action, const QString &detail) const;
    int storedGeneration() const;
    void dropSeat(const yw::store::DatabaseLocation &seat) const;

    yw::store::DatabaseLocation m_sandbox;
    const yw::core::Clock &m_base;
    std::unique_ptr<Exercise> m_exercise;
    std::vector<std::unique_ptr<Seat>> m_seats;
    bool m_ended = false;
    int m_generation = 0;
    int m_byHand = 0; // reports put in by hand so far (their ids: hand1, hand2…)
};

} // namespace yw::training
