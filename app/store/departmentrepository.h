#pragma once

#include "database.h"
#include "department.h"

namespace yw::store {

class DepartmentRepository
{
public:
    explicit DepartmentRepository(const Database &db)
        : m_db(db)
    {}

    yw::core::Result<qint64> add(const yw::core::Department &d);
    yw::core::Result<yw::core::Department> get(qint64 id) const;
    yw::core::Result<QList<yw::core::Department>> list() const;

private:
    const Database &m_db;
};

} // namespace yw::store
