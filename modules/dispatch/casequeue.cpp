#include "casequeue.h"

#include "backgroundread.h"
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
{
    m_proxy.setSourceModel(&m_model);
    m_model.setDepartmentNames(departmentNames);
    updateViews();

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    // Other workstations' changes are read on a worker thread: the board never stalls.
    connect(&m_debounce, &QTimer::timeout, this, &CaseQueue::readInBackground);
    connect(&m_reading, &QFutureWatcher<Result<Board>>::finished, this, [this] {
        m_readPending = false;
        if (m_readAgain) {
            m_readAgain = false;
            readInBackground();
            return;
        }
        const Result<Board> board = m_reading.result();
        if (!board) {
            setProblem(m_context.describe(board.error()));
            return;
        }
        setProblem({});
        show(board.value());
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

CaseQueue::~CaseQueue()
{
    m_cancel->cancel(); // a read under way stops at once
    m_reading.waitForFinished();
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

yw::store::CaseQuery CaseQueue::query() const
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
    return q;
}

Result<CaseQueue::Board> CaseQueue::read(yw::store::Database &db, const yw::store::CaseQuery &q,
                                         const Clock &clock)
{
    auto cases = yw::store::CaseRepository(db).find(q);
    if (!cases)
        return cases.error();
    auto marks = yw::store::CaseMarks(db, clock).all();
    return Board{cases.value(), marks ? marks.value() : QHash<qint64, yw::store::CaseMarks::Mark>()};
}

void CaseQueue::show(const Board &board)
{
    m_model.setCases(board.cases, m_context.clock->now());
    m_model.setMarks(board.marks);
    updateViews();
    emit countsChanged();
    emit checkedChanged();
}

Status CaseQueue::refresh()
{
    auto board = read(*m_context.database, query(), *m_context.clock);
    if (!board) {
        setProblem(m_context.describe(board.error()));
        return board.error();
    }
    setProblem({});
    show(board.value());
    return success();
}

void CaseQueue::readInBackground()
{
    if (m_reading.isRunning()) {
        m_readAgain = true;
        return;
    }
    m_readPending = true;
    const yw::store::CaseQuery q = query();
    const Clock *clock = m_context.clock;
    m_reading.setFuture(yw::shell::readInBackground<Board>(
        m_context.database->location(), QStringLiteral("dispatch-board"),
        [q, clock](yw::store::Database &db) { return read(db, q, *clock); },
        m_cancel));
}

void CaseQueue::setYellowAt(double fraction)
{
    m_model.setYellowAt(fraction);
    updateViews();
    emit countsChanged();
}

void CaseQueue::waitForRead()
{
    yw::shell::waitUntil([this] { return !m_readPending && !m_debounce.isActive(); });
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
