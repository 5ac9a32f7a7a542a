#include "routingrepository.h"

#include "bulkinserter.h"

namespace yw::store {

using namespace yw::core;

Result<QList<RoutingRule>> RoutingRepository::load() const
{
    auto q = m_db.exec(
        QStringLiteral("SELECT id, class_prefix, area_prefix, department_id, by_component_owner "
                       "FROM routing_rules ORDER BY id"));
    if (!q)
        return q.error();
    QList<RoutingRule> out;
    while (q.value().next())
        out << RoutingRule{q.value().value(0).toLongLong(), q.value().value(1).toString(),
                           q.value().value(2).toString(), q.value().value(3).toLongLong(),
                           q.value().value(4).toInt() != 0};
    return out;
}

Result<qint64> RoutingRepository::add(const RoutingRule &rule)
{
    if (rule.departmentId <= 0)
        return Error::make(Error::Code::InvalidInput,
                           QStringLiteral("a routing rule needs a department"));
    auto q = m_db.exec(QStringLiteral("INSERT INTO routing_rules (class_prefix, area_prefix, "
                                      "department_id, by_component_owner) VALUES (?, ?, ?, ?) "
                                      "RETURNING id"),
                       {rule.classPrefix, rule.areaPrefix, rule.departmentId,
                        rule.byComponentOwner ? 1 : 0});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::make(Error::Code::Internal, QStringLiteral("no routing rule id returned"));
    return q.value().value(0).toLongLong();
}

Status RoutingRepository::addAll(const QList<RoutingRule> &rules)
{
    BulkInserter rows(m_db, QStringLiteral("routing_rules"),
                      {"class_prefix", "area_prefix", "department_id", "by_component_owner", "note"});
    for (const RoutingRule &r : rules)
        if (auto s = rows.add({r.classPrefix, r.areaPrefix, r.departmentId,
                               r.byComponentOwner ? 1 : 0, QString()});
            !s)
            return s;
    return rows.flush();
}

} // namespace yw::store
