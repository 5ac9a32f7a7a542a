#pragma once

// The dispatch workspace's pieces put together by hand on a tiny city (as DispatchWorkspace
// does), for the tests of one piece: the city's routing rules, its two departments' names, an
// empty locator for the boundary prompt, the board, the selected case and the actions.
#include "caseactions.h"
#include "moduletestcity.h"
#include "routingrepository.h"

namespace yw::test {

struct DispatchParts
{
    yw::core::RoutingTable routing;
    QHash<qint64, QString> names;
    yw::gis::Locator locator;
    std::unique_ptr<yw::intake::BoundaryAdvisor> boundary;
    std::unique_ptr<yw::dispatch::CaseQueue> queue;
    std::unique_ptr<yw::dispatch::CaseDetail> detail;
    std::unique_ptr<yw::dispatch::CaseActions> actions;

    explicit DispatchParts(ModuleTestCity &city)
    {
        routing.setRules(yw::store::RoutingRepository(city.platform->database()).load().value());
        names = {{city.sanitation, QStringLiteral("芙蓉区环境卫生服务中心")},
                 {city.water, QStringLiteral("长沙水业集团")}};
        boundary = std::make_unique<yw::intake::BoundaryAdvisor>(locator, routing);
        queue = std::make_unique<yw::dispatch::CaseQueue>(city.platform->context(), names);
        detail = std::make_unique<yw::dispatch::CaseDetail>(
            city.platform->context(),
            yw::dispatch::CaseDetail::Services{routing, names, *boundary, *queue});
        actions = std::make_unique<yw::dispatch::CaseActions>(city.platform->context(), *queue,
                                                              *detail, routing);
    }
    // The keys of the actions on offer now.
    QStringList keys() const
    {
        QStringList out;
        for (const auto &c : actions->choices())
            out << c.key;
        return out;
    }
};

} // namespace yw::test
