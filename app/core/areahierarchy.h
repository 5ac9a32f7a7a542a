#pragma once

#include "area.h"
#include "error.h"

#include <QHash>

namespace yw::core {

// The administrative tree of a city, checked as it is built: every code valid for its level and
// nested in its parent's code, every parent present.
class AreaHierarchy
{
public:
    Status add(const Area &area);
    Status addResponsibilityGrid(const ResponsibilityGrid &grid);

    const Area *find(const QString &code) const;
    QList<Area> children(const QString &code) const;
    // The chain from the city down to the area itself.
    QList<Area> path(const QString &code) const;
    int size() const { return int(m_areas.size()); }
    QList<Area> areas(AreaLevel level) const;
    const ResponsibilityGrid *responsibilityGrid(const QString &code) const;
    QList<ResponsibilityGrid> responsibilityGrids() const { return m_respGrids.values(); }

private:
    QHash<QString, Area> m_areas;
    QHash<QString, QStringList> m_children;
    QHash<QString, ResponsibilityGrid> m_respGrids;
};

} // namespace yw::core
