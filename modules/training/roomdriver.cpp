#include "roomdriver.h"

#include "exercisereader.h"
#include "workcalendar.h"

namespace yw::trainingmodule {

using namespace yw::core;
using namespace yw::training;

RoomDriver::RoomDriver(const yw::store::DatabaseLocation &sandbox)
    : m_sandbox(sandbox)
{}

RoomDriver::~RoomDriver() = default;

void RoomDriver::begin()
{
    m_room = std::make_unique<TrainingRoom>(m_sandbox, m_clock);
    m_timer = new QTimer(this);
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &RoomDriver::tick);
    m_timer->start();
    if (auto s = m_room->attach(); !s)
        emit attachFailed(s.error().message);
    tick();
}

void RoomDriver::finish(const QString &request, const Status &s)
{
    tick(); // the snapshot first: when the console hears "done", it already shows the outcome
    emit done(request, s ? QString() : s.error().message);
}

void RoomDriver::prepare(const User &actor, const QByteArray &exerciseJson, const QStringList &trainees,
                         const QString &photoFolder)
{
    if (!m_city) {
        auto city = SeatServices::open(m_sandbox, m_clock);
        if (!city)
            return finish(QStringLiteral("prepare"), city.error());
        m_city = std::move(city.value());
    }
    auto exercise = ExerciseReader(*m_city).read(exerciseJson, photoFolder);
    if (!exercise)
        return finish(QStringLiteral("prepare"), exercise.error());
    // Minute 0 is the exercise's start time on the next working day of the city: the deadlines
    // and lights then run as on a real shift.
    const WorkCalendar calendar = WorkCalendar::chinaMainland();
    QDate day = m_clock.now().toTimeZone(calendar.timeZone()).date().addDays(1);
    while (!calendar.isWorkingDay(day))
        day = day.addDays(1);
    const QDateTime start(day, exercise.value().start, calendar.timeZone());
    finish(QStringLiteral("prepare"), m_room->prepare(actor, exercise.value(), trainees, start));
}

void RoomDriver::setClock(const User &actor, bool running, double speed)
{
    finish(running ? QStringLiteral("start") : QStringLiteral("pause"), m_room->setClock(actor, running, speed));
}

void RoomDriver::injectNow(const User &actor, const QString &itemId)
{
    finish(QStringLiteral("inject"), m_room->injectNow(actor, itemId));
}

void RoomDriver::injectReport(const User &actor, const QString &classCode, double lon, double lat,
                              const QString &text)
{
    // As a citizen's app report: the trainee verifies it before filing, as with any public report.
    finish(QStringLiteral("inject"),
           m_room->injectReport(actor, classCode, lon, lat, text, SourceChannel::PublicApp));
}

void RoomDriver::notifyAll(const User &actor, const QString &title, const QString &detail)
{
    finish(QStringLiteral("notify"), m_room->notifyAll(actor, title, detail));
}

void RoomDriver::end(const User &actor)
{
    finish(QStringLiteral("end"), m_room->end(actor));
}

void RoomDriver::reset(const User &actor)
{
    const Exercise *e = m_room->exercise();
    if (!e)
        return finish(QStringLiteral("prepare"), Error::make(Error::Code::GuardFailed, tr("Prepare the seats first.")));
    QStringList trainees;
    for (const auto &seat : m_room->status())
        trainees << seat.trainee;
    prepare(actor, e->source, trainees);
}

void RoomDriver::tick()
{
    if (!m_room)
        return;
    RoomSnapshot s;
    s.prepared = m_room->seatCount() > 0;
    if (s.prepared) {
        if (m_room->isRunning())
            m_room->tick();
        s.running = m_room->isRunning();
        s.ended = m_room->isEnded();
        s.minute = m_room->minute();
        s.speed = m_room->speed();
        s.seats = m_room->status();
        if (const Exercise *e = m_room->exercise()) {
            s.exerciseTitle = e->title;
            s.durationMinutes = e->durationMinutes;
            for (const ExerciseItem &i : e->items)
                s.items.append({i.id, i.atMinutes, QString(), i.title.isEmpty() ? i.text : i.title});
        }
        for (int i = 0; i < m_room->seatCount(); ++i) {
            auto score = m_room->score(i);
            s.scores.append(score ? score.value() : TraineeScore());
        }
    }
    emit updated(s);
}

} // namespace yw::trainingmodule
