#include "trainingroom.h"

#include "auditlog.h"
#include "caserepository.h"
#include "databasesnapshot.h"
#include "exercisecases.h"
#include "traineescorer.h"
#include "trainingseatrepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include "exercisereader.h"

namespace yw::training {

using namespace yw::core;
using namespace yw::store;

struct TrainingRoom::Seat
{
    QString trainee;
    DatabaseLocation location;
    std::unique_ptr<ExerciseClock> clock;
    std::unique_ptr<SeatServices> services;
    std::unique_ptr<ExerciseRunner> runner;
    QString problem;
};

TrainingRoom::TrainingRoom(const DatabaseLocation &sandbox, const Clock &base)
    : m_sandbox(sandbox)
    , m_base(base)
{}

TrainingRoom::~TrainingRoom() = default;

DatabaseLocation TrainingRoom::seatAt(int seat) const
{
    return seat >= 0 && seat < int(m_seats.size()) ? m_seats[size_t(seat)]->location : DatabaseLocation();
}

DatabaseLocation TrainingRoom::seatLocation(const DatabaseLocation &sandbox, const QString &trainee,
                                            int generation)
{
    // Logins become names of files and databases: letters, digits and _ only.
    QString safe = trainee.toLower();
    safe.replace(QRegularExpression(QStringLiteral("[^a-z0-9_]")), QStringLiteral("_"));
    if (sandbox.backend() == DatabaseLocation::Backend::Sqlite) {
        const QFileInfo f(sandbox.filePath());
        return DatabaseLocation::sqliteFile(f.dir().filePath(
            QStringLiteral("%1-seats/%2-%3.sqlite").arg(f.completeBaseName(), safe).arg(generation)));
    }
    QString spec = QStringLiteral("postgresql://%1%2@%3:%4/%5_seat_%6_%7")
                       .arg(sandbox.user(),
                            sandbox.password().isEmpty() ? QString() : QLatin1Char(':') + sandbox.password(),
                            sandbox.host())
                       .arg(sandbox.port() > 0 ? sandbox.port() : 5432)
                       .arg(sandbox.databaseName(), safe)
                       .arg(generation);
    return DatabaseLocation::parse(spec).value();
}

Status TrainingRoom::requireTrainer(const User &actor, const QString &what) const
{
    if (actor.hasRole(Role::Trainer) || actor.hasRole(Role::Admin))
        return success();
    return Error::make(Error::Code::Forbidden,
                       tr("only a trainer may %1 (the signed-in user is not one)").arg(what));
}

void TrainingRoom::audit(const User &actor, const QString &action, const QString &detail) const
{
    auto db = Database::open(m_sandbox, Database::OpenMode::Existing, QStringLiteral("training-room"));
    if (db)
        AuditLog(*db.value()).append(m_base.now(), actor.login, action, detail);
}

Status TrainingRoom::prepare(const User &actor, const Exercise &exercise, const QStringList &trainees,
                             const QDateTime &simStart)
{
    if (auto s = requireTrainer(actor, tr("prepare an exercise")); !s)
        return s;
    if (trainees.isEmpty())
        return Error::make(Error::Code::InvalidInput, tr("Choose at least one trainee."));
    // The seats of an earlier run go (those still open somewhere stay until they are closed: a new
    // generation never writes over them).
    QStringList earlier;
    for (const auto &seat : m_seats)
        earlier << seat->trainee;
    const int before = m_generation > 0 ? m_generation : storedGeneration();
    m_seats.clear();
    for (const QString &trainee : earlier)
        dropSeat(seatLocation(m_sandbox, trainee, before));
    m_generation = before + 1;
    m_ended = false;
    m_exercise = std::make_unique<Exercise>(exercise);
    for (const QString &trainee : trainees) {
        auto seat = std::make_unique<Seat>();
        seat->trainee = trainee;
        seat->location = seatLocation(m_sandbox, trainee, m_generation);
        dropSeat(seat->location); // a leftover of a room whose record was lost
        if (seat->location.backend() == DatabaseLocation::Backend::Sqlite) {
            QDir().mkpath(QFileInfo(seat->location.filePath()).absolutePath());
        } else {
            auto admin = Database::open(m_sandbox, Database::OpenMode::Existing, QStringLiteral("training-room"));
            if (!admin)
                return admin.error();
            if (auto c = admin.value()->exec(
                    QStringLiteral("CREATE DATABASE \"%1\"").arg(seat->location.databaseName()));
                !c)
                return c.error();
        }
        if (auto s = DatabaseSnapshot::copy(m_sandbox, seat->location); !s)
            return s;
        seat->clock = std::make_unique<ExerciseClock>(m_base);
        auto services = SeatServices::open(seat->location, *seat->clock);
        if (!services)
            return services.error();
        seat->services = std::move(services.value());
        seat->runner = std::make_unique<ExerciseRunner>(*seat->services, *m_exercise);
        if (auto s = seat->runner->load(trainee, simStart, exercise.speed); !s)
            return s;
        auto run = TrainingSeatRepository(seat->services->database()).run();
        if (run && run.value())
            seat->clock->setState(ExerciseClock::fromRun(*run.value()));
        m_seats.push_back(std::move(seat));
    }
    {
        // The room is kept in the sandbox, so that a console opened again takes its seats up.
        auto db = Database::open(m_sandbox, Database::OpenMode::Existing, QStringLiteral("training-room"));
        if (!db)
            return db.error();
        const QJsonObject room{{QStringLiteral("exercise"), exercise.id},
                               {QStringLiteral("trainees"), QJsonArray::fromStringList(trainees)},
                               {QStringLiteral("generation"), m_generation}};
        if (auto s = db.value()->setMetaValue(QStringLiteral("training_room"),
                                              QString::fromUtf8(QJsonDocument(room).toJson(QJsonDocument::Compact)));
            !s)
            return s;
    }
    audit(actor, QStringLiteral("training.prepare"),
          QStringLiteral("%1 for %2").arg(exercise.id, trainees.join(QStringLiteral(", "))));
    return success();
}

int TrainingRoom::storedGeneration() const
{
    auto db = Database::open(m_sandbox, Database::OpenMode::Existing, QStringLiteral("training-room"));
    if (!db)
        return 0;
    return QJsonDocument::fromJson(db.value()->metaValue(QStringLiteral("training_room")).toUtf8())
        .object()
        .value(QStringLiteral("generation"))
        .toInt(0);
}

void TrainingRoom::dropSeat(const DatabaseLocation &seat) const
{
    // Best effort: a seat a trainee still has open stays (PostgreSQL refuses to drop it; an
    // SQLite file is unlinked, and nothing new is ever made at its path).
    if (seat.backend() == DatabaseLocation::Backend::Sqlite) {
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(seat.filePath() + QLatin1String(suffix));
        return;
    }
    if (auto admin = Database::open(m_sandbox, Database::OpenMode::Existing, QStringLiteral("training-room")))
        admin.value()->exec(QStringLiteral("DROP DATABASE IF EXISTS \"%1\"").arg(seat.databaseName()));
}

Status TrainingRoom::attach()
{
    auto db = Database::open(m_sandbox, Database::OpenMode::Existing, QStringLiteral("training-room"));
    if (!db)
        return db.error();
    const QJsonObject room = QJsonDocument::fromJson(db.value()->metaValue(QStringLiteral("training_room")).toUtf8()).object();
    db.value().reset();
    const QJsonArray trainees = room.value(QStringLiteral("trainees")).toArray();
    if (trainees.isEmpty())
        return success();
    m_seats.clear();
    m_generation = room.value(QStringLiteral("generation")).toInt(1);
    for (const QJsonValue &t : trainees) {
        auto seat = std::make_unique<Seat>();
        seat->trainee = t.toString();
        seat->location = seatLocation(m_sandbox, seat->trainee, m_generation);
        seat->clock = std::make_unique<ExerciseClock>(m_base);
        auto services = SeatServices::open(seat->location, *seat->clock);
        if (!services)
            return Error::make(services.error().code,
                               tr("The seat of %1 cannot be opened: %2").arg(seat->trainee, services.error().message));
        seat->services = std::move(services.value());
        auto run = TrainingSeatRepository(seat->services->database()).run();
        if (!run)
            return run.error();
        if (!run.value())
            return Error::make(Error::Code::NotFound, tr("The seat of %1 runs no exercise.").arg(seat->trainee));
        if (!m_exercise) {
            auto exercise = ExerciseReader(*seat->services).read(run.value()->exercise);
            if (!exercise)
                return exercise.error();
            m_exercise = std::make_unique<Exercise>(exercise.value());
        }
        seat->clock->setState(ExerciseClock::fromRun(*run.value()));
        m_ended = run.value()->state == QLatin1String("ended");
        seat->runner = std::make_unique<ExerciseRunner>(*seat->services, *m_exercise);
        m_seats.push_back(std::move(seat));
    }
    return success();
}

Status TrainingRoom::setClock(const User &actor, bool running, double speed)
{
    if (auto s = requireTrainer(actor, tr("start or pause the exercise")); !s)
        return s;
    if (m_seats.empty())
        return Error::make(Error::Code::GuardFailed, tr("Prepare the seats first."));
    if (m_ended)
        return Error::make(Error::Code::GuardFailed, tr("The exercise has ended."));
    if (speed < 1 || speed > 60)
        return Error::make(Error::Code::InvalidInput, tr("The speed is between 1× and 60×."));
    const QDateTime real = m_base.now();
    for (auto &seat : m_seats) {
        TrainingSeatRepository repo(seat->services->database());
        auto run = repo.run();
        if (!run)
            return run.error();
        if (!run.value())
            continue;
        const QDateTime sim = seat->clock->now(); // where this seat's exercise time stands
        const QString state = running ? QStringLiteral("running") : QStringLiteral("paused");
        if (auto s = repo.updateClock(state, speed, sim, real, run.value()->version); !s)
            return s;
        auto after = repo.run();
        if (after && after.value())
            seat->clock->setState(ExerciseClock::fromRun(*after.value()));
    }
    audit(actor, running ? QStringLiteral("training.start") : QStringLiteral("training.pause"),
          QStringLiteral("%1 at %2x, minute %3").arg(m_exercise->id).arg(speed).arg(minute()));
    return success();
}

Status TrainingRoom::injectNow(const User &actor, const QString &itemId)
{
    if (auto s = requireTrainer(actor, tr("put an item in")); !s)
        return s;
    if (!m_exercise || !m_exercise->item(itemId))
        return Error::make(Error::Code::NotFound, tr("The exercise has no item %1.").arg(itemId));
    for (auto &seat : m_seats)
        if (auto s = seat->runner->injectNow(itemId); !s)
            return s;
    audit(actor, QStringLiteral("training.inject"), QStringLiteral("%1 %2").arg(m_exercise->id, itemId));
    return success();
}

Status TrainingRoom::injectReport(const User &actor, const QString &classCode, double lon, double lat,
                                  const QString &text, SourceChannel channel)
{
    if (auto s = requireTrainer(actor, tr("put a report in")); !s)
        return s;
    if (m_seats.empty())
        return Error::make(Error::Code::GuardFailed, tr("Prepare the seats first."));
    if (text.trimmed().isEmpty())
        return Error::make(Error::Code::InvalidInput, tr("The report needs its words."));
    ExerciseItem item;
    item.kind = ExerciseItem::Kind::Case;
    item.channel = channel;
    item.classCode = classCode.trimmed();
    item.lon = lon;
    item.lat = lat;
    item.hasPlace = true;
    item.text = text.trimmed();
    // An id no seat has had (a room taken up again may have put some in already).
    for (bool taken = true; taken;) {
        item.id = QStringLiteral("hand%1").arg(++m_byHand);
        auto done = TrainingSeatRepository(m_seats.front()->services->database()).injections();
        taken = false;
        if (done)
            for (const auto &i : done.value())
                taken = taken || i.itemId == item.id;
    }
    for (auto &seat : m_seats)
        if (auto s = seat->runner->injectReport(item); !s)
            return s;
    audit(actor, QStringLiteral("training.inject"),
          QStringLiteral("%1 %2 %3,%4").arg(item.id, item.classCode).arg(lon, 0, 'f', 6).arg(lat, 0, 'f', 6));
    return success();
}

Status TrainingRoom::notifyAll(const User &actor, const QString &title, const QString &detail)
{
    if (auto s = requireTrainer(actor, tr("tell the trainees something")); !s)
        return s;
    if (title.trimmed().isEmpty())
        return Error::make(Error::Code::InvalidInput, tr("The notice needs a title."));
    for (auto &seat : m_seats) {
        TrainingSeatRepository::Notice n;
        n.at = seat->clock->now();
        n.itemId = QStringLiteral("trainer");
        n.kind = QStringLiteral("trainer");
        n.title = title.trimmed();
        n.detail = detail;
        if (auto s = TrainingSeatRepository(seat->services->database()).addNotice(n); !s)
            return s;
    }
    audit(actor, QStringLiteral("training.notify"), title);
    return success();
}

Status TrainingRoom::end(const User &actor)
{
    if (auto s = requireTrainer(actor, tr("end the exercise")); !s)
        return s;
    const QDateTime real = m_base.now();
    for (auto &seat : m_seats) {
        TrainingSeatRepository repo(seat->services->database());
        auto run = repo.run();
        if (!run || !run.value())
            continue;
        if (auto s = repo.updateClock(QStringLiteral("ended"), run.value()->speed, seat->clock->now(),
                                      real, run.value()->version);
            !s)
            return s;
        seat->clock->setState(ExerciseClock::fromRun(*repo.run().value()));
    }
    m_ended = true;
    audit(actor, QStringLiteral("training.end"), m_exercise ? m_exercise->id : QString());
    return success();
}

void TrainingRoom::tick()
{
    for (auto &seat : m_seats) {
        if (m_ended)
            break;
        auto r = seat->runner->tick();
        seat->problem = r ? QString() : r.error().message;
    }
}

int TrainingRoom::minute() const
{
    if (m_seats.empty() || !m_exercise)
        return 0;
    return m_seats.front()->runner->minute();
}

bool TrainingRoom::isRunning() const
{
    return !m_seats.empty() && m_seats.front()->clock->state().running;
}

double TrainingRoom::speed() const
{
    return m_seats.empty() ? (m_exercise ? m_exercise->speed : 1) : m_seats.front()->clock->state().speed;
}

QList<TrainingRoom::SeatStatus> TrainingRoom::status() const
{
    QList<SeatStatus> out;
    for (const auto &seat : m_seats) {
        SeatStatus s;
        s.trainee = seat->trainee;
        s.location = seat->location.backend() == DatabaseLocation::Backend::Sqlite
                         ? seat->location.filePath()
                         : seat->location.displayName();
        s.minute = seat->runner->minute();
        s.problem = seat->problem;
        auto run = TrainingSeatRepository(seat->services->database()).run();
        if (run && run.value()) {
            s.state = run.value()->state;
            auto cases = ExerciseCases::read(seat->services->database(), *m_exercise, run.value()->simStart);
            if (cases) {
                QList<CaseEvent> mine;
                for (const CaseRecord &c : cases.value().cases()) {
                    s.openCases += isFinal(c.state) ? 0 : 1;
                    if (!isFinal(c.state))
                        s.queue.prepend({c.caseNumber, cases.value().itemOf(c.id), c.classCode, c.state,
                                         c.updatedAt});
                    auto h = seat->services->cases().history(c.id);
                    if (h)
                        for (const CaseEvent &e : h.value())
                            if (!cases.value().exerciseAccounts().contains(e.actorUserId))
                                mine.append(e);
                }
                s.actions = int(mine.size());
                std::sort(mine.begin(), mine.end(), [](const CaseEvent &a, const CaseEvent &b) { return a.at < b.at; });
                if (!mine.isEmpty()) {
                    const CaseEvent &last = mine.last();
                    s.lastAction = QStringLiteral("%1 %2")
                                       .arg(last.at.toTimeZone(seat->services->calendar().timeZone())
                                                .toString(QStringLiteral("HH:mm")),
                                            last.action == QLatin1String("Report")
                                                ? tr("Report")
                                                : displayName(enumFromKey<CaseAction>(last.action)));
                }
            }
        }
        out.append(s);
    }
    return out;
}

Result<TraineeScore> TrainingRoom::score(int seat) const
{
    if (seat < 0 || seat >= int(m_seats.size()) || !m_exercise)
        return Error::make(Error::Code::NotFound, tr("No such seat."));
    return TraineeScorer(*m_seats[size_t(seat)]->services, *m_exercise).score(m_ended);
}

} // namespace yw::training
