#pragma once

#include "database.h"
#include "demoscale.h"
#include "error.h"

#include <QDateTime>

#include <functional>

namespace yw::demo {

// Builds the demo city of Changsha into an empty Yiwang database, deterministically for a seed
// and an end date: areas and unit grids with shapes, responsibility grids, departments and
// routing rules, people, components, months of case history through the real workflow,
// sensors with readings, cameras and vehicles with tracks. All in one transaction: a failure
// leaves the database as it was.
class DemoCityBuilder
{
public:
    // Raised when the same options give another city (benchmarks keep built cities by it).
    // 3: a real center's steady state, grids by district (issue 13).
    static constexpr int kGeneratorVersion = 3;

    struct Options
    {
        DemoScale scale = DemoScale::small();
        quint64 seed = 1;
        QDateTime end;                                   // the history ends here (default: now)
        QString password = QStringLiteral("Yiwang2026"); // of every demo account
    };
    struct Summary
    {
        qint64 grids = 0, responsibilityGrids = 0, departments = 0, routingRules = 0, users = 0;
        qint64 components = 0, cases = 0, caseEvents = 0, openCases = 0, devices = 0, readings = 0,
               positions = 0;
    };
    // stage: what is being done; done of total (total 0: no count).
    using Progress = std::function<void(const QString &stage, qint64 done, qint64 total)>;

    static yw::core::Result<Summary> build(yw::store::Database &db, const Options &options,
                                           const Progress &progress);
};

} // namespace yw::demo
