#include "kpifactsupdater.h"

#include "departmentrepository.h"
#include "kpifactsbuilder.h"
#include "kpifactsrepository.h"
#include "userrepository.h"

namespace yw::evaluation {

using namespace yw::core;

Result<qint64> KpiFactsUpdater::refresh(const std::function<bool(qint64, qint64)> &progress)
{
    yw::store::KpiFactsRepository repo(m_db);
    QSet<qint64> withFacts;
    auto stale = repo.staleCases(KpiFactsBuilder::kRulesVersion, &withFacts);
    if (!stale)
        return stale.error();
    const qint64 total = stale->size();
    const KpiFactsBuilder builder(m_rules.calendar, m_rules.limits);
    // Large batches: each is one transaction, and a commit costs a sync to disk.
    constexpr qsizetype kBatch = 10000;
    qint64 done = 0;
    for (qsizetype from = 0; from < stale->size(); from += kBatch) {
        const QList<qint64> ids = stale->mid(from, kBatch);
        auto histories = repo.histories(ids);
        if (!histories)
            return histories.error();
        std::vector<CaseFacts> facts;
        facts.reserve(histories->size());
        for (const auto &h : histories.value())
            facts.push_back(builder.build(h.reported, h.version, h.events));
        if (auto s = repo.replace(facts, KpiFactsBuilder::kRulesVersion, &withFacts); !s)
            return s.error();
        done += ids.size();
        if (progress && !progress(done, total))
            break;
    }
    return done;
}

Result<std::vector<CaseFacts>> KpiFactsUpdater::refreshCases(const QList<qint64> &caseIds)
{
    yw::store::KpiFactsRepository repo(m_db);
    auto histories = repo.histories(caseIds);
    if (!histories)
        return histories.error();
    const KpiFactsBuilder builder(m_rules.calendar, m_rules.limits);
    std::vector<CaseFacts> facts;
    facts.reserve(histories->size());
    for (const auto &h : histories.value())
        facts.push_back(builder.build(h.reported, h.version, h.events));
    if (auto s = repo.replace(facts, KpiFactsBuilder::kRulesVersion); !s)
        return s.error();
    return facts;
}

Result<KpiDirectory> KpiFactsUpdater::directory() const
{
    KpiDirectory d;
    d.cityZone = m_rules.calendar.timeZone();
    auto depts = yw::store::DepartmentRepository(m_db).list();
    if (!depts)
        return depts.error();
    for (const Department &dep : depts.value())
        d.departments.insert(dep.id, dep.name);
    auto users = yw::store::UserRepository(m_db).list();
    if (!users)
        return users.error();
    for (const User &u : users.value())
        d.users.insert(u.id, u.displayName.isEmpty() ? u.login : u.displayName);
    for (AreaLevel level : {AreaLevel::District, AreaLevel::Street, AreaLevel::Community})
        for (const Area &a : m_rules.areas.areas(level))
            d.areas.insert(a.code, a.name);
    for (TaxonomyKind kind : {TaxonomyKind::Component, TaxonomyKind::Matter})
        for (const TaxonomyClass &c : m_rules.taxonomy.classes(kind))
            d.classes.insert(c.code, c.nameZh);
    for (SourceChannel s : enumValues<SourceChannel>())
        d.sources.insert(enumKey(s), displayName(s));
    auto patrols = yw::store::KpiFactsRepository(m_db).patrolGrids();
    if (!patrols)
        return patrols.error();
    for (const auto &[grid, user] : patrols.value())
        d.inspectorsOfGrid.insert(grid, user);
    return d;
}

Result<std::unique_ptr<KpiEngine>> KpiFactsUpdater::engine(qint64 fromMs, qint64 toMs) const
{
    auto dir = directory();
    if (!dir)
        return dir.error();
    auto facts = yw::store::KpiFactsRepository(m_db).load(fromMs, toMs);
    if (!facts)
        return facts.error();
    return std::make_unique<KpiEngine>(std::move(facts.value()), std::move(dir.value()));
}

} // namespace yw::evaluation
