#include "areahierarchy.h"

#include "areacode.h"

namespace yw::core {

Status AreaHierarchy::add(const Area &in)
{
    Area area = in;
    if (auto s = AreaCode::validate(area.level, area.code); !s)
        return s;
    if (area.name.trimmed().isEmpty())
        return Error::make(Error::Code::InvalidInput,
                           QStringLiteral("area %1 has no name").arg(area.code));
    if (m_areas.contains(area.code))
        return Error::make(Error::Code::InvalidInput,
                           QStringLiteral("area code %1 is used twice").arg(area.code));
    if (area.level != AreaLevel::City) {
        const QString parent = AreaCode::parentOf(area.code);
        if (!area.parentCode.isEmpty() && area.parentCode != parent)
            return Error::make(Error::Code::InvalidInput,
                               QStringLiteral("area %1 does not nest in the given parent %2")
                                   .arg(area.code, area.parentCode));
        // A district may hang directly under a city whose own record is absent (a one-district
        // deployment); every other level needs its parent.
        if (!m_areas.contains(parent) && area.level != AreaLevel::District)
            return Error::make(Error::Code::InvalidInput,
                               QStringLiteral("area %1: its parent %2 is not known").arg(area.code, parent));
        area.parentCode = parent;
        m_children[parent] << area.code;
    }
    m_areas.insert(area.code, area);
    return success();
}

Status AreaHierarchy::addResponsibilityGrid(const ResponsibilityGrid &grid)
{
    if (grid.code.trimmed().isEmpty())
        return Error::make(Error::Code::InvalidInput, QStringLiteral("responsibility grid without code"));
    if (m_respGrids.contains(grid.code))
        return Error::make(Error::Code::InvalidInput,
                           QStringLiteral("responsibility grid %1 is defined twice").arg(grid.code));
    for (const QString &g : grid.unitGridCodes) {
        const Area *a = find(g);
        if (!a || a->level != AreaLevel::UnitGrid)
            return Error::make(Error::Code::InvalidInput,
                               QStringLiteral("responsibility grid %1: unit grid %2 is not known")
                                   .arg(grid.code, g));
        if (!grid.districtCode.isEmpty() && !g.startsWith(grid.districtCode))
            return Error::make(Error::Code::InvalidInput,
                               QStringLiteral("responsibility grid %1: unit grid %2 lies outside district %3")
                                   .arg(grid.code, g, grid.districtCode));
    }
    m_respGrids.insert(grid.code, grid);
    return success();
}

const Area *AreaHierarchy::find(const QString &code) const
{
    const auto it = m_areas.constFind(code);
    return it == m_areas.constEnd() ? nullptr : &*it;
}

QList<Area> AreaHierarchy::children(const QString &code) const
{
    QList<Area> out;
    for (const QString &c : m_children.value(code))
        out << m_areas.value(c);
    return out;
}

QList<Area> AreaHierarchy::path(const QString &code) const
{
    QList<Area> out;
    QString c = code;
    while (!c.isEmpty()) {
        if (const Area *a = find(c))
            out.prepend(*a);
        c = AreaCode::parentOf(c);
    }
    return out;
}

QList<Area> AreaHierarchy::areas(AreaLevel level) const
{
    QList<Area> out;
    for (const Area &a : m_areas)
        if (a.level == level)
            out << a;
    std::sort(out.begin(), out.end(), [](const Area &a, const Area &b) { return a.code < b.code; });
    return out;
}

const ResponsibilityGrid *AreaHierarchy::responsibilityGrid(const QString &code) const
{
    const auto it = m_respGrids.constFind(code);
    return it == m_respGrids.constEnd() ? nullptr : &*it;
}

} // namespace yw::core
