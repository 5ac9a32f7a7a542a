#include "areasynthesizer.h"

#include "csvtable.h"
#include "geosoperations.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>

namespace yw::demo {

using namespace yw::core;
using namespace yw::gis;

// A lattice cell of the covered area and the street and community it falls to.
struct AreaSynthesizer::Cell
{
    int col = 0;
    int row = 0;
    Point centre; // metres
    int district = -1;
    QString street;
    QString community;
};

namespace {

using Cell = AreaSynthesizer::Cell;

Result<MultiPolygon> polygonFromGeoJson(const QJsonObject &geometry)
{
    const QString type = geometry.value(QStringLiteral("type")).toString();
    const QJsonArray coords = geometry.value(QStringLiteral("coordinates")).toArray();
    auto ring = [](const QJsonArray &a) {
        bg::model::ring<Point> r;
        for (const auto &p : a)
            r.push_back(Point(p.toArray().at(0).toDouble(), p.toArray().at(1).toDouble()));
        return r;
    };
    auto polygon = [&](const QJsonArray &rings) {
        Polygon p;
        for (int i = 0; i < rings.size(); ++i) {
            const auto r = ring(rings.at(i).toArray());
            if (i == 0)
                p.outer().assign(r.begin(), r.end());
            else
                p.inners().push_back(r);
        }
        return p;
    };
    MultiPolygon out;
    if (type == QLatin1String("Polygon"))
        out.push_back(polygon(coords));
    else if (type == QLatin1String("MultiPolygon"))
        for (const auto &p : coords)
            out.push_back(polygon(p.toArray()));
    else
        return Error::make(Error::Code::InvalidInput,
                           QStringLiteral("district outline of type %1").arg(type));
    bg::correct(out);
    return out;
}

MultiPolygon boxShape(const Box &b)
{
    MultiPolygon m;
    m.resize(1);
    bg::convert(b, m[0]);
    bg::correct(m);
    return m;
}

// Assigns each cell to the seed with the smallest distance / weight (a multiplicatively weighted
// Voronoi diagram on the lattice). A seed's own cell is always its own.
template<typename Seeds>
void assignToSeeds(const std::vector<int> &cells, const std::vector<Cell> &all, const Seeds &seeds,
                   const std::function<void(int cell, int seed)> &assign)
{
    for (int c : cells) {
        int best = 0;
        double bestD = 1e300;
        for (int s = 0; s < int(seeds.size()); ++s) {
            const double d =
                bg::distance(all[size_t(c)].centre, all[size_t(seeds[size_t(s)].cell)].centre) /
                seeds[size_t(s)].weight;
            if (d < bestD) {
                bestD = d;
                best = s;
            }
        }
        assign(c, best);
    }
}

struct Seed
{
    int cell = 0;
    double weight = 1;
    QString code;
};

} // namespace

// The reference areas by level, in code order (deterministic), and who is whose parent.
struct AreaSynthesizer::Reference
{
    std::map<QString, Area> districts, streets, communities;
    std::map<QString, std::vector<QString>> streetsOf, communitiesOf;
};

// The district outlines that have streets in the reference data, in lon/lat and metres.
struct AreaSynthesizer::Outlines
{
    std::vector<QString> codes;
    std::vector<MultiPolygon> lonLat, metres;
    std::vector<Box> boxes; // metres
    // Metres and km²: where each district's built-up area grows from, and how much each stands for.
    std::vector<std::vector<std::pair<Point, double>>> cores;
    std::vector<double> urbanKm2; // per district: the sum of its cores
};

Status AreaSynthesizer::run(const QList<Area> &referenceAreas, const QByteArray &districtsGeoJson,
                            const QByteArray &urbanCoresCsv, SyntheticCity &city)
{
    city.projection = LocalProjection(kCentreLon, kCentreLat);
    Reference ref;
    for (const Area &a : referenceAreas) {
        if (a.level == AreaLevel::District)
            ref.districts[a.code] = a;
        else if (a.level == AreaLevel::Street)
            ref.streets[a.code] = a;
        else if (a.level == AreaLevel::Community)
            ref.communities[a.code] = a;
    }
    // Parents by code prefix (GB/T 2260 / GB/T 10114: 6 + 3 + 3 digits).
    for (const auto &[code, a] : ref.streets)
        ref.streetsOf[code.left(6)].push_back(code);
    for (const auto &[code, a] : ref.communities)
        ref.communitiesOf[code.left(9)].push_back(code);

    auto outlines = readOutlines(districtsGeoJson, urbanCoresCsv, ref, city.projection);
    if (!outlines)
        return outlines.error();
    std::vector<Cell> cells = coveredCells(outlines.value());
    assignStreetsAndCommunities(cells, outlines.value(), ref);
    if (auto s = numberGrids(cells, city); !s)
        return s;
    makeOutlines(outlines.value(), ref, city);
    makeResponsibilityGrids(ref, city);
    return success();
}

Result<AreaSynthesizer::Outlines> AreaSynthesizer::readOutlines(const QByteArray &geoJson,
                                                               const QByteArray &coresCsv,
                                                               const Reference &ref,
                                                               const LocalProjection &proj) const
{
    auto cores = CsvTable::parse(coresCsv, QStringLiteral("urban_cores.csv"));
    if (!cores)
        return cores.error();
    std::map<QString, std::vector<std::pair<Point, double>>> coresOf;
    for (int i = 0; i < cores->rowCount(); ++i) {
        bool okLon = false, okLat = false, okKm2 = false;
        const double lon = cores->value(i, QStringLiteral("core_lon")).toDouble(&okLon);
        const double lat = cores->value(i, QStringLiteral("core_lat")).toDouble(&okLat);
        const double km2 = cores->value(i, QStringLiteral("urban_km2")).toDouble(&okKm2);
        if (!okLon || !okLat || !okKm2 || km2 <= 0)
            return Error::make(Error::Code::InvalidInput,
                               QStringLiteral("urban_cores.csv line %1: a core needs a longitude, "
                                              "a latitude and a positive area")
                                   .arg(cores->lineOf(i)));
        coresOf[cores->value(i, QStringLiteral("code"))].push_back({proj.toMetres(Point(lon, lat)), km2});
    }
    // Only districts that have streets in the reference data are covered.
    const QJsonDocument doc = QJsonDocument::fromJson(geoJson);
    if (!doc.isObject())
        return Error::make(Error::Code::InvalidInput,
                           QStringLiteral("the district outlines are not GeoJSON"));
    Outlines out;
    for (const auto &f : doc.object().value(QStringLiteral("features")).toArray()) {
        const QJsonObject feature = f.toObject();
        const QString code = feature.value(QStringLiteral("properties"))
                                 .toObject()
                                 .value(QStringLiteral("code"))
                                 .toString();
        if (!ref.streetsOf.count(code))
            continue;
        auto shape = polygonFromGeoJson(feature.value(QStringLiteral("geometry")).toObject());
        if (!shape)
            return shape.error();
        auto core = coresOf.find(code);
        if (core == coresOf.end())
            return Error::make(Error::Code::InvalidInput,
                               QStringLiteral("urban_cores.csv has no core for district %1").arg(code));
        double km2 = 0;
        for (const auto &c : core->second)
            km2 += c.second;
        out.cores.push_back(core->second);
        out.urbanKm2.push_back(km2);
        out.codes.push_back(code);
        out.lonLat.push_back(shape.value());
        out.metres.push_back(proj.toMetres(shape.value()));
        Box b;
        bg::envelope(out.metres.back(), b);
        out.boxes.push_back(b);
    }
    if (out.codes.empty())
        return Error::make(Error::Code::InvalidInput,
                           QStringLiteral("no district outline matches the reference areas"));
    return out;
}

std::vector<AreaSynthesizer::Cell> AreaSynthesizer::coveredCells(const Outlines &outlines) const
{
    // Each district's lattice cells, nearest its urban core first, up to its share of the
    // covered area; what a district cannot hold (a small, fully built district) goes to the
    // others in proportion.
    const double side = m_scale.gridSideM;
    const double wanted = m_scale.coveredKm2 * 1e6 / (side * side);
    const size_t districts = outlines.codes.size();
    std::vector<std::vector<Cell>> inside(districts);
    for (size_t d = 0; d < districts; ++d) {
        const Box &b = outlines.boxes[d];
        const int c0 = int(std::floor(b.min_corner().x() / side)),
                  c1 = int(std::ceil(b.max_corner().x() / side));
        const int r0 = int(std::floor(b.min_corner().y() / side)),
                  r1 = int(std::ceil(b.max_corner().y() / side));
        for (int r = r0; r < r1; ++r)
            for (int c = c0; c < c1; ++c) {
                const Point centre((c + 0.5) * side, (r + 0.5) * side);
                // A cell on a shared border belongs to the first district that covers it.
                bool taken = false;
                for (size_t e = 0; e < d && !taken; ++e)
                    taken = bg::covered_by(centre, outlines.boxes[e]) &&
                            bg::covered_by(centre, outlines.metres[e]);
                if (!taken && bg::covered_by(centre, outlines.metres[d]))
                    inside[d].push_back(Cell{c, r, centre, int(d), {}, {}});
            }
        // Nearest a core first, distances scaled by each core's size (a bigger town reaches
        // further), so that each core grows by about its share.
        const auto &cores = outlines.cores[d];
        auto reach = [&](const Cell &c) {
            double best = std::numeric_limits<double>::max();
            for (const auto &[p, km2] : cores)
                best = std::min(best, bg::distance(c.centre, p) / std::sqrt(km2));
            return best;
        };
        std::vector<std::pair<double, size_t>> order;
        order.reserve(inside[d].size());
        for (size_t i = 0; i < inside[d].size(); ++i)
            order.push_back({reach(inside[d][i]), i});
        std::stable_sort(order.begin(), order.end());
        std::vector<Cell> sorted;
        sorted.reserve(order.size());
        for (const auto &o : order)
            sorted.push_back(inside[d][o.second]);
        inside[d] = std::move(sorted);
    }
    std::vector<double> quota(districts);
    const double totalKm2 =
        std::accumulate(outlines.urbanKm2.begin(), outlines.urbanKm2.end(), 0.0);
    for (size_t d = 0; d < districts; ++d)
        quota[d] = wanted * outlines.urbanKm2[d] / totalKm2;
    // Hand what the full districts cannot hold to the others, until nothing moves.
    for (int round = 0; round < 8; ++round) {
        double spare = 0, roomy = 0;
        for (size_t d = 0; d < districts; ++d) {
            if (quota[d] > double(inside[d].size())) {
                spare += quota[d] - double(inside[d].size());
                quota[d] = double(inside[d].size());
            } else if (quota[d] < double(inside[d].size())) {
                roomy += outlines.urbanKm2[d];
            }
        }
        if (spare < 0.5 || roomy <= 0)
            break;
        for (size_t d = 0; d < districts; ++d)
            if (quota[d] < double(inside[d].size()))
                quota[d] += spare * outlines.urbanKm2[d] / roomy;
    }
    std::vector<Cell> out;
    for (size_t d = 0; d < districts; ++d) {
        const size_t n = std::min(inside[d].size(), size_t(std::llround(quota[d])));
        out.insert(out.end(), inside[d].begin(), inside[d].begin() + qsizetype(n));
    }
    return out;
}

void AreaSynthesizer::assignStreetsAndCommunities(std::vector<Cell> &cells,
                                                  const Outlines &outlines, Reference &ref)
{
    // Streets within each district, then communities within each street.
    std::vector<std::vector<int>> cellsOfDistrict(outlines.codes.size());
    for (int i = 0; i < int(cells.size()); ++i)
        cellsOfDistrict[size_t(cells[size_t(i)].district)].push_back(i);
    std::uniform_real_distribution<double> jitter(0.75, 1.25);
    auto pickSeeds = [&](const std::vector<int> &pool, const std::vector<QString> &codes,
                         const std::function<double(const QString &)> &weight) {
        std::vector<int> shuffled = pool;
        std::shuffle(shuffled.begin(), shuffled.end(), m_rng);
        std::vector<Seed> seeds;
        for (size_t i = 0; i < codes.size() && i < shuffled.size(); ++i)
            seeds.push_back(Seed{shuffled[i], weight(codes[i]) * jitter(m_rng), codes[i]});
        return seeds;
    };
    for (size_t d = 0; d < outlines.codes.size(); ++d) {
        const auto &streetCodes = ref.streetsOf[outlines.codes[d]];
        const auto streetSeeds = pickSeeds(cellsOfDistrict[d], streetCodes, [&](const QString &s) {
            return std::sqrt(double(std::max<size_t>(1, ref.communitiesOf[s].size())));
        });
        if (streetSeeds.empty())
            continue;
        std::map<QString, std::vector<int>> cellsOfStreet;
        assignToSeeds(cellsOfDistrict[d], cells, streetSeeds, [&](int c, int s) {
            cells[size_t(c)].street = streetSeeds[size_t(s)].code;
            cellsOfStreet[streetSeeds[size_t(s)].code].push_back(c);
        });
        for (auto &[street, streetCells] : cellsOfStreet) {
            const auto seeds = pickSeeds(streetCells, ref.communitiesOf[street],
                                         [](const QString &) { return 1.0; });
            assignToSeeds(streetCells, cells, seeds, [&](int c, int s) {
                cells[size_t(c)].community = seeds[size_t(s)].code;
            });
        }
    }
}

Status AreaSynthesizer::numberGrids(const std::vector<Cell> &cells, SyntheticCity &city)
{
    // Unit grids: numbered within the community, west → east, north → south.
    const LocalProjection &proj = city.projection;
    const double side = m_scale.gridSideM;
    std::map<QString, std::vector<int>> cellsOfCommunity;
    for (int i = 0; i < int(cells.size()); ++i)
        if (!cells[size_t(i)].community.isEmpty())
            cellsOfCommunity[cells[size_t(i)].community].push_back(i);
    // Hot spots: busy places where more happens (old town, markets, stations).
    std::vector<Point> hotSpots;
    std::normal_distribution<double> spread(0, 3500);
    for (int i = 0; i < 30; ++i)
        hotSpots.push_back(Point(spread(m_rng), spread(m_rng)));
    city.grids.clear();
    city.grids.reserve(cells.size());
    for (auto &[community, list] : cellsOfCommunity) {
        std::sort(list.begin(), list.end(), [&](int a, int b) {
            const Cell &x = cells[size_t(a)], &y = cells[size_t(b)];
            return x.row != y.row ? x.row > y.row : x.col < y.col;
        });
        if (list.size() > 999)
            return Error::make(Error::Code::Internal,
                               QStringLiteral("community %1 would need %2 grids (at most 999)")
                                   .arg(community)
                                   .arg(list.size()));
        int seq = 0;
        for (int i : list) {
            const Cell &c = cells[size_t(i)];
            SyntheticGrid g;
            g.code = community + QStringLiteral("%1").arg(++seq, 3, 10, QLatin1Char('0'));
            g.communityCode = community;
            g.column = c.col;
            g.row = c.row;
            g.lonLat = Box(proj.toLonLat(Point(c.col * side, c.row * side)),
                           proj.toLonLat(Point((c.col + 1) * side, (c.row + 1) * side)));
            double w = 1.0 + 3.0 * std::exp(-bg::comparable_distance(c.centre, Point(0, 0)) /
                                            (2 * 6000.0 * 6000.0));
            for (const Point &h : hotSpots)
                w += 6.0 * std::exp(-bg::comparable_distance(c.centre, h) / (2 * 500.0 * 500.0));
            g.weight = w;
            city.grids.push_back(g);
        }
    }
    std::sort(city.grids.begin(), city.grids.end(),
              [](const SyntheticGrid &a, const SyntheticGrid &b) { return a.code < b.code; });
    return success();
}

void AreaSynthesizer::makeOutlines(const Outlines &outlines, Reference &ref, SyntheticCity &city)
{
    // Communities and streets as unions of their grids; districts as surveyed.
    const LocalProjection &proj = city.projection;
    city.shapes.clear();
    std::map<QString, std::vector<MultiPolygon>> gridShapesOfStreet;
    std::map<QString, std::vector<MultiPolygon>> gridShapesOfCommunity;
    for (const SyntheticGrid &g : city.grids) {
        const MultiPolygon s = boxShape(g.lonLat);
        gridShapesOfCommunity[g.communityCode].push_back(s);
        gridShapesOfStreet[g.communityCode.left(9)].push_back(s);
    }
    for (size_t d = 0; d < outlines.codes.size(); ++d)
        city.shapes.push_back(SyntheticArea{ref.districts[outlines.codes[d]], outlines.lonLat[d],
                                            proj.areaM2(outlines.lonLat[d])});
    for (const auto &[street, parts] : gridShapesOfStreet) {
        const MultiPolygon u = GeosOperations::unite(parts);
        city.shapes.push_back(SyntheticArea{ref.streets[street], u, proj.areaM2(u)});
    }
    for (const auto &[community, parts] : gridShapesOfCommunity) {
        const MultiPolygon u = GeosOperations::unite(parts);
        city.shapes.push_back(SyntheticArea{ref.communities[community], u, proj.areaM2(u)});
    }
}

void AreaSynthesizer::makeResponsibilityGrids(Reference &ref, SyntheticCity &city) const
{
    // Each street's grids cut into bands of similar size.
    city.responsibilityGrids.clear();
    city.gridToResponsibility.clear();
    std::map<QString, std::vector<const SyntheticGrid *>> gridsOfStreet;
    for (const SyntheticGrid &g : city.grids)
        gridsOfStreet[g.communityCode.left(9)].push_back(&g);
    const double perResp = double(city.grids.size()) / std::max(1, m_scale.responsibilityGrids);
    for (auto &[street, list] : gridsOfStreet) {
        const int k = std::max(1, int(std::lround(double(list.size()) / perResp)));
        std::sort(list.begin(), list.end(), [](const SyntheticGrid *a, const SyntheticGrid *b) {
            return a->column != b->column ? a->column < b->column : a->row > b->row;
        });
        for (int part = 0; part < k; ++part) {
            SyntheticResponsibilityGrid r;
            r.grid.code =
                QStringLiteral("R%1%2").arg(street).arg(part + 1, 2, 10, QLatin1Char('0'));
            r.grid.name = QStringLiteral("%1第%2责任网格").arg(ref.streets[street].name).arg(part + 1);
            r.grid.districtCode = street.left(6);
            std::vector<MultiPolygon> parts;
            const size_t from = list.size() * size_t(part) / size_t(k),
                         to = list.size() * size_t(part + 1) / size_t(k);
            for (size_t i = from; i < to; ++i) {
                r.grid.unitGridCodes << list[i]->code;
                parts.push_back(boxShape(list[i]->lonLat));
                city.gridToResponsibility[list[i]->code] = r.grid.code;
            }
            r.shape = GeosOperations::unite(parts);
            city.responsibilityGrids.push_back(std::move(r));
        }
    }
}

} // namespace yw::demo
