#include "trainingconsole.h"

#include "exercisecatalog.h"
#include "scorereport.h"
#include "session.h"
#include "userrepository.h"

#include <QFileInfo>

namespace yw::trainingmodule {

using namespace yw::core;

TrainingConsole::TrainingConsole(yw::shell::ModuleContext &context, ExerciseCatalog &catalog,
                                 ScoreReport &report, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_catalog(catalog)
    , m_report(report)
{
    qRegisterMetaType<RoomSnapshot>();
    qRegisterMetaType<yw::core::User>();
    connect(&m_catalog, &ExerciseCatalog::selectedChanged, this, [this] {
        if (!m_snapshot.prepared)
            m_items.setRows(m_catalog.selectedItems());
    });
    m_items.setRows(m_catalog.selectedItems());
}

TrainingConsole::~TrainingConsole()
{
    m_thread.quit();
    m_thread.wait();
}

void TrainingConsole::start()
{
    loadTrainees();
    m_driver = new RoomDriver(m_context.database->location());
    m_driver->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_driver, &QObject::deleteLater);
    connect(m_driver, &RoomDriver::done, this, &TrainingConsole::onDone);
    connect(m_driver, &RoomDriver::updated, this, &TrainingConsole::onUpdated);
    connect(m_driver, &RoomDriver::attachFailed, this, &TrainingConsole::setMessage);
    m_thread.setObjectName(QStringLiteral("training-room"));
    m_thread.start();
    QMetaObject::invokeMethod(m_driver, &RoomDriver::begin);
}

bool TrainingConsole::mayRun() const
{
    const User &u = m_context.session->user();
    return u.hasRole(Role::Trainer) || u.hasRole(Role::Admin);
}

void TrainingConsole::loadTrainees()
{
    // Whoever can take, file and dispatch a case alone: a trainee works the whole flow.
    QList<TraineeRow> rows;
    auto users = yw::store::UserRepository(*m_context.database).list();
    if (users)
        for (const User &u : users.value())
            if (u.active && u.hasRole(Role::IntakeOperator) && u.hasRole(Role::Dispatcher)
                && u.hasRole(Role::ShiftLeader) && !u.login.startsWith(QLatin1String("exercise")))
                rows.append({u.login, u.displayName, false});
    m_trainees.setRows(rows);
}

void TrainingConsole::toggleTrainee(const QString &login)
{
    QList<TraineeRow> rows = m_trainees.rows();
    for (TraineeRow &r : rows)
        if (r.login == login)
            r.chosen = !r.chosen;
    m_trainees.setRows(rows);
}

void TrainingConsole::request(const std::function<void(RoomDriver *, const User &)> &call)
{
    if (!m_driver || m_busy)
        return;
    m_busy = true;
    emit busyChanged();
    const User actor = m_context.session->user();
    RoomDriver *driver = m_driver;
    QMetaObject::invokeMethod(m_driver, [driver, actor, call] { call(driver, actor); });
}

void TrainingConsole::prepare()
{
    QStringList chosen;
    for (const TraineeRow &r : m_trainees.rows())
        if (r.chosen)
            chosen << r.login;
    const QByteArray json = m_catalog.selectedJson();
    const QString folder = QFileInfo(m_catalog.selectedRow().file).absolutePath();
    m_exerciseTitle = m_catalog.selectedRow().title;
    m_duration = m_catalog.selectedRow().durationMinutes;
    m_items.setRows(m_catalog.selectedItems());
    setMessage(tr("Preparing the seats…"));
    request([json, chosen, folder](RoomDriver *d, const User &actor) { d->prepare(actor, json, chosen, folder); });
}

void TrainingConsole::reset()
{
    if (!m_snapshot.prepared)
        return prepare();
    setMessage(tr("Resetting the seats…"));
    request([](RoomDriver *d, const User &actor) { d->reset(actor); });
}

void TrainingConsole::run()
{
    const double speed = m_snapshot.speed;
    request([speed](RoomDriver *d, const User &actor) { d->setClock(actor, true, speed); });
}

void TrainingConsole::pause()
{
    const double speed = m_snapshot.speed;
    request([speed](RoomDriver *d, const User &actor) { d->setClock(actor, false, speed); });
}

void TrainingConsole::setSpeed(double speed)
{
    const bool running = m_snapshot.running;
    request([speed, running](RoomDriver *d, const User &actor) { d->setClock(actor, running, speed); });
}

void TrainingConsole::injectNow(const QString &itemId)
{
    request([itemId](RoomDriver *d, const User &actor) { d->injectNow(actor, itemId); });
}

void TrainingConsole::notifyAll(const QString &title, const QString &detail)
{
    request([title, detail](RoomDriver *d, const User &actor) { d->notifyAll(actor, title, detail); });
}

void TrainingConsole::injectReport(const QString &classCode, const QString &place, const QString &text)
{
    const QStringList parts = QString(place).replace(QChar(0xFF0C), u',').split(u',');
    bool okLon = false, okLat = false;
    const double lon = parts.value(0).trimmed().toDouble(&okLon);
    const double lat = parts.value(1).trimmed().toDouble(&okLat);
    if (parts.size() != 2 || !okLon || !okLat) {
        setMessage(tr("The place is written as longitude, latitude (for example 112.985, 28.195)."));
        return;
    }
    request([=](RoomDriver *d, const User &actor) { d->injectReport(actor, classCode, lon, lat, text); });
}

void TrainingConsole::endExercise()
{
    request([](RoomDriver *d, const User &actor) { d->end(actor); });
}

void TrainingConsole::selectSeat(int row)
{
    if (row == m_selectedSeat)
        return;
    m_selectedSeat = row;
    emit selectedSeatChanged();
    if (row >= 0 && row < m_snapshot.scores.size())
        m_report.show(m_snapshot.scores.at(row), m_seats.row(row).traineeName, m_exerciseTitle);
    showQueue();
}

void TrainingConsole::showQueue()
{
    QList<QueueRow> rows;
    if (m_selectedSeat >= 0 && m_selectedSeat < m_snapshot.seats.size()) {
        const QTimeZone zone = m_context.calendar->timeZone();
        for (const auto &q : m_snapshot.seats.at(m_selectedSeat).queue) {
            const TaxonomyClass *cls = m_context.taxonomy->find(TaxonomyKind::Matter, q.classCode);
            rows.append({q.caseNumber, q.itemId, cls ? cls->nameZh : q.classCode, displayName(q.state),
                         q.since.toTimeZone(zone).toString(QStringLiteral("HH:mm"))});
        }
    }
    m_queue.setRows(rows);
}

void TrainingConsole::onDone(const QString &request, const QString &error)
{
    m_busy = false;
    emit busyChanged();
    if (!error.isEmpty())
        setMessage(error);
    else if (request == QLatin1String("prepare") && m_message == tr("Resetting the seats…"))
        setMessage(tr("The seats were made anew: each trainee opens their seat again."));
    else if (request == QLatin1String("prepare"))
        setMessage(tr("The seats are ready. Each trainee opens their own seat (shown in the list); "
                      "then start the exercise."));
    else if (request == QLatin1String("inject"))
        setMessage(tr("Put in."));
    else if (request == QLatin1String("notify"))
        setMessage(tr("Every trainee was told."));
    else if (request == QLatin1String("end"))
        setMessage(tr("The exercise has ended. Choose a trainee for the debrief."));
    else
        setMessage({});
}

void TrainingConsole::onUpdated(const RoomSnapshot &s)
{
    const bool firstSight = !m_snapshot.prepared && s.prepared;
    m_snapshot = s;
    if (s.prepared) {
        m_exerciseTitle = s.exerciseTitle;
        m_duration = s.durationMinutes;
        if (firstSight) {
            m_items.setRows(s.items);
            // The trainees of a room taken up again show as chosen.
            QList<TraineeRow> trainees = m_trainees.rows();
            for (TraineeRow &t : trainees)
                for (const auto &seat : s.seats)
                    t.chosen = t.chosen || seat.trainee == t.login;
            m_trainees.setRows(trainees);
        }
    }
    QList<SeatRow> rows;
    for (int i = 0; i < s.seats.size(); ++i) {
        const auto &seat = s.seats.at(i);
        SeatRow r;
        r.trainee = seat.trainee;
        r.traineeName = seat.trainee;
        for (const TraineeRow &t : m_trainees.rows())
            if (t.login == seat.trainee)
                r.traineeName = t.name;
        r.location = seat.location;
        r.minute = seat.minute;
        r.openCases = seat.openCases;
        r.actions = seat.actions;
        r.lastAction = seat.lastAction;
        r.problem = seat.problem;
        if (i < s.scores.size()) {
            r.score = s.scores.at(i).possible > 0 ? s.scores.at(i).score : -1;
            r.wrongActions = s.scores.at(i).wrongActions;
            r.missed = s.scores.at(i).itemsMissed;
        }
        rows.append(r);
    }
    m_seats.setRows(rows);
    if (m_selectedSeat >= 0 && m_selectedSeat < s.scores.size())
        m_report.show(s.scores.at(m_selectedSeat), rows.at(m_selectedSeat).traineeName, m_exerciseTitle);
    showQueue();
    emit roomChanged();
}

void TrainingConsole::setMessage(const QString &m)
{
    if (m == m_message)
        return;
    m_message = m;
    emit messageChanged();
}

} // namespace yw::trainingmodule
