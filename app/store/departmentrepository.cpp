#include "departmentrepository.h"

#include "bulkinserter.h"

#include "sqlvalues.h"

namespace yw::store {

using namespace yw::core;
using namespace yw::store::sqlvalues;

namespace {
const QString kSelect = QStringLiteral(
    "SELECT id, code, name, level, district_code, parent_id, active FROM departments ");

Department readDepartment(const QSqlQuery &q)
{
    Department d;
    d.id = q.value(0).toLongLong();
    d.code = q.value(1).toString();
    d.name = q.value(2).toString();
    d.level = enumFromKey<DepartmentLevel>(q.value(3).toString());
    d.districtCode = q.value(4).toString();
    d.parentId = q.value(5).toLongLong();
    d.active = q.value(6).toInt() != 0;
    return d;
}
} // namespace

Result<qint64> DepartmentRepository::add(const Department &d)
{
    if (d.code.trimmed().isEmpty() || d.name.trimmed().isEmpty())
        return Error::make(Error::Code::InvalidInput,
                           QStringLiteral("a department needs a code and a name"));
    auto q = m_db.exec(
        QStringLiteral(
            "INSERT INTO departments (code, name, level, district_code, parent_id, active) "
            "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
        {d.code, d.name, enumKey(d.level), d.districtCode, idOrNull(d.parentId), d.active ? 1 : 0});
    if (!q)
        return q.error();
    q.value().next();
    return q.value().value(0).toLongLong();
}

Status DepartmentRepository::addAll(const QList<Department> &departments)
{
    BulkInserter rows(m_db, QStringLiteral("departments"),
                      {"id", "code", "name", "level", "district_code", "parent_id", "active"});
    for (const Department &d : departments)
        if (auto s = rows.add({d.id, d.code, d.name, enumKey(d.level), d.districtCode,
                               idOrNull(d.parentId), d.active ? 1 : 0});
            !s)
            return s;
    if (auto s = rows.flush(); !s)
        return s;
    return const_cast<Database &>(m_db).advanceIdSequence(QStringLiteral("departments"));
}

Result<Department> DepartmentRepository::get(qint64 id) const
{
    auto q = m_db.exec(kSelect + QStringLiteral("WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::make(Error::Code::NotFound,
                           QStringLiteral("no department with id %1").arg(id));
    return readDepartment(q.value());
}

Result<QList<Department>> DepartmentRepository::list() const
{
    auto q = m_db.exec(kSelect + QStringLiteral("ORDER BY id"));
    if (!q)
        return q.error();
    QList<Department> out;
    while (q.value().next())
        out << readDepartment(q.value());
    return out;
}

} // namespace yw::store
