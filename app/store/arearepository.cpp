#include "arearepository.h"

namespace yw::store {

using namespace yw::core;

Status AreaRepository::addAll(const QList<Area> &areas)
{
    auto loaded = load();
    if (!loaded)
        return loaded.error();
    AreaHierarchy h = loaded.value();
    QList<Area> sorted = areas;
    // Parents first: codes of higher levels are shorter.
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Area &a, const Area &b) { return int(a.level) < int(b.level); });
    for (const Area &a : sorted)
        if (auto s = h.add(a); !s)
            return s;
    return m_db.transaction([&]() -> Status {
        for (const Area &a : sorted) {
            const Area *checked = h.find(a.code);
            auto q = m_db.exec(
                QStringLiteral(
                    "INSERT INTO areas (code, name, level, parent_code) VALUES (?, ?, ?, ?)"),
                {checked->code, checked->name, enumKey(checked->level), checked->parentCode});
            if (!q)
                return q.error();
        }
        return success();
    });
}

Result<AreaHierarchy> AreaRepository::load() const
{
    // Order by code length so that parents come before their children.
    auto q = m_db.exec(
        QStringLiteral("SELECT code, name, level FROM areas ORDER BY LENGTH(code), code"));
    if (!q)
        return q.error();
    AreaHierarchy h;
    while (q.value().next()) {
        Area a{q.value().value(0).toString(),
               q.value().value(1).toString(),
               enumFromKey<AreaLevel>(q.value().value(2).toString()),
               {}};
        if (auto s = h.add(a); !s)
            return Error::make(Error::Code::Corrupt,
                               QStringLiteral("stored areas: %1").arg(s.error().message));
    }
    return h;
}

Result<int> AreaRepository::count() const
{
    auto q = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM areas"));
    if (!q)
        return q.error();
    q.value().next();
    return q.value().value(0).toInt();
}

} // namespace yw::store
