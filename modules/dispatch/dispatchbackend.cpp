#include "dispatchbackend.h"

#include "attachmentstore.h"
#include "caserepository.h"
#include "departmentrepository.h"
#include "geodatarepository.h"
#include "routingrepository.h"
#include "navigator.h"
#include "session.h"
#include "shellcontroller.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QStandardPaths>
#include <QUrl>

namespace yw::dispatch {

using namespace yw::core;

DispatchBackend::DispatchBackend(yw::shell::ModuleContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_model({*context.taxonomy, *context.areas, *context.calendar})
    , m_marks(*context.database, *context.clock)
{
    m_proxy.setSourceModel(&m_model);
    connect(this, &DispatchBackend::selectionChanged, this, &DispatchBackend::actionsChanged);
    connect(this, &DispatchBackend::checkedChanged, this, &DispatchBackend::actionsChanged);

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
    m_boundary = std::make_unique<yw::intake::BoundaryAdvisor>(m_intake->locator(), m_routing);

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
    connect(context.session, &yw::shell::Session::userChanged, this, &DispatchBackend::formReset);
    if (context.navigator) {
        // The one map's "open in dispatch" and "report here".
        connect(context.navigator, &yw::shell::Navigator::caseRequested, this, [this](qint64 id) {
            setView(QStringLiteral("All"));
            setFilter(QString());
            refresh();
            select(id);
        });
        connect(context.navigator, &yw::shell::Navigator::reportRequested, this,
                [this](double lon, double lat) {
                    emit reportRequested(QStringLiteral("%1, %2").arg(lon, 0, 'f', 6).arg(lat, 0, 'f', 6));
                });
    }
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
    m_proxy.setSearchText(f);
    emit filterChanged();
}

void DispatchBackend::sortBy(const QString &key)
{
    static const QHash<QString, int> roles = {
        {QStringLiteral("case"), CaseQueueModel::CaseNumberRole},
        {QStringLiteral("class"), CaseQueueModel::ClassNameRole},
        {QStringLiteral("state"), CaseQueueModel::StateNameRole},
        {QStringLiteral("place"), CaseQueueModel::AreaRole},
        {QStringLiteral("owner"), CaseQueueModel::OwnerRole},
        {QStringLiteral("remaining"), CaseQueueModel::RemainingSecondsRole}};
    if (!roles.contains(key))
        return;
    const Qt::SortOrder order = key == m_sortKey && m_proxy.sortOrder() == Qt::AscendingOrder
                                    ? Qt::DescendingOrder
                                    : Qt::AscendingOrder;
    m_sortKey = key;
    m_proxy.setSortRole(roles.value(key));
    m_proxy.sort(0, order);
    emit filterChanged();
}

QString DispatchBackend::view() const
{
    return enumKey(m_proxy.view());
}

void DispatchBackend::setView(const QString &viewKey)
{
    bool ok = false;
    const auto v = enumFromKey<CaseQueueFilter::View>(viewKey, &ok);
    if (!ok || v == m_proxy.view())
        return;
    m_proxy.setView(v);
    emit filterChanged();
}

QVariantList DispatchBackend::views() const
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
    auto entry = [](V v, const QString &name, int count) {
        return QVariantMap{{QStringLiteral("key"), enumKey(v)},
                           {QStringLiteral("name"), name},
                           {QStringLiteral("count"), count}};
    };
    return {entry(V::All, tr("All"), m_model.rowCount()), entry(V::Overdue, tr("Overdue"), overdue),
            entry(V::Unacknowledged, tr("Not acknowledged"), unacknowledged),
            entry(V::Coordination, tr("Ownership disputes"), coordination),
            entry(V::Muted, tr("Muted"), muted)};
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
    if (auto marks = m_marks.all())
        m_model.setMarks(marks.value());
    emit queueChanged();
    emit checkedChanged();
    return success();
}

void DispatchBackend::select(qint64 caseId)
{
    const bool other = caseId != m_selected.id;
    m_selected = CaseRecord();
    m_selected.id = caseId;
    setMessage({});
    loadSelection();
    if (other)
        emit formReset();
}

int DispatchBackend::selectedRow() const
{
    const int row = m_model.rowOf(m_selected.id);
    if (row < 0)
        return -1;
    return m_proxy.mapFromSource(m_model.index(row)).row();
}

void DispatchBackend::loadSelection()
{
    m_history.clear();
    m_attachments.clear();
    m_alternatives.clear();
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
    // Near a boundary of ownership, the dispatcher is told who owns the other side.
    if (m_context.session->isSignedIn()
        && Workflow::availableActions(m_context.session->user(), m_selected)
               .contains(CaseAction::Dispatch)) {
        const double radius =
            m_context.settings
                ? m_context.settings
                      ->value(QStringLiteral("dispatch/boundaryMetres"),
                              yw::intake::BoundaryAdvisor::kDefaultRadiusM)
                      .toDouble()
                : yw::intake::BoundaryAdvisor::kDefaultRadiusM;
        for (const auto &a :
             m_boundary->alternatives(m_selected, maintainer, m_proposal.departmentId, radius))
            m_alternatives << QVariantMap{{QStringLiteral("departmentId"), a.departmentId},
                                          {QStringLiteral("name"),
                                           m_departmentNames.value(a.departmentId)},
                                          {QStringLiteral("gridCode"), a.gridCode},
                                          {QStringLiteral("distance"), qRound(a.distanceM)}};
    }
    m_requestedExtensionHours = 0;
    if (auto events = m_context.cases->history(m_selected.id)) {
        for (const CaseEvent &e : events.value())
            if (e.action == QLatin1String("RequestExtension"))
                m_requestedExtensionHours =
                    e.payload.value(QStringLiteral("extensionSeconds")).toDouble() / 3600;
        const QTimeZone zone = m_context.calendar->timeZone();
        for (auto it = events->crbegin(); it != events->crend(); ++it) {
            m_history << QVariantMap{
                {QStringLiteral("time"),
                 QLocale().toString(it->at.toTimeZone(zone), QStringLiteral("MM-dd HH:mm"))},
                {QStringLiteral("action"), eventName(it->action)},
                {QStringLiteral("who"), it->actorLogin},
                {QStringLiteral("note"), it->note}};
        }
    }
    yw::store::AttachmentStore photos(*m_context.database, *m_context.clock);
    if (auto list = photos.list(m_selected.id)) {
        const QString cache =
            QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/photos");
        QDir().mkpath(cache);
        const QTimeZone zone = m_context.calendar->timeZone();
        for (const auto &a : list.value()) {
            // A copy named by its digest: written once, shared by every case that shows it.
            const QString copy = cache + u'/' + a.sha256
                                 + (a.mimeType == QLatin1String("image/png") ? QStringLiteral(".png")
                                                                             : QStringLiteral(".jpg"));
            QString url;
            if (QFile::exists(copy)) {
                url = QUrl::fromLocalFile(copy).toString();
            } else if (auto bytes = photos.read(a.id)) {
                QFile f(copy);
                if (f.open(QIODevice::WriteOnly) && f.write(bytes.value()) == bytes->size())
                    url = QUrl::fromLocalFile(copy).toString();
            }
            m_attachments << QVariantMap{
                {QStringLiteral("id"), a.id},
                {QStringLiteral("name"), a.name},
                {QStringLiteral("size"), QLocale().formattedDataSize(a.sizeBytes)},
                {QStringLiteral("stage"), displayName(enumFromKey<CaseState>(a.stage))},
                {QStringLiteral("by"), a.addedBy},
                {QStringLiteral("time"),
                 QLocale().toString(a.addedAt.toTimeZone(zone), QStringLiteral("MM-dd HH:mm"))},
                {QStringLiteral("url"), url}};
        }
    }
    emit selectionChanged();
}

QString DispatchBackend::attach(const QUrl &file)
{
    if (m_selected.id <= 0)
        return tr("Nothing to do.");
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        setMessage(tr("Cannot read %1: %2").arg(path, f.errorString()));
        return m_message;
    }
    if (f.size() > yw::store::AttachmentStore::kMaxBytes) {
        setMessage(tr("%1 is larger than 10 MB.").arg(path));
        return m_message;
    }
    auto added = yw::store::AttachmentStore(*m_context.database, *m_context.clock)
                     .add(m_context.session->user(), m_selected.id, path, f.readAll());
    if (!added) {
        setMessage(yw::shell::ShellController::describe(added.error()));
        return m_message;
    }
    setMessage(tr("Photo %1 added.").arg(added->name));
    loadSelection();
    return {};
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
            {QStringLiteral("version"), m_selected.version},
            {QStringLiteral("alternatives"), m_alternatives},
            {QStringLiteral("requestedExtensionHours"), m_requestedExtensionHours},
            {QStringLiteral("supervision"),
             m_selected.supervisionLevel == 0   ? QString()
             : m_selected.supervisionLevel == 1 ? tr("Supervised (level 1)")
             : m_selected.supervisionLevel == 2 ? tr("Supervised closely (level 2)")
                                                : tr("Supervised by the leaders (level 3)")},
            {QStringLiteral("acknowledgedBy"),
             m_model.index(m_model.rowOf(m_selected.id)).data(CaseQueueModel::AcknowledgedByRole)},
            {QStringLiteral("mutedUntil"),
             m_model.index(m_model.rowOf(m_selected.id)).data(CaseQueueModel::MutedUntilRole)},
            {QStringLiteral("note"),
             m_model.index(m_model.rowOf(m_selected.id)).data(CaseQueueModel::NoteRole)}};
}

QString DispatchBackend::eventName(const QString &action) const
{
    bool ok = false;
    const CaseAction a = enumFromKey<CaseAction>(action, &ok);
    if (ok)
        return displayName(a);
    if (action == QLatin1String("Acknowledge"))
        return tr("Acknowledged");
    if (action == QLatin1String("Mute"))
        return tr("Muted");
    if (action == QLatin1String("Unmute"))
        return tr("Unmuted");
    if (action == QLatin1String("Note"))
        return tr("Note");
    if (action == QLatin1String("Attach"))
        return tr("Photo");
    return tr("Reported");
}

QVariantList DispatchBackend::actions() const
{
    QVariantList out;
    if (!m_context.session->isSignedIn())
        return out;
    const User &user = m_context.session->user();
    QList<CaseAction> available;
    const CaseRecord *example = &m_selected;
    if (m_model.checkedCount() > 0) {
        // A batch offers what every ticked case allows.
        bool first = true;
        for (qint64 id : m_model.checkedCases()) {
            const CaseRecord *c = m_model.caseAt(m_model.rowOf(id));
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
    } else if (!m_selected.caseNumber.isEmpty()) {
        available = Workflow::availableActions(user, m_selected);
    }
    for (CaseAction a : available) {
        const Workflow::Transition *t = Workflow::find(a, example->state);
        out << QVariantMap{
            {QStringLiteral("key"), enumKey(a)},
            {QStringLiteral("name"), displayName(a)},
            {QStringLiteral("needsNote"), t && (t->guards & Workflow::NeedsNote)},
            {QStringLiteral("needsDepartment"), t && (t->guards & Workflow::NeedsDepartment)},
            {QStringLiteral("needsExtension"), t && (t->guards & Workflow::NeedsExtension)}};
    }
    return out;
}

QString DispatchBackend::act(const QString &actionKey, const QString &note, qint64 departmentId,
                             double extensionHours)
{
    bool ok = false;
    const CaseAction action = enumFromKey<CaseAction>(actionKey, &ok);
    if (ok && m_model.checkedCount() > 0) {
        int done = 0;
        QStringList refused;
        for (qint64 id : m_model.checkedCases()) {
            const CaseRecord *c = m_model.caseAt(m_model.rowOf(id));
            if (!c)
                continue;
            ActionParams p;
            p.note = note.trimmed();
            p.departmentId = departmentId;
            p.extensionSeconds = qint64(extensionHours * 3600);
            if (p.departmentId <= 0) {
                qint64 maintainer = 0;
                if (!c->componentId.isEmpty())
                    if (auto m = yw::store::GeodataRepository(*m_context.database)
                                     .componentMaintainer(c->componentId))
                        maintainer = m.value();
                p.departmentId = m_routing.route(c->classCode, c->areaCode(), maintainer).departmentId;
            }
            auto r = m_context.cases->act(m_context.session->user(), id, c->version, action, p);
            if (r)
                ++done;
            else
                refused << tr("%1: %2").arg(c->caseNumber,
                                            yw::shell::ShellController::describe(r.error()));
        }
        m_model.clearChecked();
        emit checkedChanged();
        refresh();
        loadSelection();
        emit formReset();
        const QString msg = refused.isEmpty()
                                ? tr("%1: %n case(s) done.", nullptr, done).arg(displayName(action))
                                : tr("%1: %2 done, %3 refused. %4")
                                      .arg(displayName(action))
                                      .arg(done)
                                      .arg(refused.size())
                                      .arg(refused.join(QStringLiteral("; ")));
        setMessage(msg);
        return refused.isEmpty() ? QString() : msg;
    }
    if (!ok || m_selected.id <= 0)
        return tr("Nothing to do.");
    ActionParams p;
    p.note = note.trimmed();
    p.departmentId = departmentId > 0 ? departmentId : m_proposal.departmentId;
    p.extensionSeconds = qint64(extensionHours * 3600);
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
    emit formReset();
    m_debounce.start();
    return {};
}

void DispatchBackend::toggleChecked(qint64 caseId)
{
    const int row = m_model.rowOf(caseId);
    if (row < 0)
        return;
    m_model.setChecked(caseId, !m_model.index(row).data(CaseQueueModel::CheckedRole).toBool());
    emit checkedChanged();
}

void DispatchBackend::checkAllShown()
{
    for (int row = 0; row < m_proxy.rowCount(); ++row)
        m_model.setChecked(m_proxy.index(row, 0).data(CaseQueueModel::CaseIdRole).toLongLong(), true);
    emit checkedChanged();
}

void DispatchBackend::clearChecked()
{
    m_model.clearChecked();
    emit checkedChanged();
}

QList<qint64> DispatchBackend::targets() const
{
    if (m_model.checkedCount() > 0)
        return m_model.checkedCases();
    if (m_selected.id > 0)
        return {m_selected.id};
    return {};
}

QString DispatchBackend::markEach(const QString &what,
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
            failure = yw::shell::ShellController::describe(s.error());
    }
    m_model.clearChecked();
    emit checkedChanged();
    refresh();
    loadSelection();
    setMessage(failure.isEmpty() ? tr("%1: %n case(s).", nullptr, done).arg(what) : failure);
    return failure;
}

QString DispatchBackend::acknowledge()
{
    const User user = m_context.session->user();
    return markEach(tr("Acknowledged"), [&](qint64 id) { return m_marks.acknowledge(user, id); });
}

QString DispatchBackend::mute(int minutes)
{
    const User user = m_context.session->user();
    return markEach(minutes > 0 ? tr("Muted for %1 min").arg(minutes) : tr("Unmuted"),
                    [&](qint64 id) { return m_marks.mute(user, id, minutes); });
}

QString DispatchBackend::setNote(const QString &note)
{
    const User user = m_context.session->user();
    return markEach(tr("Note saved"), [&](qint64 id) { return m_marks.setNote(user, id, note); });
}

void DispatchBackend::setMessage(const QString &m)
{
    if (m == m_message)
        return;
    m_message = m;
    emit messageChanged();
}

} // namespace yw::dispatch
