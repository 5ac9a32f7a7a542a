#pragma once

#include "gadgetlistmodel.h"
#include "modulecontext.h"
#include "roomdriver.h"
#include "trainingrows.h"

#include <QObject>
#include <QThread>
#include <QtQml/qqmlregistration.h>

namespace yw::trainingmodule {

class ExerciseCatalog;
class ScoreReport;

// The trainer's console (培训教员控制台): choose an exercise and the trainees, prepare their seats,
// start, pause and set the speed (1× to 60×), put an item in by hand or tell everyone
// something, end; watch every seat's minute, open cases, the trainee's last action and score,
// and read the selected trainee's debrief. The room runs on its own thread (RoomDriver).
class TrainingConsole : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the training module's")
    Q_PROPERTY(yw::shell::RowListModel *trainees READ trainees CONSTANT)
    Q_PROPERTY(yw::shell::RowListModel *seats READ seats CONSTANT)
    Q_PROPERTY(yw::shell::RowListModel *items READ items CONSTANT)
    // The selected seat's board: the trainee's open cases.
    Q_PROPERTY(yw::shell::RowListModel *queue READ queue CONSTANT)
    Q_PROPERTY(bool prepared READ prepared NOTIFY roomChanged)
    Q_PROPERTY(bool running READ running NOTIFY roomChanged)
    Q_PROPERTY(bool ended READ ended NOTIFY roomChanged)
    Q_PROPERTY(int minute READ minute NOTIFY roomChanged)
    Q_PROPERTY(double speed READ speed NOTIFY roomChanged)
    Q_PROPERTY(QString exerciseTitle READ exerciseTitle NOTIFY roomChanged)
    Q_PROPERTY(int durationMinutes READ durationMinutes NOTIFY roomChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool mayRun READ mayRun CONSTANT)
    Q_PROPERTY(int selectedSeat READ selectedSeat NOTIFY selectedSeatChanged)

public:
    TrainingConsole(yw::shell::ModuleContext &context, ExerciseCatalog &catalog, ScoreReport &report,
                    QObject *parent = nullptr);
    ~TrainingConsole() override;

    void start();
    yw::shell::RowListModel *trainees() { return &m_trainees; }
    yw::shell::RowListModel *seats() { return &m_seats; }
    yw::shell::RowListModel *items() { return &m_items; }
    yw::shell::RowListModel *queue() { return &m_queue; }
    bool prepared() const { return m_snapshot.prepared; }
    bool running() const { return m_snapshot.running; }
    bool ended() const { return m_snapshot.ended; }
    int minute() const { return m_snapshot.minute; }
    double speed() const { return m_snapshot.speed; }
    QString exerciseTitle() const { return m_exerciseTitle; }
    int durationMinutes() const { return m_duration; }
    bool busy() const { return m_busy; }
    QString message() const { return m_message; }
    // The signed-in user is a trainer (or an administrator); the room checks it again.
    bool mayRun() const;
    int selectedSeat() const { return m_selectedSeat; }

    Q_INVOKABLE void toggleTrainee(const QString &login);
    Q_INVOKABLE void prepare();
    // New seats for the same exercise and trainees (the trainees open their seats again).
    Q_INVOKABLE void reset();
    Q_INVOKABLE void run();
    Q_INVOKABLE void pause();
    Q_INVOKABLE void setSpeed(double speed);
    Q_INVOKABLE void injectNow(const QString &itemId);
    Q_INVOKABLE void notifyAll(const QString &title, const QString &detail);
    // A report of the trainer's own into every seat: a class code, "lon, lat" and its words.
    Q_INVOKABLE void injectReport(const QString &classCode, const QString &place, const QString &text);
    Q_INVOKABLE void endExercise();
    Q_INVOKABLE void selectSeat(int row);

signals:
    void roomChanged();
    void busyChanged();
    void messageChanged();
    void selectedSeatChanged();

private:
    void request(const std::function<void(RoomDriver *, const yw::core::User &)> &call);
    void onDone(const QString &request, const QString &error);
    void onUpdated(const RoomSnapshot &s);
    void setMessage(const QString &m);
    void loadTrainees();

    yw::shell::ModuleContext &m_context;
    ExerciseCatalog &m_catalog;
    ScoreReport &m_report;
    QThread m_thread;
    RoomDriver *m_driver = nullptr;
    RoomSnapshot m_snapshot;
    yw::shell::GadgetListModel<TraineeRow> m_trainees;
    yw::shell::GadgetListModel<SeatRow> m_seats;
    yw::shell::GadgetListModel<ItemRow> m_items;
    yw::shell::GadgetListModel<QueueRow> m_queue;
    void showQueue();
    QString m_exerciseTitle;
    int m_duration = 0;
    bool m_busy = false;
    QString m_message;
    int m_selectedSeat = -1;
};

} // namespace yw::trainingmodule
