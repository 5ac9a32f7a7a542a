#pragma once

#include "database.h"

#include <optional>

namespace yw::store {

// A training seat's exercise state (schema 10): the run with its clock, what the exercise has
// put in so far, and the notices shown to the trainee. Only training databases hold rows here.
class TrainingSeatRepository
{
public:
    struct Run
    {
        QString exerciseId;
        QByteArray exercise; // the exercise file as loaded
        QString trainee;     // the login of the seat's trainee
        QString state;       // ready, running, paused, ended
        double speed = 1;
        QDateTime simStart;   // the exercise's minute 0, in exercise time
        QDateTime simAnchor;  // exercise time at realAnchor
        QDateTime realAnchor;
        int version = 0;
    };
    struct Injection
    {
        QString itemId;
        QString kind;
        QDateTime dueAt;
        QDateTime injectedAt;
        qint64 caseId = 0;
    };
    struct Notice
    {
        qint64 id = 0;
        QDateTime at;
        QString itemId;
        QString kind;
        QString title;
        QString detail;
    };

    explicit TrainingSeatRepository(Database &db)
        : m_db(db)
    {}

    // Refuses unless the database carries the training mark (nothing exercise-like in production).
    yw::core::Status checkTraining() const;
    yw::core::Result<std::optional<Run>> run() const;
    // Loads an exercise into the seat (version 1); a seat that already has one is a Conflict.
    yw::core::Status create(const Run &run);
    // The clock and state, if nobody changed them since expectedVersion (else a Conflict).
    yw::core::Status updateClock(const QString &state, double speed, const QDateTime &simAnchor,
                                 const QDateTime &realAnchor, int expectedVersion);
    yw::core::Result<QList<Injection>> injections() const;
    // Records an injection; false (not an error) when the item was injected already.
    yw::core::Result<bool> addInjection(const Injection &i);
    yw::core::Status addNotice(Notice &n);
    yw::core::Result<QList<Notice>> notices(qint64 afterId = 0) const;

private:
    Database &m_db;
};

} // namespace yw::store
