#pragma once

#include "demoscale.h"
#include "error.h"
#include "syntheticcity.h"

#include <random>

namespace yw::demo {

// The city's unit grids, communities, streets and responsibility grids, built on the real district
// outlines and the real street and community codes:
// - the covered area is each core district's built-up part: the cells of the district nearest
//   its urban cores (old town, new towns, development zones; distances weighted by each core's
//   size), as many as its share of the scale's covered area (urban_cores.csv), so the grids
//   follow the districts' built-up shapes instead of one disk around the city centre;
// - it is cut into a lattice of unit grids (about 0.03 km² each at full scale);
// - streets, then communities within each street, are weighted Voronoi regions of seeds, computed
//   on the lattice, so that every level nests exactly (a grid never crosses a community boundary)
//   and the whole leaves no gap and no overlap;
// - grids are numbered within their community west → east, north → south (GB/T 30428.1);
// - community and street outlines are the GEOS union of their grids.
class AreaSynthesizer
{
public:
    AreaSynthesizer(const DemoScale &scale, std::mt19937_64 &rng)
        : m_scale(scale)
        , m_rng(rng)
    {}

    // referenceAreas: the city, districts, streets and communities (CityReferenceData);
    // districtsGeoJson: the district outlines (WGS84 lon/lat, property "code");
    // urbanCoresCsv: each district's urban cores and the built-up area each stands for (code,
    // name, core_lon, core_lat, urban_km2; several rows per district).
    yw::core::Status run(const QList<yw::core::Area> &referenceAreas,
                         const QByteArray &districtsGeoJson, const QByteArray &urbanCoresCsv,
                         SyntheticCity &city);

    // The city centre (五一广场, Changsha): the origin of the local metric plane.
    static constexpr double kCentreLon = 112.9823;
    static constexpr double kCentreLat = 28.1963;

    // The stages of a run, defined where they are used.
    struct Cell;
    struct Reference;
    struct Outlines;

private:
    yw::core::Result<Outlines> readOutlines(const QByteArray &geoJson, const QByteArray &coresCsv,
                                            const Reference &ref,
                                            const yw::gis::LocalProjection &proj) const;
    std::vector<Cell> coveredCells(const Outlines &outlines) const;
    void assignStreetsAndCommunities(std::vector<Cell> &cells, const Outlines &outlines,
                                     Reference &ref);
    yw::core::Status numberGrids(const std::vector<Cell> &cells, SyntheticCity &city);
    void makeOutlines(const Outlines &outlines, Reference &ref, SyntheticCity &city);
    void makeResponsibilityGrids(Reference &ref, SyntheticCity &city) const;

    const DemoScale &m_scale;
    std::mt19937_64 &m_rng;
};

} // namespace yw::demo
