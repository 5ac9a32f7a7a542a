#include "casehistorysynthesizer.h"

#include "workflow.h"

#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <map>

namespace yw::demo {

using namespace yw::core;
using A = CaseAction;

namespace {

// Share of reports per source (DOMAIN.md §6: patrol dominates, then public channels).
const std::vector<std::pair<SourceChannel, double>> kSources = {
    {SourceChannel::Patrol, 62},
    {SourceChannel::Hotline12345, 14},
    {SourceChannel::PublicApp, 9},
    {SourceChannel::VideoAi, 6},
    {SourceChannel::Iot, 3},
    {SourceChannel::Hotline12319, 2},
    {SourceChannel::LeaderAssignment, 1.5},
    {SourceChannel::Inspection, 1.5},
    {SourceChannel::Media, 0.6},
    {SourceChannel::Petition, 0.4},
};

// The matters that make up most of a center's day.
double matterPopularity(const QString &nameZh)
{
    static const std::vector<std::pair<const char16_t *, double>> hot = {
        {u"暴露垃圾", 40},         {u"乱堆杂物", 25},     {u"非法小广告", 30},
        {u"店外经营", 25},         {u"占道经营", 20},     {u"机动车乱停放", 20},
        {u"非机动车乱停放", 15},   {u"共享单车乱象", 12}, {u"道路不洁", 15},
        {u"垃圾站（箱）满溢", 12}, {u"无照经营游商", 10}, {u"施工废弃料", 6},
        {u"积存垃圾渣土", 8},      {u"沿街晾挂", 6},      {u"道路破损", 5},
        {u"绿地脏乱", 5},          {u"违规户外广告", 4},  {u"工地扬尘", 4},
    };
    for (const auto &[w, v] : hot)
        if (nameZh == QString::fromUtf16(w))
            return v;
    return 0.6;
}

struct People
{
    std::vector<const User *> intake, dispatchers, shiftLeaders, leaders;
    std::map<qint64, const User *> handlerOf;    // department id → handler
    std::map<QString, const User *> inspectorOf; // responsibility grid → inspector
};

} // namespace

Status CaseHistorySynthesizer::run(const SyntheticCity &city,
                                   const ComponentSynthesizer &componentClasses,
                                   const std::vector<SyntheticComponent> &components,
                                   const QDateTime &end, const CaseSink &onCase,
                                   const EventSink &onEvent,
                                   const std::function<void(qint64, qint64)> &progress)
{
    m_daily.clear();
    const QTimeZone zone = m_rules.calendar.timeZone();
    const QDateTime endLocal = end.toTimeZone(zone);
    const QDateTime start = endLocal.addMonths(-m_scale.months);

    People people;
    for (const User &u : city.users) {
        if (u.hasRole(Role::IntakeOperator))
            people.intake.push_back(&u);
        if (u.hasRole(Role::ShiftLeader))
            people.shiftLeaders.push_back(&u);
        else if (u.hasRole(Role::Dispatcher))
            people.dispatchers.push_back(&u);
        if (u.hasRole(Role::Leader))
            people.leaders.push_back(&u);
        if (u.hasRole(Role::DepartmentHandler))
            people.handlerOf[u.departmentId] = &u;
    }
    for (const auto &[userId, resp] : city.patrolAreas)
        people.inspectorOf[resp] = &city.users[size_t(userId - 1)];
    if (people.intake.empty() || people.dispatchers.empty() || people.shiftLeaders.empty() ||
        people.inspectorOf.empty())
        return Error::make(Error::Code::InvalidInput,
                           QStringLiteral("the demo organisation lacks a role"));
    std::map<QString, qint64> routing;
    for (const SyntheticRoutingRule &r : city.routing)
        routing[r.classPrefix + QLatin1Char('|') + r.areaPrefix] = r.departmentId;
    const qint64 fallbackDepartment = city.departmentByTypeAndDistrict.begin()->second;

    // Classes to report, with their weights.
    std::vector<TaxonomyClass> matters;
    std::vector<double> matterWeights;
    for (const TaxonomyClass &c : m_rules.taxonomy.classes(TaxonomyKind::Matter))
        if (c.bigClassCode.toInt() >= 6) {
            matters.push_back(c);
            matterWeights.push_back(matterPopularity(c.nameZh));
        }
    std::discrete_distribution<size_t> pickMatter(matterWeights.begin(), matterWeights.end());
    std::uniform_int_distribution<size_t> pickComponent(
        0, components.empty() ? 0 : components.size() - 1);
    std::vector<double> gridWeights;
    for (const SyntheticGrid &g : city.grids)
        gridWeights.push_back(g.weight);
    std::discrete_distribution<size_t> pickGrid(gridWeights.begin(), gridWeights.end());
    std::vector<double> sourceWeights;
    for (const auto &s : kSources)
        sourceWeights.push_back(s.second);
    std::discrete_distribution<size_t> pickSource(sourceWeights.begin(), sourceWeights.end());
    std::uniform_real_distribution<double> unit(0, 1);
    auto chance = [&](double p) {
        return unit(m_rng) < p;
    };
    auto minutes = [&](double lo, double hi) {
        return qint64((lo + unit(m_rng) * (hi - lo)) * 60);
    };
    auto any = [&](const std::vector<const User *> &v) {
        return v[size_t(unit(m_rng) * double(v.size())) % v.size()];
    };

    // Report times: days weighted (weekends and holidays quieter), hours by the daily rhythm.
    static const double hourly[24] = {0.2, 0.1, 0.1, 0.1, 0.1, 0.3, 1, 3, 7, 9, 9, 8,
                                      5,   6,   8,   9,   9,   8,   6, 4, 3, 2, 1, 0.5};
    std::discrete_distribution<int> pickHour(std::begin(hourly), std::end(hourly));
    std::vector<QDate> days;
    std::vector<double> dayWeights;
    for (QDate d = start.date(); d < endLocal.date(); d = d.addDays(1)) {
        days.push_back(d);
        dayWeights.push_back(m_rules.calendar.isWorkingDay(d) ? 1.0 : 0.6);
    }
    if (days.empty())
        return Error::make(Error::Code::InvalidInput, QStringLiteral("an empty period"));
    std::discrete_distribution<size_t> pickDay(dayWeights.begin(), dayWeights.end());
    const qint64 total = qint64(m_scale.casesPerYear) * m_scale.months / 12;
    std::vector<qint64> reportTimes; // ms since epoch
    reportTimes.reserve(size_t(total));
    for (qint64 i = 0; i < total; ++i) {
        const QDateTime t(days[pickDay(m_rng)],
                          QTime(pickHour(m_rng), int(unit(m_rng) * 60), int(unit(m_rng) * 60)),
                          zone);
        reportTimes.push_back(t.toMSecsSinceEpoch());
    }
    std::sort(reportTimes.begin(), reportTimes.end());
    const qint64 endMs = end.toMSecsSinceEpoch();

    std::vector<CaseEvent> events;
    for (qint64 i = 0; i < total; ++i) {
        CaseRecord c;
        c.id = i + 1;
        const QDateTime t0 = QDateTime::fromMSecsSinceEpoch(reportTimes[size_t(i)], zone);
        const QString day = t0.date().toString(QStringLiteral("yyyyMMdd"));
        c.caseNumber = day + QStringLiteral("%1").arg(++m_daily[day], 5, 10, QLatin1Char('0'));
        c.source = kSources[pickSource(m_rng)].first;
        c.standard = m_rules.taxonomy.standard().name;
        const SyntheticGrid *grid = nullptr;
        const bool componentCase =
            !components.empty() && (c.source == SourceChannel::Iot ? true : chance(0.08));
        if (componentCase) {
            const SyntheticComponent &k = components[pickComponent(m_rng)];
            grid = &city.grids[k.grid];
            c.kind = TaxonomyKind::Component;
            c.classCode = componentClasses.classes()[k.cls].code;
            c.componentId = componentClasses.idOf(city, k);
            c.longitude = k.lon;
            c.latitude = k.lat;
            c.description = componentClasses.classes()[k.cls].nameZh +
                            (chance(0.6) ? QStringLiteral("破损") : QStringLiteral("丢失"));
        } else {
            grid = &city.grids[pickGrid(m_rng)];
            const TaxonomyClass &m = matters[pickMatter(m_rng)];
            c.kind = TaxonomyKind::Matter;
            c.classCode = m.code;
            const yw::gis::Box &b = grid->lonLat;
            c.longitude =
                b.min_corner().x() + unit(m_rng) * (b.max_corner().x() - b.min_corner().x());
            c.latitude =
                b.min_corner().y() + unit(m_rng) * (b.max_corner().y() - b.min_corner().y());
            c.description = m.nameZh;
        }
        c.hasLocation = true;
        c.gridCode = grid->code;
        c.communityCode = grid->code.left(12);
        c.streetCode = grid->code.left(9);
        c.districtCode = grid->code.left(6);
        c.address = QStringLiteral("网格 %1 附近").arg(grid->code);
        const double u = unit(m_rng);
        c.urgency = u < 0.01 ? Urgency::Critical : u < 0.06 ? Urgency::Urgent : Urgency::Normal;
        const User *inspector = people.inspectorOf.at(city.gridToResponsibility.at(grid->code));
        const bool patrol = c.source == SourceChannel::Patrol;
        const User *reporter = patrol ? inspector : any(people.intake);
        if (patrol)
            c.reporterUserId = inspector->id;
        else if (c.source != SourceChannel::VideoAi && c.source != SourceChannel::Iot)
            c.reporterName = QStringLiteral("市民");
        c.reportedAt = t0;
        c.updatedAt = t0;
        c.state = CaseState::Reported;
        c.version = 1;
        Workflow::Context ctx{m_rules.calendar, m_rules.limits, t0};
        Workflow::startClock(c, ctx);
        auto station = [](const User *u) {
            if (u->hasRole(Role::FieldInspector))
                return QStringLiteral("城管通-%1").arg(u->login);
            if (u->hasRole(Role::DepartmentHandler))
                return QStringLiteral("部门终端-%1").arg(u->departmentId);
            return QStringLiteral("指挥中心-%1").arg(u->login);
        };
        events.clear();
        events.push_back(CaseEvent{0,
                                   c.id,
                                   1,
                                   t0,
                                   reporter->id,
                                   reporter->login,
                                   station(reporter),
                                   QStringLiteral("Report"),
                                   CaseState::Reported,
                                   CaseState::Reported,
                                   QString(),
                                   {{QStringLiteral("source"), enumKey(c.source)},
                                    {QStringLiteral("class"), c.classCode}}});

        qint64 nowMs = reportTimes[size_t(i)];
        Status failed = success();
        // Takes an action `after` seconds later, if that is still before the end of the history.
        auto act = [&](CaseAction a, qint64 after, const User *actor, ActionParams p = {}) -> bool {
            if (!failed)
                return false;
            const qint64 at = nowMs + after * 1000;
            if (at >= endMs)
                return false;
            if (auto s = Workflow::check(*actor, c, a, p); !s) {
                failed = Error::make(Error::Code::Internal,
                                     QStringLiteral("demo case %1: %2 by %3: %4")
                                         .arg(c.id)
                                         .arg(enumKey(a), actor->login, s.error().message));
                return false;
            }
            nowMs = at;
            const QDateTime when = QDateTime::fromMSecsSinceEpoch(at, zone);
            ctx.now = when;
            CaseRecord next = Workflow::apply(c, a, p, ctx);
            next.version = c.version + 1;
            next.updatedAt = when;
            if (!p.note.isEmpty())
                next.lastNote = p.note;
            events.push_back(CaseEvent{0,
                                       c.id,
                                       next.version,
                                       when,
                                       actor->id,
                                       actor->login,
                                       station(actor),
                                       enumKey(a),
                                       c.state,
                                       next.state,
                                       p.note,
                                       Workflow::eventPayload(p)});
            c = next;
            return true;
        };
        auto noted = [](const QString &note) {
            ActionParams p;
            p.note = note;
            return p;
        };
        const User *leader = any(people.shiftLeaders);
        const qint64 owner = [&] {
            auto it = routing.find(c.classCode + QLatin1Char('|') + c.districtCode);
            return it == routing.end() ? fallbackDepartment : it->second;
        }();

        bool go = true;
        if (patrol && chance(0.03)) {
            // Small problems the inspector fixes on the spot.
            if (act(A::SelfHandle, minutes(3, 20), inspector, noted(QStringLiteral("现场已处置"))))
                act(A::ApproveSelfHandled, minutes(5, 60), leader);
            go = false;
        } else if (Workflow::trustedSource(c.source)) {
            go = act(A::Accept, minutes(1, 12), any(people.intake));
        } else if (i > 0 && chance(0.01)) {
            // A duplicate of the case before it.
            ActionParams p = noted(QStringLiteral("重复上报"));
            p.mergeIntoCaseId = c.id - 1;
            act(A::Merge, minutes(2, 15), any(people.intake), p);
            go = false;
        } else {
            ActionParams p;
            p.inspectorUserId = inspector->id;
            go = act(A::SendVerify, minutes(1, 10), any(people.intake), p);
            if (go) {
                if (chance(0.95)) {
                    go = act(A::VerifyConfirm, minutes(8, 45), inspector);
                } else {
                    if (act(A::VerifyDeny, minutes(8, 45), inspector,
                            noted(QStringLiteral("现场未发现该问题"))))
                        act(A::RejectFiling, minutes(3, 20), leader,
                            noted(QStringLiteral("核实不属实")));
                    go = false;
                }
            }
        }
        if (go && chance(0.004)) {
            if (act(A::RequestVoid, minutes(2, 10), any(people.intake),
                    noted(QStringLiteral("信息有误，申请作废"))))
                act(A::ApproveVoid, minutes(5, 30), leader);
            go = false;
        }
        if (go && chance(0.02)) {
            act(A::RejectFiling, minutes(3, 25), leader,
                noted(QStringLiteral("不属于城市管理范围")));
            go = false;
        }
        go = go && act(A::File, minutes(3, 25), leader);
        if (go) {
            ActionParams p;
            p.departmentId = owner;
            go = act(A::Dispatch, minutes(2, 25), any(people.dispatchers), p);
        }
        const User *handler = people.handlerOf.count(owner) ? people.handlerOf.at(owner) : nullptr;
        if (go && handler && chance(0.01)) {
            // Not ours: returned, then dispatched to the territorial default.
            if (act(A::RequestReturn, minutes(10, 120), handler,
                    noted(QStringLiteral("非本单位职责范围"))) &&
                act(A::ApproveReturn, minutes(10, 60), leader)) {
                const qint64 fallback = city.departmentByTypeAndDistrict.at(
                    QStringLiteral("enforcement|") + c.districtCode);
                ActionParams p;
                p.departmentId = fallback;
                go = act(A::Dispatch, minutes(2, 25), any(people.dispatchers), p);
                handler = people.handlerOf.at(fallback);
            } else {
                go = false;
            }
        }
        go = go && handler && act(A::DepartmentAccept, minutes(5, 90), handler);
        if (go && chance(0.02)) {
            ActionParams p = noted(QStringLiteral("需协调多部门，申请延期"));
            p.extensionSeconds = 7 * 3600;
            go = act(A::RequestExtension, minutes(30, 240), handler, p) &&
                 act(A::ApproveExtension, minutes(10, 90), leader, p);
        }
        if (go && chance(0.005)) {
            go = act(A::RequestSuspension, minutes(60, 600), handler,
                     noted(QStringLiteral("需纳入年度维修计划"))) &&
                 act(A::ApproveSuspension, minutes(30, 240), leader) &&
                 act(A::Restore, minutes(60.0 * 24 * 5, 60.0 * 24 * 200), leader);
        }
        bool first = true;
        while (go) {
            // Handling: mostly inside the limit, some late.
            qint64 wait = minutes(60, 600);
            if (first && c.step.deadline.isValid()) {
                const double span = double(nowMs - c.step.startedAt.toMSecsSinceEpoch()) / 1000.0;
                const double limit = std::max(600.0, double(c.step.deadline.toMSecsSinceEpoch() -
                                                            c.step.startedAt.toMSecsSinceEpoch()) /
                                                         1000.0);
                const double f = chance(0.94) ? 0.15 + 0.8 * unit(m_rng) : 1.05 + 1.5 * unit(m_rng);
                wait = std::max<qint64>(300, qint64(f * limit - span));
                // A few cases stall for weeks or months (disputed ownership, budgets, works to be
                // scheduled): the reason a real center closes about 97 %, not all.
                const bool stalled = chance(0.04);
                if (stalled)
                    wait = minutes(60.0 * 24 * 30, 60.0 * 24 * 720);
                if ((f > 1 && chance(0.3)) || stalled) {
                    // Overdue: the shift leader (or a leader) supervises (督办) at the deadline.
                    const qint64 targetMs = nowMs + wait * 1000;
                    const User *supervisor =
                        chance(0.7) ? leader
                                    : (people.leaders.empty() ? leader : any(people.leaders));
                    act(A::Supervise, std::max<qint64>(60, qint64(limit - span)), supervisor,
                        noted(QStringLiteral("已超时，请加快处置")));
                    wait = std::max<qint64>(300, (targetMs - nowMs) / 1000);
                }
            }
            first = false;
            go = act(A::Feedback, wait, handler, noted(QStringLiteral("已处置完毕")));
            ActionParams check;
            check.inspectorUserId = inspector->id;
            go = go && act(A::SendCheck, minutes(2, 20), any(people.intake), check);
            if (!go)
                break;
            if (chance(0.96)) {
                if (act(A::CheckPass, minutes(10, 90), inspector))
                    act(A::Close, minutes(2, 30), leader);
                break;
            }
            go = act(A::CheckFail, minutes(10, 90), inspector,
                     noted(QStringLiteral("处置不到位，返工")));
        }
        if (!failed)
            return failed.error();
        if (auto s = onCase(c); !s)
            return s;
        for (const CaseEvent &e : events)
            if (auto s = onEvent(e); !s)
                return s;
        if (progress && (i % 2000 == 0 || i + 1 == total))
            progress(i + 1, total);
    }
    return success();
}

} // namespace yw::demo
