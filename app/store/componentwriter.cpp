#include "componentwriter.h"

#include "sqlvalues.h"

namespace yw::store {

using namespace yw::store::sqlvalues;

ComponentWriter::ComponentWriter(const Database &db)
    : m_rows(db, QStringLiteral("components"),
             {"id", "class_code", "name", "lon", "lat", "grid_code", "authority_department_id",
              "maintainer_department_id", "state", "initial_date", "data_source"})
{}

yw::core::Status ComponentWriter::add(const GeodataRepository::Component &c)
{
    return m_rows.add({c.id, c.classCode, c.name, c.lon, c.lat, c.gridCode,
                       idOrNull(c.authorityDepartmentId), idOrNull(c.maintainerDepartmentId),
                       c.state, c.initialDate, c.dataSource});
}

} // namespace yw::store
