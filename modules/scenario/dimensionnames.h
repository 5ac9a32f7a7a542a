#pragma once

#include "areahierarchy.h"
#include "columnformat.h"
#include "taxonomy.h"

#include <QHash>
#include <QTimeZone>
#include <QVariant>

namespace yw::scenario {

// Turns what a source's rows hold into what a screen shows: an area's code into its name, a
// class code into the class, a department's id into its name, a state or channel into its word,
// a time into city time by its bucket, numbers and rates in the interface's locale.
class DimensionNames
{
public:
    DimensionNames(const yw::core::AreaHierarchy *areas, const yw::core::Taxonomy *taxonomy, QTimeZone cityZone)
        : m_areas(areas)
        , m_taxonomy(taxonomy)
        , m_zone(std::move(cityZone))
    {}

    void setDepartments(QHash<qint64, QString> names) { m_departments = std::move(names); }
    const QHash<qint64, QString> &departments() const { return m_departments; }

    QString text(const ColumnFormat &format, const QVariant &value) const;

private:
    const yw::core::AreaHierarchy *m_areas;
    const yw::core::Taxonomy *m_taxonomy;
    QTimeZone m_zone;
    QHash<qint64, QString> m_departments;
};

} // namespace yw::scenario
