#include "caseactions.h"

#include "geodatarepository.h"
#include "session.h"

namespace yw::dispatch {

using namespace yw::core;

CaseActions::CaseActions(yw::shell::ModuleContext &context, CaseQueue &queue, CaseDetail &detail,
                         const RoutingTable &routing, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_queue(queue)
    , m_detail(detail)
    , m_routing(routing)
    , m_marks(*context.database, *context.clock)
{
    connect(&detail, &CaseDetail::summaryChanged, this, &CaseActions::updateAvailable);
    connect(&queue, &CaseQueue::checkedChanged, this, &CaseActions::updateAvailable);
    if (context.session)
        connect(context.session, &yw::shell::Session::userChanged, this,
                &CaseActions::updateAvailable);
}

bool CaseActions::needsDepartment() const
{
    return std::any_of(choices().begin(), choices().end(),
                       [](const ActionChoice &a) { return a.needsDepartment; });
}

bool CaseActions::needsExtension() const
{
    return std::any_of(choices().begin(), choices().end(),
                       [](const ActionChoice &a) { return a.needsExtension; });
}

void CaseActions::updateAvailable()
{
    QList<ActionChoice> rows;
    if (m_context.session->isSignedIn()) {
        const User &user = m_context.session->user();
        QList<CaseAction> available;
        const CaseRecord *example = &m_detail.record();
        if (m_queue.checkedCount() > 0) {
            // A batch offers what every ticked case allows.
            bool first = true;
            for (qint64 id : m_queue.checkedCases()) {
                const CaseRecord *c = m_queue.find(id);
                if (!c)
                    continue;
                const QList<CaseAction> mine = Workflow::availableActions(user, *c);
                if (first) {
                    available = mine;
                    example = c;
                } else {
                    available.erase(std::remove_if(available.begin(), available.end(),
                                                   [&](CaseAction a) { return !mine.contains(a); }),
                                    available.end());
                }
                first = false;
            }
        } else if (!m_detail.record().caseNumber.isEmpty()) {
            available = Workflow::availableActions(user, m_detail.record());
        }
        for (CaseAction a : available) {
            const Workflow::Transition *t = Workflow::find(a, example->state);
            rows << ActionChoice{enumKey(a), displayName(a),
                                 t && (t->guards & Workflow::NeedsNote),
                                 t && (t->guards & Workflow::NeedsDepartment),
                                 t && (t->guards & Workflow::NeedsExtension)};
        }
    }
    bool same = rows.size() == choices().size();
    for (int i = 0; same && i < rows.size(); ++i) {
        const ActionChoice &a = rows[i], &b = choices()[i];
        same = a.key == b.key && a.needsNote == b.needsNote
               && a.needsDepartment == b.needsDepartment && a.needsExtension == b.needsExtension;
    }
    if (same)
        return;
    m_available.setRows(rows);
    emit availableChanged();
}

qint64 CaseActions::proposedOwner(const CaseRecord &c) const
{
    qint64 maintainer = 0;
    if (!c.componentId.isEmpty())
        if (auto m = yw::store::GeodataRepository(*m_context.database)
                         .componentMaintainer(c.componentId))
            maintainer = m.value();
    return m_routing.route(c.classCode, c.areaCode(), maintainer).departmentId;
}

QString CaseActions::act(const QString &actionKey, const QString &note, qint64 departmentId,
                         double extensionHours)
{
    bool ok = false;
    const CaseAction action = enumFromKey<CaseAction>(actionKey, &ok);
    if (ok && m_queue.checkedCount() > 0)
        return actOnTicked(action, note, departmentId, extensionHours);
    const CaseRecord &selected = m_detail.record();
    if (!ok || selected.id <= 0)
        return tr("Nothing to do.");
    ActionParams p;
    p.note = note.trimmed();
    p.departmentId = departmentId > 0 ? departmentId : m_detail.proposal().departmentId;
    p.extensionSeconds = qint64(extensionHours * 3600);
    auto r = m_context.cases->act(m_context.session->user(), selected.id, selected.version,
                                  action, p);
    if (!r) {
        const QString msg = m_context.describe(r.error());
        emit notice(msg);
        if (r.error().code == Error::Code::Conflict)
            m_detail.reload(); // show what the other workstation did
        return msg;
    }
    emit notice(tr("%1: %2").arg(displayName(action), displayName(r->state)));
    m_detail.showUpdated(r.value());
    m_queue.refreshSoon();
    return {};
}

QString CaseActions::actOnTicked(CaseAction action, const QString &note, qint64 departmentId,
                                 double extensionHours)
{
    int done = 0;
    QStringList refused;
    for (qint64 id : m_queue.checkedCases()) {
        const CaseRecord *c = m_queue.find(id);
        if (!c)
            continue;
        ActionParams p;
        p.note = note.trimmed();
        p.departmentId = departmentId > 0 ? departmentId : proposedOwner(*c);
        p.extensionSeconds = qint64(extensionHours * 3600);
        const QString number = c->caseNumber;
        auto r = m_context.cases->act(m_context.session->user(), id, c->version, action, p);
        if (r)
            ++done;
        else
            refused << tr("%1: %2").arg(number, m_context.describe(r.error()));
    }
    m_queue.clearChecked();
    m_queue.refresh();
    m_detail.reload();
    m_detail.startAfresh();
    const QString msg = refused.isEmpty()
                            ? tr("%1: %n case(s) done.", nullptr, done).arg(displayName(action))
                            : tr("%1: %2 done, %3 refused. %4")
                                  .arg(displayName(action))
                                  .arg(done)
                                  .arg(refused.size())
                                  .arg(refused.join(QStringLiteral("; ")));
    emit notice(msg);
    return refused.isEmpty() ? QString() : msg;
}

QList<qint64> CaseActions::targets() const
{
    if (m_queue.checkedCount() > 0)
        return m_queue.checkedCases();
    if (m_detail.record().id > 0)
        return {m_detail.record().id};
    return {};
}

QString CaseActions::markEach(const QString &what,
                              const std::function<Status(qint64 caseId)> &mark)
{
    const QList<qint64> ids = targets();
    if (ids.isEmpty())
        return tr("Nothing to do.");
    QString failure;
    int done = 0;
    for (qint64 id : ids) {
        if (auto s = mark(id); s)
            ++done;
        else if (failure.isEmpty())
            failure = m_context.describe(s.error());
    }
    m_queue.clearChecked();
    m_queue.refresh();
    m_detail.reload();
    emit notice(failure.isEmpty() ? tr("%1: %n case(s).", nullptr, done).arg(what) : failure);
    return failure;
}

QString CaseActions::acknowledge()
{
    const User user = m_context.session->user();
    return markEach(tr("Acknowledged"), [&](qint64 id) { return m_marks.acknowledge(user, id); });
}

QString CaseActions::mute(int minutes)
{
    const User user = m_context.session->user();
    return markEach(minutes > 0 ? tr("Muted for %1 min").arg(minutes) : tr("Unmuted"),
                    [&](qint64 id) { return m_marks.mute(user, id, minutes); });
}

QString CaseActions::setNote(const QString &note)
{
    const User user = m_context.session->user();
    return markEach(tr("Note saved"), [&](qint64 id) { return m_marks.setNote(user, id, note); });
}

} // namespace yw::dispatch
