#include "exerciserunner.h"

#include "attachmentstore.h"
#include "authservice.h"
#include "caserepository.h"
#include "devicedatawriter.h"
#include "geodatarepository.h"
#include "exercisecases.h"
#include "userrepository.h"

#include <QRandomGenerator>

namespace yw::training {

using namespace yw::core;
using namespace yw::store;
using Kind = ExerciseItem::Kind;

namespace {

QString kindKey(Kind k)
{
    switch (k) {
    case Kind::Case: return QStringLiteral("case");
    case Kind::Call: return QStringLiteral("call");
    case Kind::Callback: return QStringLiteral("callback");
    case Kind::SensorAlarm: return QStringLiteral("sensorAlarm");
    case Kind::TyphoonWarning: return QStringLiteral("typhoonWarning");
    case Kind::DepartmentOffDuty: return QStringLiteral("departmentOffDuty");
    case Kind::ExtensionRequest: return QStringLiteral("extensionRequest");
    }
    return {};
}

} // namespace

ExerciseRunner::ExerciseRunner(SeatServices &seat, const Exercise &exercise)
    : m_seat(seat)
    , m_exercise(exercise)
{}

Status ExerciseRunner::load(const QString &trainee, const QDateTime &simStart, double speed)
{
    TrainingSeatRepository::Run run;
    run.exerciseId = m_exercise.id;
    run.exercise = m_exercise.source;
    run.trainee = trainee;
    run.state = QStringLiteral("paused");
    run.speed = speed;
    run.simStart = simStart;
    run.simAnchor = simStart;
    run.realAnchor = QDateTime::currentDateTimeUtc();
    return TrainingSeatRepository(m_seat.database()).create(run);
}

Status ExerciseRunner::injectNow(const QString &itemId)
{
    const ExerciseItem *item = m_exercise.item(itemId);
    if (!item)
        return Error::make(Error::Code::NotFound, tr("The exercise has no item %1.").arg(itemId));
    auto run = TrainingSeatRepository(m_seat.database()).run();
    if (!run)
        return run.error();
    if (!run.value())
        return Error::make(Error::Code::GuardFailed, tr("No exercise is loaded in this seat."));
    auto done = injectedItems();
    if (!done)
        return done.error();
    if (done.value().contains(itemId))
        return success();
    auto r = inject(*item, m_seat.clock().now(), run.value()->simStart);
    if (!r)
        return r.error();
    if (!r.value())
        return Error::make(Error::Code::GuardFailed,
                           tr("%1 cannot go in yet: its case is not being handled.").arg(itemId));
    return success();
}

Status ExerciseRunner::injectReport(const ExerciseItem &item)
{
    if (!item.isReport() || item.isCall())
        return Error::make(Error::Code::InvalidInput, tr("Only a report that arrives by itself can be put in by hand."));
    if (m_exercise.item(item.id))
        return Error::make(Error::Code::InvalidInput, tr("The exercise has an item %1 already.").arg(item.id));
    if (!m_seat.knowsMatterClass(item.classCode))
        return Error::make(Error::Code::InvalidInput, tr("Unknown class %1.").arg(item.classCode));
    if (!item.hasPlace || m_seat.gridAt(item.lon, item.lat).isEmpty())
        return Error::make(Error::Code::InvalidInput, tr("The place is outside the city's unit grids."));
    auto run = TrainingSeatRepository(m_seat.database()).run();
    if (!run)
        return run.error();
    if (!run.value())
        return Error::make(Error::Code::GuardFailed, tr("No exercise is loaded in this seat."));
    auto r = inject(item, m_seat.clock().now(), run.value()->simStart);
    if (!r)
        return r.error();
    return success();
}

int ExerciseRunner::minute() const
{
    auto run = TrainingSeatRepository(m_seat.database()).run();
    if (!run || !run.value())
        return 0;
    return int(run.value()->simStart.secsTo(m_seat.clock().now()) / 60);
}

Result<int> ExerciseRunner::tick()
{
    auto run = TrainingSeatRepository(m_seat.database()).run();
    if (!run)
        return run.error();
    if (!run.value() || run.value()->state == QLatin1String("ended"))
        return 0;
    const QDateTime start = run.value()->simStart;
    const QDateTime now = m_seat.clock().now();
    auto injected = injectDue(now, start);
    if (!injected)
        return injected.error();
    auto answered = answerForParties(now, start);
    if (!answered)
        return answered.error();
    return injected.value() + answered.value();
}

Result<User> ExerciseRunner::account(const QString &departmentCode)
{
    const QString login = departmentCode.isEmpty()
                              ? QString::fromLatin1(ExerciseCases::kAccountPrefix)
                              : QStringLiteral("%1.%2").arg(QLatin1String(ExerciseCases::kAccountPrefix),
                                                            departmentCode);
    if (m_accounts.contains(login))
        return m_accounts.value(login);
    UserRepository users(m_seat.database());
    if (auto stored = users.byLogin(login)) {
        m_accounts.insert(login, stored.value().user);
        return stored.value().user;
    }
    // The simulated parties sign in nowhere: a random password nobody knows.
    User u;
    u.login = login;
    if (departmentCode.isEmpty()) {
        u.displayName = tr("Exercise");
        u.roles = Roles(Role::IntakeOperator) | Role::FieldInspector;
    } else {
        u.displayName = tr("Exercise: %1").arg(m_seat.departmentName(m_seat.departmentId(departmentCode)));
        u.roles = Role::DepartmentHandler;
        u.departmentId = m_seat.departmentId(departmentCode);
    }
    const QString password = QString::number(QRandomGenerator::system()->generate64(), 36)
                             + QString::number(QRandomGenerator::system()->generate64(), 36);
    auto id = AuthService(m_seat.database(), m_seat.clock()).createUser(nullptr, u, password);
    if (!id)
        return id.error();
    u.id = id.value();
    m_accounts.insert(login, u);
    return u;
}

Status ExerciseRunner::notice(const ExerciseItem &item, const QString &kind, const QString &title,
                              const QString &detail)
{
    TrainingSeatRepository::Notice n;
    n.at = m_seat.clock().now();
    n.itemId = item.id;
    n.kind = kind;
    n.title = title;
    n.detail = detail;
    return TrainingSeatRepository(m_seat.database()).addNotice(n);
}

Result<QSet<QString>> ExerciseRunner::injectedItems() const
{
    auto done = TrainingSeatRepository(m_seat.database()).injections();
    if (!done)
        return done.error();
    QSet<QString> ids;
    for (const auto &i : done.value())
        ids.insert(i.itemId);
    return ids;
}

Result<int> ExerciseRunner::injectDue(const QDateTime &now, const QDateTime &start)
{
    auto done = injectedItems();
    if (!done)
        return done.error();
    const QSet<QString> &injected = done.value();
    int count = 0;
    for (const ExerciseItem &item : m_exercise.items) {
        const QDateTime due = start.addSecs(qint64(item.atMinutes) * 60);
        if (due > now)
            break;
        if (injected.contains(item.id))
            continue;
        auto r = inject(item, due, start);
        if (!r)
            return r.error();
        count += r.value() ? 1 : 0;
    }
    return count;
}

Result<bool> ExerciseRunner::inject(const ExerciseItem &item, const QDateTime &due,
                                    const QDateTime &start)
{
    auto who = account();
    if (!who)
        return who.error();
    TrainingSeatRepository seat(m_seat.database());
    TrainingSeatRepository::Injection record{item.id, kindKey(item.kind), due, m_seat.clock().now(), 0};
    bool injected = true;
    const Status s = m_seat.database().transaction([&]() -> Status {
        switch (item.kind) {
        case Kind::Case:
        case Kind::SensorAlarm: {
            CaseRecord draft;
            draft.source = item.channel;
            if (!item.componentId.isEmpty()) {
                draft.kind = TaxonomyKind::Component;
                draft.componentId = item.componentId;
            } else {
                draft.kind = TaxonomyKind::Matter;
                draft.classCode = item.classCode;
            }
            draft.description = item.text;
            draft.address = item.address;
            draft.hasLocation = item.hasPlace;
            draft.longitude = item.lon;
            draft.latitude = item.lat;
            draft.urgency = item.urgency;
            draft.reporterName = item.caller;
            draft.externalRef = QStringLiteral("exercise:%1:%2").arg(m_exercise.id, item.id);
            // Alarms too arrive as new reports (not folded into an open case as the IoT
            // channel does): recognising a repeated alarm is part of the drill.
            auto out = m_seat.intake().submit(who.value(), draft);
            if (!out)
                return out.error();
            record.caseId = out.value().record.id;
            for (const auto &[name, bytes] : item.photoData)
                if (auto a = AttachmentStore(m_seat.database(), m_seat.clock()).add(who.value(), record.caseId, name, bytes); !a)
                    return a.error();
            if (item.kind == Kind::SensorAlarm)
                if (auto a = sensorAlarm(item); !a)
                    return a;
            if (item.kind == Kind::SensorAlarm)
                if (auto n = notice(item, QStringLiteral("sensorAlarm"),
                                    item.title.isEmpty() ? tr("Sensor alarm") : item.title,
                                    item.detail.isEmpty() ? item.text : item.detail);
                    !n)
                    return n;
            break;
        }
        case Kind::Call:
        case Kind::Callback: {
            const QString title = item.caller.isEmpty() ? tr("Incoming call")
                                                        : tr("Incoming call: %1").arg(item.caller);
            QString detail = item.text;
            if (!item.address.isEmpty())
                detail += QStringLiteral("\n") + tr("Place: %1").arg(item.address);
            if (item.hasPlace)
                detail += QStringLiteral("\n")
                          + tr("Coordinates: %1, %2").arg(item.lon, 0, 'f', 6).arg(item.lat, 0, 'f', 6);
            if (auto n = notice(item, QStringLiteral("call"), title, detail); !n)
                return n;
            break;
        }
        case Kind::TyphoonWarning:
            if (auto n = notice(item, QStringLiteral("typhoonWarning"), item.title, item.detail); !n)
                return n;
            break;
        case Kind::DepartmentOffDuty: {
            const QString title =
                tr("%1 is off duty until %2")
                    .arg(m_seat.departmentName(m_seat.departmentId(item.department)),
                         start.addSecs(qint64(item.untilMinutes) * 60)
                             .toTimeZone(m_seat.calendar().timeZone())
                             .toString(QStringLiteral("HH:mm")));
            const QString detail =
                tr("Dispatch its cases to %1 meanwhile.")
                    .arg(m_seat.departmentName(m_seat.departmentId(item.instead)))
                + (item.detail.isEmpty() ? QString() : QStringLiteral("\n") + item.detail);
            if (auto n = notice(item, QStringLiteral("departmentOffDuty"), title, detail); !n)
                return n;
            break;
        }
        case Kind::ExtensionRequest: {
            auto cases = ExerciseCases::read(m_seat.database(), m_exercise, start);
            if (!cases)
                return cases.error();
            const qint64 id = cases.value().caseOf(item.about);
            auto c = id > 0 ? m_seat.cases().get(id) : Result<CaseRecord>(Error::make(Error::Code::NotFound, {}));
            if (!c || c.value().state != CaseState::Handling) {
                injected = false; // asked once the owner is handling it
                return success();
            }
            auto handler = account(m_seat.departmentCode(c.value().ownerDepartmentId));
            if (!handler)
                return handler.error();
            ActionParams p;
            p.note = item.text;
            p.extensionSeconds = qint64(item.hours) * 3600;
            auto acted = m_seat.cases().act(handler.value(), id, c.value().version,
                                            CaseAction::RequestExtension, p);
            if (!acted)
                return acted.error();
            record.caseId = id;
            break;
        }
        }
        if (!injected)
            return success();
        auto added = seat.addInjection(record);
        if (!added)
            return added.error();
        if (!added.value()) // another runner put it in first: undo ours
            return Error::make(Error::Code::Conflict, QStringLiteral("injected twice"));
        return success();
    });
    if (!s) {
        if (s.error().code == Error::Code::Conflict)
            return false;
        return s.error();
    }
    return injected;
}

Status ExerciseRunner::sensorAlarm(const ExerciseItem &item)
{
    // The alarm as the one map and the wall see a sensor's: an alarm reading of a device at the
    // place. The exercise's own device there (a repeated alarm reuses it), added to the seat.
    GeodataRepository geo(m_seat.database());
    auto devices = geo.devices();
    if (!devices)
        return devices.error();
    QString deviceId;
    for (const auto &d : devices.value())
        if (d.id.startsWith(QLatin1String("EX-")) && d.kind == item.sensorKind
            && std::abs(d.lon - item.lon) < 0.0003 && std::abs(d.lat - item.lat) < 0.0003)
            deviceId = d.id;
    DeviceDataWriter writer(m_seat.database());
    if (deviceId.isEmpty()) {
        GeodataRepository::Device d;
        d.id = QStringLiteral("EX-%1-%2").arg(m_exercise.id, item.id);
        d.kind = item.sensorKind;
        d.name = item.title.isEmpty() ? tr("Exercise sensor") : item.title;
        d.lon = item.lon;
        d.lat = item.lat;
        d.gridCode = m_seat.gridAt(item.lon, item.lat);
        d.properties = QStringLiteral("{\"exercise\":true}");
        if (auto s = writer.addDevice(d); !s)
            return s;
        deviceId = d.id;
    }
    if (auto s = writer.addReading(deviceId, m_seat.clock().now().toMSecsSinceEpoch(), item.sensorValue, true); !s)
        return s;
    return writer.flush();
}

Result<int> ExerciseRunner::answerForParties(const QDateTime &now, const QDateTime &start)
{
    auto cases = ExerciseCases::read(m_seat.database(), m_exercise, start);
    if (!cases)
        return cases.error();
    QSet<QString> pendingRequests; // items whose extension request is still to come
    auto injected = injectedItems();
    if (!injected)
        return injected.error();
    for (const ExerciseItem &item : m_exercise.items)
        if (item.kind == Kind::ExtensionRequest && !injected.value().contains(item.id))
            pendingRequests.insert(item.about);

    int count = 0;
    for (const CaseRecord &listed : cases.value().cases()) {
        if (isFinal(listed.state))
            continue;
        auto history = m_seat.cases().history(listed.id);
        if (!history || history.value().isEmpty())
            continue;
        const CaseRecord &c = listed;
        const qint64 since = history.value().last().at.secsTo(now) / 60;
        const QString itemId = cases.value().itemOf(c.id);
        const ExerciseItem *item = m_exercise.item(itemId);
        CaseAction action;
        Result<User> actor = Error::make(Error::Code::NotFound, {});
        ActionParams p;
        if (c.state == CaseState::Dispatched && since >= kAcceptAfterMinutes) {
            action = CaseAction::DepartmentAccept;
            actor = account(m_seat.departmentCode(c.ownerDepartmentId));
        } else if (c.state == CaseState::Handling && !pendingRequests.contains(itemId)
                   && since >= (item ? item->handlingMinutes : 60)) {
            action = CaseAction::Feedback;
            p.note = tr("Handled on site.");
            actor = account(m_seat.departmentCode(c.ownerDepartmentId));
        } else if ((c.state == CaseState::Verifying || c.state == CaseState::Checking)
                   && since >= kInspectAfterMinutes) {
            // The inspector asked, or the exercise's own; a report that is not to be filed is
            // found untrue on site.
            const bool untrue = item && !item->expect.file;
            action = c.state == CaseState::Checking ? CaseAction::CheckPass
                     : untrue                      ? CaseAction::VerifyDeny
                                                   : CaseAction::VerifyConfirm;
            if (untrue && action == CaseAction::VerifyDeny)
                p.note = tr("Not found on site.");
            if (c.inspectorUserId > 0) {
                auto u = UserRepository(m_seat.database()).byId(c.inspectorUserId);
                if (u)
                    actor = u.value();
            } else {
                actor = account();
            }
        } else {
            continue;
        }
        if (!actor)
            return actor.error();
        auto acted = m_seat.cases().act(actor.value(), c.id, c.version, action, p);
        if (!acted && acted.error().code != Error::Code::Conflict)
            return acted.error(); // a Conflict: the trainee acted first; next tick sees it
        count += acted ? 1 : 0;
    }
    return count;
}

} // namespace yw::training
