#include "casequeue.h"

#include "caserepository.h"
#include "session.h"

namespace yw::dispatch {

using namespace yw::core;

namespace {
// The sortable columns, in the order Ctrl+Shift+S walks them.
const QList<std::pair<QString, int>> &sortColumns()
{
    static const QList<std::pair<QString, int>> columns = {
        {QStringLiteral("remaining"), CaseQueueModel::RemainingSecondsRole},
        {QStringLiteral("case"), CaseQueueModel::CaseNumberRole},
        {QStringLiteral("class"), CaseQueueModel::ClassNameRole},
        {QStringLiteral("state"), CaseQueueModel::StateNameRole},
        {QStringLiteral("place"), CaseQueueModel::AreaRole},
        {QStringLiteral("owner"), CaseQueueModel::OwnerRole}};
    return columns;
}
} // namespace

CaseQueue::CaseQueue(yw::shell::ModuleContext &context,
                     const QHash<qint64, QString> &departmentNames, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_model({*context.taxonomy, *context.areas, *context.calendar})
    , m_marks(*context.database, *context.clock)
{
    m_proxy.setSourceModel(&m_model);
    m_model.setDepartmentNames(departmentNames);
    updateViews();

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, [this] {
        refresh();
        emit refreshed();
    });
    if (context.changeFeed)
        connect(context.changeFeed, &yw::store::ChangeFeed::caseEventsArrived, this,
                [this] { m_debounce.start(); });
    auto tick = [this] {
        m_model.setNow(m_context.clock->now());
        updateViews();
        emit countsChanged();
    };
    m_tick.setInterval(30000);
    connect(&m_tick, &QTimer::timeout, this, tick);
    connect(context.clock, &Clock::jumped, this, tick);
    m_tick.start();
}

QString CaseQueue::view() const
{
    return enumKey(m_proxy.view());
}

void CaseQueue::setView(const QString &viewKey)
{
    bool ok = false;
    const auto v = enumFromKey<CaseQueueFilter::View>(viewKey, &ok);
    if (!ok || v == m_proxy.view())
        return;
    m_proxy.setView(v);
    emit filterChanged();
}

void CaseQueue::setSearch(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    m_proxy.setSearchText(text);
    emit filterChanged();
}

void CaseQueue::sortBy(const QString &key)
{
    const auto &columns = sortColumns();
    const auto it = std::find_if(columns.begin(), columns.end(),
                                 [&](const auto &c) { return c.first == key; });
    if (it == columns.end())
        return;
    const Qt::SortOrder order = key == m_sortKey && m_proxy.sortOrder() == Qt::AscendingOrder
                                    ? Qt::DescendingOrder
                                    : Qt::AscendingOrder;
    m_sortKey = key;
    m_proxy.setSortRole(it->second);
    m_proxy.sort(0, order);
    emit filterChanged();
}

void CaseQueue::sortByNext()
{
    const auto &columns = sortColumns();
    int at = 0;
    for (int i = 0; i < columns.size(); ++i)
        if (columns[i].first == m_sortKey)
            at = i;
    sortBy(columns[(at + 1) % columns.size()].first);
}

void CaseQueue::updateViews()
{
    int overdue = 0, unacknowledged = 0, coordination = 0, muted = 0;
    for (int row = 0; row < m_model.rowCount(); ++row) {
        const QModelIndex i = m_model.index(row);
        overdue += i.data(CaseQueueModel::LightRole).toString() == QLatin1String("Red");
        unacknowledged += i.data(CaseQueueModel::AcknowledgedByRole).toString().isEmpty();
        coordination += i.data(CaseQueueModel::CoordinationRole).toBool();
        muted += i.data(CaseQueueModel::MutedRole).toBool();
    }
    using V = CaseQueueFilter::View;
    m_views.setChoices({{enumKey(V::All), tr("All"), m_model.rowCount()},
                        {enumKey(V::Overdue), tr("Overdue"), overdue},
                        {enumKey(V::Unacknowledged), tr("Not acknowledged"), unacknowledged},
                        {enumKey(V::Coordination), tr("Ownership disputes"), coordination},
                        {enumKey(V::Muted), tr("Muted"), muted}});
}

Status CaseQueue::refresh()
{
    yw::store::CaseQuery q;
    q.openOnly = true;
    q.limit = kQueueLimit;
    const User &user = m_context.session->user();
    // A department handler sees the department's cases; scoped staff their areas.
    if (user.hasRole(Role::DepartmentHandler) && !user.hasRole(Role::Dispatcher)
        && user.departmentId)
        q.ownerDepartmentId = user.departmentId;
    if (user.scopeAreas.size() == 1)
        q.areaPrefix = user.scopeAreas.first();
    auto cases = yw::store::CaseRepository(*m_context.database).find(q);
    if (!cases) {
        setProblem(m_context.describe(cases.error()));
        return cases.error();
    }
    setProblem({});
    m_model.setCases(cases.value(), m_context.clock->now());
    if (auto marks = m_marks.all())
        m_model.setMarks(marks.value());
    updateViews();
    emit countsChanged();
    emit checkedChanged();
    return success();
}

const CaseRecord *CaseQueue::find(qint64 caseId) const
{
    return m_model.caseAt(m_model.rowOf(caseId));
}

int CaseQueue::shownRowOf(qint64 caseId) const
{
    const int row = m_model.rowOf(caseId);
    if (row < 0)
        return -1;
    return m_proxy.mapFromSource(m_model.index(row)).row();
}

void CaseQueue::showAll()
{
    setView(enumKey(CaseQueueFilter::View::All));
    setSearch(QString());
}

void CaseQueue::toggleChecked(qint64 caseId)
{
    const int row = m_model.rowOf(caseId);
    if (row < 0)
        return;
    m_model.setChecked(caseId, !m_model.index(row).data(CaseQueueModel::CheckedRole).toBool());
    emit checkedChanged();
}

void CaseQueue::checkAllShown()
{
    for (int row = 0; row < m_proxy.rowCount(); ++row)
        m_model.setChecked(m_proxy.index(row, 0).data(CaseQueueModel::CaseIdRole).toLongLong(), true);
    emit checkedChanged();
}

void CaseQueue::clearChecked()
{
    m_model.clearChecked();
    emit checkedChanged();
}

void CaseQueue::setProblem(const QString &p)
{
    if (p == m_problem)
        return;
    m_problem = p;
    emit problemChanged();
}

} // namespace yw::dispatch
