#include "casehistorysynthesizer.h"

#include "workflow.h"

#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

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

} // namespace

struct CaseHistorySynthesizer::People
{
    std::vector<const User *> intake, dispatchers, shiftLeaders, leaders;
    std::map<qint64, const User *> handlerOf;    // department id → handler
    std::map<QString, const User *> inspectorOf; // responsibility grid → inspector
};

namespace {

using People = CaseHistorySynthesizer::People;

// The demo organisation's people by the part they play in a case.
Result<People> gatherPeople(const SyntheticCity &city)
{
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
    return people;
}

} // namespace

// The one random source of a history and the draws it is made of. (The order of the draws is
// the history: a seed gives the same city every time.)
struct CaseHistorySynthesizer::Random
{
    std::mt19937_64 &rng;
    std::uniform_real_distribution<double> unit{0, 1};

    double uniform() { return unit(rng); }
    bool chance(double p) { return unit(rng) < p; }
    qint64 minutes(double lo, double hi) { return qint64((lo + unit(rng) * (hi - lo)) * 60); }
    const User *any(const std::vector<const User *> &v)
    {
        return v[size_t(unit(rng) * double(v.size())) % v.size()];
    }
};

// What a report is about and where: the weights of sources, classes and grids.
struct CaseHistorySynthesizer::Choices
{
    std::vector<TaxonomyClass> matters;
    std::discrete_distribution<size_t> pickMatter;
    std::uniform_int_distribution<size_t> pickComponent;
    std::discrete_distribution<size_t> pickGrid;
    std::discrete_distribution<size_t> pickSource;
    std::map<QString, qint64> routing; // "class|district" → department
    qint64 fallbackDepartment = 0;
    // The units that lag (a real city has a few, not all): slower handling, more stalls and
    // reworks. See Pace.
    std::set<qint64> weakDepartments;
    QString slowDistrict;
};

namespace {

using Choices = CaseHistorySynthesizer::Choices;

Choices makeChoices(const SyntheticCity &city, const Taxonomy &taxonomy,
                    const std::vector<SyntheticComponent> &components)
{
    Choices c;
    for (const SyntheticRoutingRule &r : city.routing)
        c.routing[r.classPrefix + QLatin1Char('|') + r.areaPrefix] = r.departmentId;
    c.fallbackDepartment = city.departmentByTypeAndDistrict.begin()->second;
    // 雨花区's housing bureau (building sites, demolition) and the power company (cables and
    // boxes wait for outages) lag; 岳麓区 (university town, new districts under construction) is
    // slower than the other districts.
    for (const char *weak : {"housing|430111", "power|"})
        if (auto it = city.departmentByTypeAndDistrict.find(QString::fromLatin1(weak));
            it != city.departmentByTypeAndDistrict.end())
            c.weakDepartments.insert(it->second);
    c.slowDistrict = QStringLiteral("430104");
    std::vector<double> matterWeights;
    for (const TaxonomyClass &m : taxonomy.classes(TaxonomyKind::Matter))
        if (m.bigClassCode.toInt() >= 6) {
            c.matters.push_back(m);
            matterWeights.push_back(matterPopularity(m.nameZh));
        }
    c.pickMatter = std::discrete_distribution<size_t>(matterWeights.begin(), matterWeights.end());
    c.pickComponent = std::uniform_int_distribution<size_t>(
        0, components.empty() ? 0 : components.size() - 1);
    std::vector<double> gridWeights;
    for (const SyntheticGrid &g : city.grids)
        gridWeights.push_back(g.weight);
    c.pickGrid = std::discrete_distribution<size_t>(gridWeights.begin(), gridWeights.end());
    std::vector<double> sourceWeights;
    for (const auto &s : kSources)
        sourceWeights.push_back(s.second);
    c.pickSource = std::discrete_distribution<size_t>(sourceWeights.begin(), sourceWeights.end());
    return c;
}

QString stationOf(const User *u)
{
    if (u->hasRole(Role::FieldInspector))
        return QStringLiteral("城管通-%1").arg(u->login);
    if (u->hasRole(Role::DepartmentHandler))
        return QStringLiteral("部门终端-%1").arg(u->departmentId);
    return QStringLiteral("指挥中心-%1").arg(u->login);
}

ActionParams noted(const QString &note)
{
    ActionParams p;
    p.note = note;
    return p;
}

// How a department works a case in a given month: the share of handlings done late, of hard
// cases that stall for days or weeks, of results the check rejects. A normal department
// finishes about 95 % in time and has 3 % reworked; weak ones stand out; the rainy summer (梅雨, storms) and the
// Spring Festival slow everyone a little.
struct Pace
{
    double late = 0.03;
    double stall = 0.012;
    double rework = 0.03;

    static Pace of(const Choices &choices, qint64 department, const QString &district, QDate day)
    {
        Pace p;
        double season = 1.0;
        switch (day.month()) {
        case 2: season = 1.4; break;       // Spring Festival: skeleton crews
        case 6: season = 1.3; break;       // the plum rains
        case 7: case 8: season = 1.6; break; // storms and heat
        case 12: season = 1.15; break;
        default: break;
        }
        double weakness = 1.0;
        if (choices.weakDepartments.count(department))
            weakness = 4.0;
        else if (district == choices.slowDistrict)
            weakness = 1.8;
        p.late = std::min(0.6, p.late * season * weakness);
        p.stall = std::min(0.1, p.stall * season * weakness);
        p.rework = std::min(0.2, p.rework * std::sqrt(weakness));
        return p;
    }
};

} // namespace

// One case as time goes by: each action is checked and applied by the workflow, with its event,
// unless it would come after the end of the history.
class CaseHistorySynthesizer::CaseTimeline
{
public:
    CaseTimeline(CaseRecord &c, std::vector<CaseEvent> &events, qint64 startMs, qint64 endMs,
                 const QTimeZone &zone, const Workflow::Context &ctx)
        : c(c)
        , nowMs(startMs)
        , m_events(events)
        , m_endMs(endMs)
        , m_zone(zone)
        , m_ctx(ctx)
    {}

    // Takes an action `after` seconds later; false when it is not taken (after the end, or the
    // workflow refuses it: then failed() says why).
    bool act(CaseAction a, qint64 after, const User *actor, ActionParams p = {})
    {
        if (!m_failed)
            return false;
        const qint64 at = nowMs + after * 1000;
        if (at >= m_endMs)
            return false;
        if (auto s = Workflow::check(*actor, c, a, p); !s) {
            m_failed = Error::make(Error::Code::Internal,
                                   QStringLiteral("demo case %1: %2 by %3: %4")
                                       .arg(c.id)
                                       .arg(enumKey(a), actor->login, s.error().message));
            return false;
        }
        nowMs = at;
        const QDateTime when = QDateTime::fromMSecsSinceEpoch(at, m_zone);
        m_ctx.now = when;
        CaseRecord next = Workflow::apply(c, a, p, m_ctx);
        next.version = c.version + 1;
        next.updatedAt = when;
        if (!p.note.isEmpty())
            next.lastNote = p.note;
        m_events.push_back(CaseEvent{0, c.id, next.version, when, actor->id, actor->login,
                                     stationOf(actor), enumKey(a), c.state, next.state, p.note,
                                     Workflow::eventPayload(p)});
        c = next;
        return true;
    }
    const Status &failed() const { return m_failed; }

    CaseRecord &c;
    qint64 nowMs;

private:
    std::vector<CaseEvent> &m_events;
    qint64 m_endMs;
    QTimeZone m_zone;
    Workflow::Context m_ctx;
    Status m_failed = success();
};

Status CaseHistorySynthesizer::run(const SyntheticCity &city,
                                   const ComponentSynthesizer &componentClasses,
                                   const std::vector<SyntheticComponent> &components,
                                   const QDateTime &end, const CaseSink &onCase,
                                   const EventSink &onEvent,
                                   const std::function<void(qint64, qint64)> &progress)
{
    m_daily.clear();
    auto people = gatherPeople(city);
    if (!people)
        return people.error();
    Choices choices = makeChoices(city, m_rules.taxonomy, components);
    auto times = reportTimes(end);
    if (!times)
        return times.error();
    const std::vector<qint64> &reported = times.value();
    const qint64 total = qint64(reported.size());
    std::vector<CaseEvent> events;
    for (qint64 i = 0; i < total; ++i) {
        CaseRecord c = draftCase(i, reported[size_t(i)], city, componentClasses, components,
                                 choices, people.value());
        events.clear();
        if (auto s = live(c, events, reported[size_t(i)], end, city, choices, people.value()); !s)
            return s;
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

Result<std::vector<qint64>> CaseHistorySynthesizer::reportTimes(const QDateTime &end)
{
    // Days weighted (weekends and holidays quieter), hours by the daily rhythm.
    const QTimeZone zone = m_rules.calendar.timeZone();
    const QDateTime endLocal = end.toTimeZone(zone);
    const QDateTime start = endLocal.addMonths(-m_scale.months);
    std::uniform_real_distribution<double> unit(0, 1);
    static const double hourly[24] = {0.2, 0.1, 0.1, 0.1, 0.1, 0.3, 1, 3, 7, 9, 9, 8,
                                      5,   6,   8,   9,   9,   8,   6, 4, 3, 2, 1, 0.5};
    std::discrete_distribution<int> pickHour(std::begin(hourly), std::end(hourly));
    std::vector<QDate> days;
    std::vector<double> dayWeights;
    for (QDate d = start.date(); d < endLocal.date(); d = d.addDays(1)) {
        days.push_back(d);
        // More reports in the warm months (street trading, litter, storms), fewer over the
        // Spring Festival.
        static const double monthly[12] = {0.85, 0.75, 0.95, 1.0, 1.05, 1.1,
                                           1.15, 1.12, 1.02, 0.97, 1.0, 0.95};
        dayWeights.push_back((m_rules.calendar.isWorkingDay(d) ? 1.0 : 0.6) *
                             monthly[d.month() - 1]);
    }
    // The end's own day up to the end (a city built at 18:00 has today's reports until then),
    // weighted by the share of the day's reports that come before that hour.
    const QDate lastDay = endLocal.date();
    if (endLocal.time() > QTime(0, 0) && !days.empty()) {
        double before = 0, all = 0;
        for (int h = 0; h < 24; ++h) {
            all += hourly[h];
            if (h < endLocal.time().hour())
                before += hourly[h];
            else if (h == endLocal.time().hour())
                before += hourly[h] * endLocal.time().minute() / 60.0;
        }
        days.push_back(lastDay);
        dayWeights.push_back((m_rules.calendar.isWorkingDay(lastDay) ? 1.0 : 0.6) *
                             (before / all));
    }
    if (days.empty())
        return Error::make(Error::Code::InvalidInput, QStringLiteral("an empty period"));
    std::discrete_distribution<size_t> pickDay(dayWeights.begin(), dayWeights.end());
    const qint64 total = qint64(m_scale.casesPerYear) * m_scale.months / 12;
    std::vector<qint64> reportTimes; // ms since epoch
    reportTimes.reserve(size_t(total));
    const qint64 endMs = endLocal.toMSecsSinceEpoch();
    for (qint64 i = 0; i < total; ++i) {
        const QDate day = days[pickDay(m_rng)];
        QDateTime t(day, QTime(pickHour(m_rng), int(unit(m_rng) * 60), int(unit(m_rng) * 60)), zone);
        // On the end's day, a time after the end is drawn again (the weight made that rare).
        for (int tries = 0; day == lastDay && t.toMSecsSinceEpoch() >= endMs && tries < 100; ++tries)
            t = QDateTime(day, QTime(pickHour(m_rng), int(unit(m_rng) * 60), int(unit(m_rng) * 60)), zone);
        if (t.toMSecsSinceEpoch() >= endMs)
            t = QDateTime::fromMSecsSinceEpoch(endMs - 60000 - qint64(unit(m_rng) * 3600000), zone);
        reportTimes.push_back(t.toMSecsSinceEpoch());
    }
    std::sort(reportTimes.begin(), reportTimes.end());
    return reportTimes;
}

CaseRecord CaseHistorySynthesizer::draftCase(qint64 index, qint64 reportedMs,
                                            const SyntheticCity &city,
                                            const ComponentSynthesizer &componentClasses,
                                            const std::vector<SyntheticComponent> &components,
                                            Choices &choices, const People &people)
{
    Random r{m_rng};
    const QTimeZone zone = m_rules.calendar.timeZone();
    CaseRecord c;
    c.id = index + 1;
    const QDateTime t0 = QDateTime::fromMSecsSinceEpoch(reportedMs, zone);
    const QString day = t0.date().toString(QStringLiteral("yyyyMMdd"));
    c.caseNumber = day + QStringLiteral("%1").arg(++m_daily[day], 5, 10, QLatin1Char('0'));
    c.source = kSources[choices.pickSource(m_rng)].first;
    c.standard = m_rules.taxonomy.standard().name;
    const SyntheticGrid *grid = nullptr;
    const bool componentCase =
        !components.empty() && (c.source == SourceChannel::Iot ? true : r.chance(0.08));
    if (componentCase) {
        const SyntheticComponent &k = components[choices.pickComponent(m_rng)];
        grid = &city.grids[k.grid];
        c.kind = TaxonomyKind::Component;
        c.classCode = componentClasses.classes()[k.cls].code;
        c.componentId = componentClasses.idOf(city, k);
        c.longitude = k.lon;
        c.latitude = k.lat;
        c.description = componentClasses.classes()[k.cls].nameZh +
                        (r.chance(0.6) ? QStringLiteral("破损") : QStringLiteral("丢失"));
    } else {
        grid = &city.grids[choices.pickGrid(m_rng)];
        const TaxonomyClass &m = choices.matters[choices.pickMatter(m_rng)];
        c.kind = TaxonomyKind::Matter;
        c.classCode = m.code;
        const yw::gis::Box &b = grid->lonLat;
        c.longitude = b.min_corner().x() + r.uniform() * (b.max_corner().x() - b.min_corner().x());
        c.latitude = b.min_corner().y() + r.uniform() * (b.max_corner().y() - b.min_corner().y());
        c.description = m.nameZh;
    }
    c.hasLocation = true;
    c.gridCode = grid->code;
    c.communityCode = grid->code.left(12);
    c.streetCode = grid->code.left(9);
    c.districtCode = grid->code.left(6);
    c.address = QStringLiteral("网格 %1 附近").arg(grid->code);
    const double u = r.uniform();
    c.urgency = u < 0.01 ? Urgency::Critical : u < 0.06 ? Urgency::Urgent : Urgency::Normal;
    const User *inspector = people.inspectorOf.at(city.gridToResponsibility.at(grid->code));
    if (c.source == SourceChannel::Patrol)
        c.reporterUserId = inspector->id;
    else if (c.source != SourceChannel::VideoAi && c.source != SourceChannel::Iot)
        c.reporterName = QStringLiteral("市民");
    c.reportedAt = t0;
    c.updatedAt = t0;
    c.state = CaseState::Reported;
    c.version = 1;
    return c;
}

Status CaseHistorySynthesizer::live(CaseRecord &c, std::vector<CaseEvent> &events,
                                    qint64 reportedMs, const QDateTime &end,
                                    const SyntheticCity &city, const Choices &choices,
                                    const People &people)
{
    Random r{m_rng};
    const QTimeZone zone = m_rules.calendar.timeZone();
    const QDateTime t0 = c.reportedAt;
    Workflow::Context ctx{m_rules.calendar, m_rules.limits, t0};
    Workflow::startClock(c, ctx);
    const User *inspector = people.inspectorOf.at(city.gridToResponsibility.at(c.gridCode));
    const bool patrol = c.source == SourceChannel::Patrol;
    const User *reporter = patrol ? inspector : r.any(people.intake);
    events.push_back(CaseEvent{0, c.id, 1, t0, reporter->id, reporter->login, stationOf(reporter),
                               QStringLiteral("Report"), CaseState::Reported, CaseState::Reported,
                               QString(),
                               {{QStringLiteral("source"), enumKey(c.source)},
                                {QStringLiteral("class"), c.classCode}}});
    CaseTimeline t(c, events, reportedMs, end.toMSecsSinceEpoch(), zone, ctx);
    const User *leader = r.any(people.shiftLeaders);
    const qint64 owner = [&] {
        auto it = choices.routing.find(c.classCode + QLatin1Char('|') + c.districtCode);
        return it == choices.routing.end() ? choices.fallbackDepartment : it->second;
    }();
    const User *handler = nullptr;
    bool go = takeIn(t, r, inspector, leader, owner, city, people, &handler);
    if (go)
        handle(t, r, inspector, leader, handler, people, choices);
    return t.failed();
}
bool CaseHistorySynthesizer::takeIn(CaseTimeline &t, Random &r, const User *inspector,
                                    const User *leader, qint64 owner, const SyntheticCity &city,
                                    const People &people, const User **handler)
{
    // From the report to a department at work on it: acceptance or verification on site (or a
    // duplicate, a small problem fixed on the spot, a void, a refusal), filing, dispatch, a
    // return now and then, acceptance, an extension or a suspension.
    const CaseRecord &c = t.c;
    const bool patrol = c.source == SourceChannel::Patrol;
    bool go = true;
    if (patrol && r.chance(0.03)) {
        // Small problems the inspector fixes on the spot.
        if (t.act(A::SelfHandle, r.minutes(3, 20), inspector, noted(QStringLiteral("现场已处置"))))
            t.act(A::ApproveSelfHandled, r.minutes(5, 60), leader);
        go = false;
    } else if (Workflow::trustedSource(c.source)) {
        go = t.act(A::Accept, r.minutes(1, 12), r.any(people.intake));
    } else if (c.id > 1 && r.chance(0.01)) {
        // A duplicate of the case before it.
        ActionParams p = noted(QStringLiteral("重复上报"));
        p.mergeIntoCaseId = c.id - 1;
        t.act(A::Merge, r.minutes(2, 15), r.any(people.intake), p);
        go = false;
    } else {
        ActionParams p;
        p.inspectorUserId = inspector->id;
        go = t.act(A::SendVerify, r.minutes(1, 10), r.any(people.intake), p);
        if (go) {
            // Inspectors reach most sites inside the 30-minute limit.
            const qint64 onSite = r.chance(0.92) ? r.minutes(6, 28) : r.minutes(31, 70);
            if (r.chance(0.95)) {
                go = t.act(A::VerifyConfirm, onSite, inspector);
            } else {
                if (t.act(A::VerifyDeny, onSite, inspector,
                          noted(QStringLiteral("现场未发现该问题"))))
                    t.act(A::RejectFiling, r.minutes(3, 20), leader,
                          noted(QStringLiteral("核实不属实")));
                go = false;
            }
        }
    }
    if (go && r.chance(0.004)) {
        if (t.act(A::RequestVoid, r.minutes(2, 10), r.any(people.intake),
                  noted(QStringLiteral("信息有误，申请作废"))))
            t.act(A::ApproveVoid, r.minutes(5, 30), leader);
        go = false;
    }
    if (go && r.chance(0.02)) {
        t.act(A::RejectFiling, r.minutes(3, 25), leader, noted(QStringLiteral("不属于城市管理范围")));
        go = false;
    }
    go = go && t.act(A::File, r.minutes(3, 25), leader);
    if (go) {
        ActionParams p;
        p.departmentId = owner;
        go = t.act(A::Dispatch, r.minutes(2, 25), r.any(people.dispatchers), p);
    }
    *handler = people.handlerOf.count(owner) ? people.handlerOf.at(owner) : nullptr;
    if (go && *handler && r.chance(0.01)) {
        // Not ours: returned, then dispatched to the territorial default.
        if (t.act(A::RequestReturn, r.minutes(10, 120), *handler,
                  noted(QStringLiteral("非本单位职责范围"))) &&
            t.act(A::ApproveReturn, r.minutes(10, 60), leader)) {
            const qint64 fallback = city.departmentByTypeAndDistrict.at(
                QStringLiteral("enforcement|") + c.districtCode);
            ActionParams p;
            p.departmentId = fallback;
            go = t.act(A::Dispatch, r.minutes(2, 25), r.any(people.dispatchers), p);
            *handler = people.handlerOf.at(fallback);
        } else {
            go = false;
        }
    }
    go = go && *handler && t.act(A::DepartmentAccept, r.minutes(5, 60), *handler);
    // Cases that need more than the limit end the standard way: an approved extension (延期)
    // of a day or more, or, for works waiting on a budget or a season, suspension (挂账) until
    // they can be scheduled.
    if (go && r.chance(0.03)) {
        ActionParams p = noted(QStringLiteral("需协调多部门，申请延期"));
        p.extensionSeconds = (r.chance(0.5) ? 7 : 14) * 3600;
        go = t.act(A::RequestExtension, r.minutes(30, 180), *handler, p) &&
             t.act(A::ApproveExtension, r.minutes(10, 25), leader, p);
    }
    if (go && r.chance(0.006)) {
        go = t.act(A::RequestSuspension, r.minutes(60, 300), *handler,
                   noted(QStringLiteral("需纳入年度维修计划"))) &&
             t.act(A::ApproveSuspension, r.minutes(10, 25), leader) &&
             t.act(A::Restore, r.minutes(60.0 * 24 * 5, 60.0 * 24 * 45), leader);
    }
    return go;
}

void CaseHistorySynthesizer::handle(CaseTimeline &t, Random &r, const User *inspector,
                                    const User *leader, const User *handler, const People &people,
                                    const Choices &choices)
{
    // Handling (mostly inside the limit, some late, a few hard cases stalled for days or weeks
    // under supervision), the check on site and the close; a failed check sends it back for
    // rework.
    const Pace pace = Pace::of(choices, handler->departmentId, t.c.districtCode,
                               QDateTime::fromMSecsSinceEpoch(t.nowMs, m_rules.calendar.timeZone()).date());
    bool first = true;
    bool go = true;
    while (go) {
        qint64 wait = r.minutes(60, 480);
        const CaseRecord &c = t.c;
        if (c.step.deadline.isValid()) {
            const double span = double(t.nowMs - c.step.startedAt.toMSecsSinceEpoch()) / 1000.0;
            const double limit = std::max(600.0, double(c.step.deadline.toMSecsSinceEpoch() -
                                                        c.step.startedAt.toMSecsSinceEpoch()) /
                                                     1000.0);
            const bool late = r.chance(pace.late);
            const double u = r.uniform();
            const double f = late ? 1.05 + 2.0 * u * u : 0.15 + 0.8 * u; // late: a long tail
            wait = std::max<qint64>(300, qint64(f * limit - span));
            // A few hard cases take days or weeks (disputed ownership, works to schedule). Most
            // are suspended (挂账) the standard way until the work can be done; the others run
            // late until the leaders' supervision (督办) gets them done.
            bool stalled = first && r.chance(pace.stall);
            if (stalled && r.chance(0.7)) {
                if (t.act(A::RequestSuspension, r.minutes(30, 180), handler,
                          noted(QStringLiteral("需协调施工或停电，申请挂账"))) &&
                    t.act(A::ApproveSuspension, r.minutes(10, 25), leader) &&
                    t.act(A::Restore, r.minutes(60.0 * 24 * 3, 60.0 * 24 * 30), leader)) {
                    wait = r.minutes(60, 480); // done soon after it is taken up again
                } else {
                    return; // still suspended at the end of the history
                }
                stalled = false;
            } else if (stalled) {
                wait = r.minutes(60.0 * 24 * 3, 60.0 * 24 * 30);
            }
            if ((late && r.chance(0.3)) || stalled) {
                const qint64 targetMs = t.nowMs + wait * 1000;
                const User *supervisor =
                    r.chance(0.7) ? leader : (people.leaders.empty() ? leader : r.any(people.leaders));
                t.act(A::Supervise, std::max<qint64>(60, qint64(limit - span)), supervisor,
                      noted(QStringLiteral("已超时，请加快处置")));
                wait = std::max<qint64>(300, (targetMs - t.nowMs) / 1000);
            }
        }
        first = false;
        go = t.act(A::Feedback, wait, handler, noted(QStringLiteral("已处置完毕")));
        ActionParams check;
        check.inspectorUserId = inspector->id;
        go = go && t.act(A::SendCheck, r.minutes(2, 20), r.any(people.intake), check);
        if (!go)
            break;
        // Most checks inside the 30-minute limit.
        const qint64 onSite = r.chance(0.93) ? r.minutes(5, 28) : r.minutes(31, 80);
        if (!r.chance(pace.rework)) {
            if (t.act(A::CheckPass, onSite, inspector))
                t.act(A::Close, r.minutes(2, 20), leader);
            break;
        }
        go = t.act(A::CheckFail, onSite, inspector, noted(QStringLiteral("处置不到位，返工")));
    }
}

} // namespace yw::demo
