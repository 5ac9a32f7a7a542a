#include "routingtable.h"

namespace yw::core {

void RoutingTable::setRules(const QList<RoutingRule> &rules)
{
    m_rules = rules;
    m_index.clear();
    for (int i = 0; i < m_rules.size(); ++i)
        m_index.insert(m_rules[i].classPrefix + QLatin1Char('|') + m_rules[i].areaPrefix, i);
}

RoutingDecision RoutingTable::route(const QString &classCode, const QString &areaCode,
                                    qint64 componentMaintainer) const
{
    // Area codes nest as 6 + 3 + 3 + 3 digits (district, street, community, grid).
    static const int areaLengths[] = {15, 12, 9, 6, 0};
    for (int al : areaLengths) {
        if (al > areaCode.size())
            continue;
        const QString area = areaCode.left(al);
        for (qsizetype cl = classCode.size(); cl >= 0; --cl) {
            const auto it = m_index.constFind(classCode.left(cl) + QLatin1Char('|') + area);
            if (it == m_index.constEnd())
                continue;
            const RoutingRule &r = m_rules[it.value()];
            if (r.byComponentOwner && componentMaintainer > 0)
                return RoutingDecision{componentMaintainer, r.id, true};
            return RoutingDecision{r.departmentId, r.id, false};
        }
    }
    return {};
}

} // namespace yw::core
