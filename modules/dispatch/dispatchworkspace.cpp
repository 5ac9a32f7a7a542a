#include "dispatchworkspace.h"

#include "departmentrepository.h"
#include "navigator.h"
#include "routingrepository.h"
#include "session.h"

namespace yw::dispatch {

using namespace yw::core;

DispatchWorkspace::DispatchWorkspace(yw::shell::ModuleContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
    if (auto rules = yw::store::RoutingRepository(*context.database).load())
        m_routing.setRules(rules.value());
    QList<DepartmentChoice> departments;
    if (auto depts = yw::store::DepartmentRepository(*context.database).list()) {
        for (const Department &d : depts.value()) {
            m_departmentNames.insert(d.id, d.name);
            departments << DepartmentChoice{d.id, d.name};
        }
    }
    m_departments.setRows(departments);
    m_intake = std::make_unique<IntakeDesk>(context, m_routing, m_departmentNames);
    m_boundary = std::make_unique<yw::intake::BoundaryAdvisor>(m_intake->locator(), m_routing);
    m_queue = std::make_unique<CaseQueue>(context, m_departmentNames);
    m_boardSettings = std::make_unique<BoardSettings>(context.settings);
    auto applyBoardSettings = [this] { m_queue->setYellowAt(m_boardSettings->yellowPercent() / 100.0); };
    applyBoardSettings();
    connect(m_boardSettings.get(), &BoardSettings::changed, this, applyBoardSettings);
    m_detail = std::make_unique<CaseDetail>(
        context, CaseDetail::Services{m_routing, m_departmentNames, *m_boundary, *m_queue});
    m_actions = std::make_unique<CaseActions>(context, *m_queue, *m_detail, m_routing);

    // One line for the operator: what came of the last thing done, or why the board is empty.
    connect(m_actions.get(), &CaseActions::notice, this, &DispatchWorkspace::setMessage);
    connect(m_detail.get(), &CaseDetail::notice, this, &DispatchWorkspace::setMessage);
    connect(m_queue.get(), &CaseQueue::problemChanged, this,
            [this] { setMessage(m_queue->problem()); });
    connect(m_intake.get(), &IntakeDesk::reported, m_queue.get(), &CaseQueue::refreshSoon);

    if (context.navigator) {
        // The one map's "open in dispatch" and "report here", the evaluation's drill-down.
        connect(context.navigator, &yw::shell::Navigator::caseRequested, this,
                &DispatchWorkspace::showCase);
        connect(context.navigator, &yw::shell::Navigator::reportRequested, this,
                [this](double lon, double lat) {
                    emit reportRequested(
                        QStringLiteral("%1, %2").arg(lon, 0, 'f', 6).arg(lat, 0, 'f', 6));
                });
    }
    // The board depends on who is signed in (a department sees its own cases).
    if (context.session)
        connect(context.session, &yw::shell::Session::userChanged, this,
                [this] {
                    if (m_started) // before its start the board reads nothing
                        refresh();
                });
}

DispatchWorkspace::~DispatchWorkspace() = default;

Status DispatchWorkspace::start()
{
    m_started = true;
    return refresh();
}

Status DispatchWorkspace::refresh()
{
    return m_queue->refresh();
}

void DispatchWorkspace::showCase(qint64 caseId)
{
    m_queue->showAll();
    m_queue->refresh();
    m_detail->select(caseId);
}

void DispatchWorkspace::setMessage(const QString &m)
{
    if (m == m_message)
        return;
    m_message = m;
    emit messageChanged();
}

} // namespace yw::dispatch
