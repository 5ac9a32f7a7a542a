#pragma once

// A trainee played by a test: every exercise minute it takes the calls that came in and works
// the seat's open cases through the flow, deciding as its policy says (by default what the
// exercise expects), a set delay after each case last moved.
#include "caserepository.h"
#include "exercisecases.h"
#include "seatservices.h"
#include "traineescorer.h"
#include "trainingseatrepository.h"

namespace yw::test {

struct TraineePolicy
{
    QHash<QString, QString> classFor; // call item → the class it is filed under
    QHash<QString, QString> ownerFor; // item → the department dispatched to
    QSet<QString> missRepeat;         // repeats taken for new reports
    QSet<QString> ignoreCall;         // calls never entered
    QHash<QString, bool> grantFor;    // extension request item → the decision
    int delayMinutes = 1;
};

class SimulatedTrainee
{
public:
    SimulatedTrainee(training::SeatServices &seat, const training::Exercise &exercise,
                     const core::User &me, const TraineePolicy &policy)
        : m_seat(seat)
        , m_exercise(exercise)
        , m_me(me)
        , m_policy(policy)
    {}

    QString act()
    {
        using namespace yw::core;
        auto run = store::TrainingSeatRepository(m_seat.database()).run();
        if (!run || !run.value())
            return QStringLiteral("no run");
        const QDateTime start = run.value()->simStart;
        const QDateTime now = m_seat.clock().now();
        // Calls: entered at the intake desk a delay after they came in.
        auto notices = store::TrainingSeatRepository(m_seat.database()).notices(m_lastNotice);
        if (!notices)
            return notices.error().message;
        for (const auto &n : notices.value()) {
            if (n.at.secsTo(now) < m_policy.delayMinutes * 60)
                break;
            m_lastNotice = n.id;
            const training::ExerciseItem *item = m_exercise.item(n.itemId);
            if (n.kind != QLatin1String("call") || !item || m_policy.ignoreCall.contains(item->id))
                continue;
            CaseRecord d;
            d.source = item->channel;
            d.classCode = m_policy.classFor.value(item->id, item->expect.classCode);
            if (d.classCode.isEmpty()) // a repeat: the class of the case it repeats
                d.classCode = m_exercise.item(item->expect.duplicateOf)->expect.classCode;
            d.description = item->text;
            d.address = item->address;
            d.hasLocation = true;
            d.longitude = item->lon;
            d.latitude = item->lat;
            d.urgency = item->urgency;
            d.reporterName = item->caller;
            auto out = m_seat.intake().submit(m_me, d);
            if (!out)
                return item->id + QStringLiteral(": ") + out.error().message;
        }
        // The board.
        auto cases = training::ExerciseCases::read(m_seat.database(), m_exercise, start);
        if (!cases)
            return cases.error().message;
        const training::TraineeScorer scorer(m_seat, m_exercise);
        for (const CaseRecord &listed : cases.value().cases()) {
            if (isFinal(listed.state))
                continue;
            auto c = m_seat.cases().get(listed.id);
            auto history = m_seat.cases().history(listed.id);
            if (!c || !history || history.value().last().at.secsTo(now) < m_policy.delayMinutes * 60)
                continue;
            const QString itemId = cases.value().itemOf(c.value().id);
            const training::ExerciseItem *item = m_exercise.item(itemId);
            const bool repeat = item && !item->expect.duplicateOf.isEmpty()
                                && !m_policy.missRepeat.contains(itemId);
            ActionParams p;
            CaseAction a;
            switch (c.value().state) {
            case CaseState::Reported:
                if (repeat) {
                    a = CaseAction::Merge;
                    p.mergeIntoCaseId = cases.value().caseOf(item->expect.duplicateOf);
                } else {
                    a = Workflow::check(m_me, c.value(), CaseAction::Accept, {}) ? CaseAction::Accept
                                                                                           : CaseAction::SendVerify;
                }
                break;
            case CaseState::PendingFiling:
                if (item && !item->expect.file) {
                    a = CaseAction::RejectFiling;
                    p.note = QStringLiteral("不属于城市管理范围");
                } else {
                    a = CaseAction::File;
                }
                break;
            case CaseState::Filed: {
                a = CaseAction::Dispatch;
                const QString owner = item ? m_policy.ownerFor.value(itemId, scorer.expectedOwner(*item, start, now))
                                           : QString();
                p.departmentId = m_seat.departmentId(owner);
                if (p.departmentId == 0)
                    continue;
                break;
            }
            case CaseState::ExtensionPending: {
                const training::ExerciseItem *request = nullptr;
                for (const auto &r : m_exercise.items)
                    if (r.kind == training::ExerciseItem::Kind::ExtensionRequest && r.about == itemId)
                        request = &r;
                const bool grant = request ? m_policy.grantFor.value(request->id, request->expect.grant) : false;
                a = grant ? CaseAction::ApproveExtension : CaseAction::RejectExtension;
                if (grant)
                    p.extensionSeconds = request->hours * 3600;
                else
                    p.note = QStringLiteral("请克服困难按期完成");
                break;
            }
            case CaseState::Handled:
                a = CaseAction::SendCheck;
                break;
            case CaseState::CheckPassed:
                a = CaseAction::Close;
                break;
            default:
                continue;
            }
            auto acted = m_seat.cases().act(m_me, c.value().id, c.value().version, a, p);
            if (!acted)
                return QStringLiteral("%1 %2: %3").arg(c.value().caseNumber, enumKey(a), acted.error().message);
        }
        return {};
    }

private:
    training::SeatServices &m_seat;
    const training::Exercise &m_exercise;
    core::User m_me;
    TraineePolicy m_policy;
    qint64 m_lastNotice = 0;
};

} // namespace yw::test
