#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace yw::core {

// One rule of who handles what: cases of a class (by code prefix) in an area (by code prefix)
// go to a department; for component cases the component's maintainer may take precedence.
struct RoutingRule
{
    qint64 id = 0;
    QString classPrefix; // "" any class; a big-class ("06") or class code ("06010")
    QString areaPrefix;  // "" the whole city; a district, street, community or grid code
    qint64 departmentId = 0;
    bool byComponentOwner = false;
};

struct RoutingDecision
{
    qint64 departmentId = 0; // 0: no rule applies
    qint64 ruleId = 0;
    bool fromComponentOwner = false;
    bool isValid() const { return departmentId > 0; }
};

// The routing rules of a city, and the owner they propose for a case: the most specific rule
// wins, the area first (a grid's rule over its community's, over its street's...), then the
// class (a class's rule over its big class's). A component case whose rule says so goes to the
// component's maintainer when it is known.
class RoutingTable
{
public:
    void setRules(const QList<RoutingRule> &rules);
    int size() const { return int(m_rules.size()); }

    RoutingDecision route(const QString &classCode, const QString &areaCode,
                          qint64 componentMaintainer = 0) const;

private:
    QList<RoutingRule> m_rules;
    QHash<QString, int> m_index; // "classPrefix|areaPrefix" → rule
};

} // namespace yw::core
