#pragma once

#include "trainingroom.h"
#include "trainingrows.h"

#include <QObject>
#include <QTimer>

namespace yw::trainingmodule {

// What the console shows of the room after each tick.
struct RoomSnapshot
{
    bool prepared = false;
    bool running = false;
    bool ended = false;
    int minute = 0;
    double speed = 1;
    QDateTime exerciseTime;
    QList<yw::training::TrainingRoom::SeatStatus> seats;
    QList<yw::training::TraineeScore> scores; // by seat
    QString exerciseTitle;
    int durationMinutes = 0;
    QList<ItemRow> items;
};

// The training room on a thread of its own (it holds every seat's connection and reads their
// progress): ticks once a second and reports a snapshot; the console's requests come in queued
// and their outcome goes back as done(error text, empty when it worked).
class RoomDriver : public QObject
{
    Q_OBJECT
public:
    RoomDriver(const yw::store::DatabaseLocation &sandbox);
    ~RoomDriver() override;

public slots:
    void begin();
    // photoFolder: where the exercise file is (its photos are read from there).
    void prepare(const yw::core::User &actor, const QByteArray &exerciseJson, const QStringList &trainees,
                 const QString &photoFolder = {});
    void setClock(const yw::core::User &actor, bool running, double speed);
    void injectNow(const yw::core::User &actor, const QString &itemId);
    void notifyAll(const yw::core::User &actor, const QString &title, const QString &detail);
    void injectReport(const yw::core::User &actor, const QString &classCode, double lon, double lat,
                      const QString &text);
    void end(const yw::core::User &actor);
    // The room's exercise and trainees on new seats.
    void reset(const yw::core::User &actor);
    void tick();

signals:
    void done(const QString &request, const QString &error);
    // The room could not take up the seats it recorded (a seat deleted, a server away).
    void attachFailed(const QString &error);
    void updated(const yw::trainingmodule::RoomSnapshot &snapshot);

private:
    void finish(const QString &request, const yw::core::Status &s);

    yw::store::DatabaseLocation m_sandbox;
    yw::core::SystemClock m_clock;
    std::unique_ptr<yw::training::TrainingRoom> m_room;
    std::unique_ptr<yw::training::SeatServices> m_city; // the sandbox: exercise files are checked on it
    QTimer *m_timer = nullptr;
};

} // namespace yw::trainingmodule

Q_DECLARE_METATYPE(yw::trainingmodule::RoomSnapshot)
