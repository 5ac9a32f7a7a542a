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
    // Many departments with the ids they have (a demo city, a migration from another system), in
    // the caller's transaction.
    yw::core::Status addAll(const QList<yw::core::Department> &departments);
    yw::core::Result<yw::core::Department> get(qint64 id) const;
    yw::core::Result<QList<yw::core::Department>> list() const;

private:
    const Database &m_db;
};

} // namespace yw::store
