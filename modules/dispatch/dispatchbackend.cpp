#include "dispatchbackend.h"

#include "caserepository.h"
#include "departmentrepository.h"
#include "geodatarepository.h"
#include "routingrepository.h"
#include "session.h"
#include "shellcontroller.h"

#include <QLocale>

namespace yw::dispatch {

using namespace yw::core;

DispatchBackend::DispatchBackend(yw::shell::ModuleContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_model({*context.taxonomy, *context.areas, *context.calendar})
{
    m_proxy.setSourceModel(&m_model);
    m_proxy.setFilterRole(CaseQueueModel::SearchTextRole);
    m_proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    // The most urgent first: least time left (overdue is negative).
    m_proxy.setSortRole(CaseQueueModel::RemainingSecondsRole);
    m_proxy.sort(0, Qt::AscendingOrder);

    if (auto rules = yw::store::RoutingRepository(*context.database).load())
        m_routing.setRules(rules.value());
    if (auto depts = yw::store::DepartmentRepository(*context.database).list()) {
        for (const Department &d : depts.value()) {
            m_departmentNames.insert(d.id, d.name);
            m_departmentList << QVariantMap{{QStringLiteral("id"), d.id},
                                            {QStringLiteral("name"), d.name}};
        }
    }
    m_model.setDepartmentNames(m_departmentNames);
    m_intake = std::make_unique<IntakeDesk>(context, m_routing, m_departmentNames);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, [this] {
        refresh();
        if (m_selected.id)
            loadSelection();
    });
    connect(context.changeFeed, &yw::store::ChangeFeed::caseEventsArrived, this,
            [this] { m_debounce.start(); });
    connect(context.session, &yw::shell::Session::userChanged, this,
            &DispatchBackend::selectionChanged);
    auto tick = [this] {
        m_model.setNow(m_context.clock->now());
        emit queueChanged();
    };
    m_tick.setInterval(30000);
    connect(&m_tick, &QTimer::timeout, this, tick);
    connect(context.clock, &Clock::jumped, this, tick);
    m_tick.start();
}

void DispatchBackend::setFilter(const QString &f)
{
    if (f == m_filter)
        return;
    m_filter = f;
    m_proxy.setFilterFixedString(f);
    emit filterChanged();
}

Status DispatchBackend::refresh()
{
    yw::store::CaseQuery q;
    q.openOnly = true;
    q.limit = kQueueLimit;
    const User &user = m_context.session->user();
    // A department handler sees the department's cases; scoped staff their areas.
    if (user.hasRole(Role::DepartmentHandler) && !user.hasRole(Role::Dispatcher) &&
        user.departmentId)
        q.ownerDepartmentId = user.departmentId;
    if (user.scopeAreas.size() == 1)
        q.areaPrefix = user.scopeAreas.first();
    auto cases = yw::store::CaseRepository(*m_context.database).find(q);
    if (!cases) {
        setMessage(yw::shell::ShellController::describe(cases.error()));
        return cases.error();
    }
    m_model.setCases(cases.value(), m_context.clock->now());
    emit queueChanged();
    return success();
}

void DispatchBackend::select(qint64 caseId)
{
    m_selected = CaseRecord();
    m_selected.id = caseId;
    setMessage({});
    loadSelection();
}

void DispatchBackend::loadSelection()
{
    m_history.clear();
    m_proposal = {};
    if (m_selected.id <= 0) {
        emit selectionChanged();
        return;
    }
    auto c = m_context.cases->get(m_selected.id);
    if (!c) {
        m_selected = CaseRecord();
        emit selectionChanged();
        return;
    }
    m_selected = c.value();
    qint64 maintainer = 0;
    if (!m_selected.componentId.isEmpty())
        if (auto m = yw::store::GeodataRepository(*m_context.database)
                         .componentMaintainer(m_selected.componentId))
            maintainer = m.value();
    m_proposal = m_routing.route(m_selected.classCode, m_selected.areaCode(), maintainer);
    if (auto events = m_context.cases->history(m_selected.id)) {
        const QTimeZone zone = m_context.calendar->timeZone();
        for (auto it = events->crbegin(); it != events->crend(); ++it) {
            bool ok = false;
            const CaseAction a = enumFromKey<CaseAction>(it->action, &ok);
            m_history << QVariantMap{
                {QStringLiteral("time"),
                 QLocale().toString(it->at.toTimeZone(zone), QStringLiteral("MM-dd HH:mm"))},
                {QStringLiteral("action"), ok ? displayName(a) : tr("Reported")},
                {QStringLiteral("who"), it->actorLogin},
                {QStringLiteral("note"), it->note}};
        }
    }
    emit selectionChanged();
}

QVariantMap DispatchBackend::selected() const
{
    if (m_selected.id <= 0 || m_selected.caseNumber.isEmpty())
        return {};
    const TaxonomyClass *cls = m_context.taxonomy->find(m_selected.kind, m_selected.classCode);
    const Area *community = m_context.areas->find(m_selected.communityCode);
    return {{QStringLiteral("caseNumber"), m_selected.caseNumber},
            {QStringLiteral("className"), cls ? cls->nameZh : m_selected.classCode},
            {QStringLiteral("classCode"), m_selected.classCode},
            {QStringLiteral("state"), displayName(m_selected.state)},
            {QStringLiteral("source"), displayName(m_selected.source)},
            {QStringLiteral("description"), m_selected.description},
            {QStringLiteral("place"),
             (community ? community->name : QString()) + QLatin1Char(' ') + m_selected.gridCode},
            {QStringLiteral("owner"), m_departmentNames.value(m_selected.ownerDepartmentId)},
            {QStringLiteral("proposedOwner"), m_departmentNames.value(m_proposal.departmentId)},
            {QStringLiteral("remaining"),
             CaseQueueModel::formatRemaining(
                 m_selected.step.remainingSeconds(*m_context.calendar, m_context.clock->now()),
                 m_selected.step.basis)},
            {QStringLiteral("version"), m_selected.version}};
}

QVariantList DispatchBackend::actions() const
{
    QVariantList out;
    if (m_selected.caseNumber.isEmpty() || !m_context.session->isSignedIn())
        return out;
    for (CaseAction a : Workflow::availableActions(m_context.session->user(), m_selected)) {
        const Workflow::Transition *t = Workflow::find(a, m_selected.state);
        out << QVariantMap{
            {QStringLiteral("key"), enumKey(a)},
            {QStringLiteral("name"), displayName(a)},
            {QStringLiteral("needsNote"), t && (t->guards & Workflow::NeedsNote)},
            {QStringLiteral("needsDepartment"), t && (t->guards & Workflow::NeedsDepartment)}};
    }
    return out;
}

QString DispatchBackend::act(const QString &actionKey, const QString &note, qint64 departmentId)
{
    bool ok = false;
    const CaseAction action = enumFromKey<CaseAction>(actionKey, &ok);
    if (!ok || m_selected.id <= 0)
        return tr("Nothing to do.");
    ActionParams p;
    p.note = note.trimmed();
    p.departmentId = departmentId > 0 ? departmentId : m_proposal.departmentId;
    auto r = m_context.cases->act(m_context.session->user(), m_selected.id, m_selected.version,
                                  action, p);
    if (!r) {
        const QString msg = yw::shell::ShellController::describe(r.error());
        setMessage(msg);
        if (r.error().code == Error::Code::Conflict)
            loadSelection(); // show what the other workstation did
        return msg;
    }
    m_selected = r.value();
    setMessage(tr("%1: %2").arg(displayName(action), displayName(r->state)));
    loadSelection();
    m_debounce.start();
    return {};
}

void DispatchBackend::setMessage(const QString &m)
{
    if (m == m_message)
        return;
    m_message = m;
    emit messageChanged();
}

} // namespace yw::dispatch
