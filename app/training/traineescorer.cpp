#include "traineescorer.h"

#include "exercisecases.h"
#include "kpifactsbuilder.h"
#include "trainingseatrepository.h"

#include <cmath>

namespace yw::training {

using namespace yw::core;
using namespace yw::store;
using Kind = ExerciseItem::Kind;

QString TraineeScorer::expectedOwner(const ExerciseItem &item, const QDateTime &start,
                                     const QDateTime &at) const
{
    QString owner = item.expect.owner;
    const int minute = at.isValid() ? int(start.secsTo(at) / 60) : item.atMinutes;
    for (const ExerciseItem &e : m_exercise.items)
        if (e.kind == Kind::DepartmentOffDuty && e.department == owner && e.atMinutes <= minute
            && minute < e.untilMinutes)
            owner = e.instead;
    return owner;
}

Result<TraineeScore> TraineeScorer::score(bool final) const
{
    auto run = TrainingSeatRepository(m_seat.database()).run();
    if (!run)
        return run.error();
    if (!run.value())
        return Error::make(Error::Code::NotFound, tr("No exercise was run in this seat."));
    const QDateTime start = run.value()->simStart;
    auto cases = ExerciseCases::read(m_seat.database(), m_exercise, start);
    if (!cases)
        return cases.error();
    auto injections = TrainingSeatRepository(m_seat.database()).injections();
    if (!injections)
        return injections.error();
    QHash<QString, TrainingSeatRepository::Injection> injected;
    for (const auto &i : injections.value())
        injected.insert(i.itemId, i);
    const QSet<qint64> exerciseAccounts = cases.value().exerciseAccounts();

    TraineeScore s;
    s.trainee = run.value()->trainee;
    s.exerciseId = m_exercise.id;
    const KpiFactsBuilder facts(m_seat.calendar(), m_seat.timeLimits());
    QHash<qint64, QList<CaseEvent>> histories;
    auto historyOf = [&](qint64 id) -> const QList<CaseEvent> & {
        if (!histories.contains(id)) {
            auto h = m_seat.cases().history(id);
            histories.insert(id, h ? h.value() : QList<CaseEvent>());
        }
        return histories[id];
    };
    auto isTrainee = [&](const CaseEvent &e) { return !exerciseAccounts.contains(e.actorUserId); };
    auto check = [&](const QString &item, const QString &what, const QString &expected,
                     const QString &actual, bool ok, int max) {
        s.checks.append({item, what, expected, actual, ok ? max : 0, max});
    };
    auto caseOfItem = [&](const QString &id) { return cases.value().caseOf(id); };
    QList<double> acceptM, fileM, dispatchM;

    for (const ExerciseItem &item : m_exercise.items) {
        if (!item.isReport() || !injected.contains(item.id))
            continue; // not due yet when the exercise ended: not scored
        const qint64 id = caseOfItem(item.id);
        const CaseRecord *c = cases.value().record(id);
        const bool repeat = !item.expect.duplicateOf.isEmpty();
        if (item.isCall())
            check(item.id, QStringLiteral("received"), tr("entered"), c ? tr("entered") : tr("not entered"),
                  c != nullptr, 1);
        if (!c && !final && injected.value(item.id).dueAt.secsTo(m_seat.clock().now()) < 15 * 60)
            continue; // a call still ringing: live, fifteen minutes before it counts as missed
        if (!c) {
            ++s.itemsMissed;
            // In the debrief too, at the minute it came in: what was never done.
            DebriefEntry missed;
            missed.at = injected.value(item.id).dueAt;
            missed.minute = item.atMinutes;
            missed.itemId = item.id;
            missed.action = QStringLiteral("Missed");
            missed.expected = repeat ? item.expect.duplicateOf : item.expect.classCode;
            missed.ok = false;
            s.debrief.append(missed);
            if (item.isCall() && !repeat && item.expect.file)
                check(item.id, QStringLiteral("class"), item.expect.classCode, QString(), false, 2);
            if (repeat)
                check(item.id, QStringLiteral("duplicate"), item.expect.duplicateOf, QString(), false, 3);
            else if (!item.expect.file)
                check(item.id, QStringLiteral("filing"), tr("not filed"), QString(), false, 2);
            else
                check(item.id, QStringLiteral("owner"), expectedOwner(item, start, {}), QString(), false, 3);
            continue;
        }
        const QList<CaseEvent> &events = historyOf(c->id);
        const bool open = !isFinal(c->state);
        if (item.isCall() && !repeat && item.expect.file)
            check(item.id, QStringLiteral("class"), item.expect.classCode, c->classCode,
                  c->classCode == item.expect.classCode, 2);
        const bool undecided = !final && open
                               && (c->state == CaseState::Reported || c->state == CaseState::Verifying
                                   || c->state == CaseState::PendingFiling);
        if (repeat && undecided) {
            // not recognised yet, nor taken for new
        } else if (repeat) {
            const qint64 target = caseOfItem(item.expect.duplicateOf);
            const CaseRecord *t = cases.value().record(c->mergedInto);
            check(item.id, QStringLiteral("duplicate"), item.expect.duplicateOf,
                  c->state == CaseState::Merged ? cases.value().itemOf(c->mergedInto).isEmpty()
                                                      ? (t ? t->caseNumber : QString::number(c->mergedInto))
                                                      : cases.value().itemOf(c->mergedInto)
                                                : QString(),
                  c->state == CaseState::Merged && target > 0 && c->mergedInto == target, 3);
        } else if (!item.expect.file && undecided) {
        } else if (!item.expect.file) {
            const bool unfiled = c->state == CaseState::NotFiled || c->state == CaseState::Voided
                                 || c->state == CaseState::VoidPending;
            check(item.id, QStringLiteral("filing"), tr("not filed"),
                  unfiled ? tr("not filed") : enumKey(c->state), unfiled, 2);
        } else {
            // The first dispatch is the decision scored; a later one after a return is not
            // a second chance.
            QString dispatched;
            QDateTime at;
            for (const CaseEvent &e : events)
                if (e.action == enumKey(CaseAction::Dispatch)) {
                    dispatched = m_seat.departmentCode(e.payload.value(QStringLiteral("departmentId")).toInteger());
                    at = e.at;
                    break;
                }
            const QString expected = expectedOwner(item, start, at);
            if (final || !dispatched.isEmpty() || !open)
                check(item.id, QStringLiteral("owner"), expected, dispatched,
                      !dispatched.isEmpty() && dispatched == expected, 3);
        }

        // Steps done by the trainee within their limits, and how long they took.
        CaseRecord reported = *c;
        const CaseFacts f = facts.build(reported, c->version, events);
        for (const TaskFact &t : f.tasks) {
            if (t.finishedAt == 0 || exerciseAccounts.contains(t.userId))
                continue;
            QString what;
            QList<double> *minutes = nullptr;
            if (t.step == Step::Accept)
                what = QStringLiteral("accept"), minutes = &acceptM;
            else if (t.step == Step::File)
                what = QStringLiteral("file"), minutes = &fileM;
            else if (t.step == Step::Dispatch)
                what = QStringLiteral("dispatch"), minutes = &dispatchM;
            else
                continue;
            const QDateTime from = QDateTime::fromMSecsSinceEpoch(t.startedAt, QTimeZone::utc());
            const QDateTime to = QDateTime::fromMSecsSinceEpoch(t.finishedAt, QTimeZone::utc());
            minutes->append(double(m_seat.calendar().workingSecondsBetween(from, to)) / 60.0);
            ++s.deadlinesDue;
            s.deadlinesKept += t.onTime ? 1 : 0;
            check(item.id, what, tr("within the limit"),
                  tr("%1 min").arg(double(from.secsTo(to)) / 60.0, 0, 'f', 0), t.onTime, 1);
        }
    }

    // Extension requests decided as expected.
    for (const ExerciseItem &item : m_exercise.items) {
        if (item.kind != Kind::ExtensionRequest || !injected.contains(item.id))
            continue;
        const qint64 id = injected.value(item.id).caseId;
        QString decided;
        for (const CaseEvent &e : historyOf(id))
            if (e.at >= injected.value(item.id).injectedAt
                && (e.action == enumKey(CaseAction::ApproveExtension)
                    || e.action == enumKey(CaseAction::RejectExtension))) {
                decided = e.action == enumKey(CaseAction::ApproveExtension) ? tr("granted") : tr("refused");
                break;
            }
        const QString expected = item.expect.grant ? tr("granted") : tr("refused");
        if (decided.isEmpty() && !final)
            continue;
        check(item.id, QStringLiteral("extension"), expected, decided, decided == expected, 2);
    }

    // The debrief: every decision of the trainee in order, with its verdict; wrong actions.
    QList<std::pair<CaseEvent, qint64>> all;
    for (const CaseRecord &c : cases.value().cases())
        for (const CaseEvent &e : historyOf(c.id))
            if (isTrainee(e))
                all.append({e, c.id});
    std::sort(all.begin(), all.end(), [](const auto &a, const auto &b) {
        return a.first.at != b.first.at ? a.first.at < b.first.at : a.first.id < b.first.id;
    });
    const QList<qint64> unexplained = cases.value().unexplained();
    for (const auto &[e, caseId] : all) {
        const CaseRecord *c = cases.value().record(caseId);
        const QString itemId = cases.value().itemOf(caseId);
        const ExerciseItem *item = m_exercise.item(itemId);
        DebriefEntry d;
        d.at = e.at;
        d.minute = int(start.secsTo(e.at) / 60);
        d.itemId = itemId;
        d.caseNumber = c ? c->caseNumber : QString();
        d.action = e.action;
        if (e.action == QLatin1String("Report")) {
            d.actual = c ? c->classCode : QString();
            if (!item) {
                d.ok = false;
                d.expected = tr("no call asks for this case");
            } else if (item->isCall() && item->expect.duplicateOf.isEmpty() && item->expect.file) {
                d.expected = item->expect.classCode;
                d.ok = d.actual == d.expected;
            }
            if (unexplained.contains(caseId))
                ++s.wrongActions;
        } else if (e.action == enumKey(CaseAction::Dispatch)) {
            d.actual = m_seat.departmentCode(e.payload.value(QStringLiteral("departmentId")).toInteger());
            if (item) {
                d.expected = item->expect.file && item->expect.duplicateOf.isEmpty()
                                 ? expectedOwner(*item, start, e.at)
                                 : tr("not to be dispatched");
                d.ok = d.actual == d.expected;
            }
            s.wrongActions += d.ok ? 0 : 1;
        } else if (e.action == enumKey(CaseAction::Merge)) {
            const qint64 into = e.payload.value(QStringLiteral("mergeIntoCaseId")).toInteger();
            d.actual = cases.value().itemOf(into);
            d.expected = item ? item->expect.duplicateOf : QString();
            d.ok = item && !d.expected.isEmpty() && caseOfItem(d.expected) == into;
            if (d.expected.isEmpty())
                d.expected = tr("not a repeat");
            s.wrongActions += d.ok ? 0 : 1;
        } else if (e.action == enumKey(CaseAction::RejectFiling) || e.action == enumKey(CaseAction::RequestVoid)) {
            d.expected = item && item->expect.file ? tr("to be filed") : tr("not filed");
            d.ok = item && !item->expect.file;
            s.wrongActions += d.ok ? 0 : 1;
        } else if (e.action == enumKey(CaseAction::File)) {
            d.expected = item && !item->expect.file ? tr("not filed") : QString();
            d.ok = !item || item->expect.file;
            s.wrongActions += d.ok ? 0 : 1;
        } else if (e.action == enumKey(CaseAction::ApproveExtension) || e.action == enumKey(CaseAction::RejectExtension)) {
            for (const ExerciseItem &r : m_exercise.items)
                if (r.kind == Kind::ExtensionRequest && injected.value(r.id).caseId == caseId) {
                    d.itemId = r.id;
                    d.expected = r.expect.grant ? enumKey(CaseAction::ApproveExtension)
                                                : enumKey(CaseAction::RejectExtension);
                    d.ok = d.expected == e.action;
                }
        }
        s.debrief.append(d);
    }

    std::stable_sort(s.debrief.begin(), s.debrief.end(),
                     [](const DebriefEntry &a, const DebriefEntry &b) { return a.at < b.at; });
    for (const ScoreCheck &c : s.checks) {
        s.earned += c.points;
        s.possible += c.max;
    }
    const int share = s.possible > 0 ? int(std::lround(100.0 * s.earned / s.possible)) : 0;
    s.score = std::clamp(share - kWrongActionPoints * s.wrongActions, 0, 100);
    auto mean = [](const QList<double> &v) {
        double sum = 0;
        for (double x : v)
            sum += x;
        return v.isEmpty() ? 0.0 : sum / double(v.size());
    };
    s.acceptMinutes = mean(acceptM);
    s.fileMinutes = mean(fileM);
    s.dispatchMinutes = mean(dispatchM);
    return s;
}

} // namespace yw::training
