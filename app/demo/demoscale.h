#pragma once

#include <QString>

namespace yw::demo {

// How big the synthetic city is. Full: the real Changsha platform (about 488 km² covered by
// 16,335 unit grids, 135 responsibility grids, 2.93 million components, 330,000 cases a year).
// Small: about 1/50 of the data, the same city layout, for tests and CI.
struct DemoScale
{
    QString name;
    double coveredKm2 = 488;  // the built-up area covered by unit grids
    double gridSideM = 173.2; // about 0.03 km² a unit grid
    int responsibilityGrids = 135;
    qint64 components = 2'930'000;
    int casesPerYear = 330'000;
    int months = 12;
    int sensors = 2'000;
    int cameras = 1'500;
    int vehicles = 300;
    int sensorReadingsPerDay = 24; // hourly, for the last days of the history
    int readingDays = 7;
    int trackDays = 1; // GPS tracks of the last day

    static DemoScale full() { return DemoScale{QStringLiteral("full")}; }
    static DemoScale small()
    {
        DemoScale s{QStringLiteral("small")};
        s.gridSideM = 400; // about 3,000 grids: every community still gets grids
        s.responsibilityGrids = 80;
        s.components = 58'600;
        s.casesPerYear = 6'600;
        s.sensors = 40;
        s.cameras = 30;
        s.vehicles = 6;
        s.readingDays = 2;
        return s;
    }
};

} // namespace yw::demo
