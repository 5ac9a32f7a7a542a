#include "areashapeindex.h"

#include "webmercator.h"

#include <boost/geometry.hpp>
#include <boost/geometry/geometries/box.hpp>
#include <boost/geometry/geometries/linestring.hpp>
#include <boost/geometry/geometries/point_xy.hpp>
#include <boost/geometry/index/rtree.hpp>
#include <boost/iterator/function_output_iterator.hpp>

#include <algorithm>

namespace bg = boost::geometry;
namespace bgi = boost::geometry::index;

namespace yw::map {

namespace {
using Point = bg::model::d2::point_xy<double>;
using Box = bg::model::box<Point>;
using Line = bg::model::linestring<Point>;
using Entry = std::pair<Box, uint32_t>;

// Rings shorter than this are drawn as they are at every zoom (a unit grid's four corners).
constexpr qsizetype kWorthSimplifying = 12;

// The ring simplified to tolerance (metres); empty when it is hardly simpler (then the finer
// level serves) and the ring itself when simplifying would collapse it (a tiny area still shows).
QPolygonF simplified(const QPolygonF &ring, double tolerance)
{
    Line in;
    in.reserve(size_t(ring.size()));
    for (const QPointF &p : ring)
        in.emplace_back(p.x(), p.y());
    Line out;
    // As a closed line: the first and last points stay, every other point goes if it lies
    // within the tolerance of the simplified outline.
    bg::simplify(in, out, tolerance);
    if (out.size() < 4)
        return ring;
    if (out.size() * 10 > in.size() * 9)
        return {};
    QPolygonF result;
    result.reserve(qsizetype(out.size()));
    for (const Point &p : out)
        result.append(QPointF(p.x(), p.y()));
    return result;
}
} // namespace

struct AreaShapeIndex::Tree
{
    bgi::rtree<Entry, bgi::rstar<16>> tree;
};

AreaShapeIndex::AreaShapeIndex()
    : m_tree(std::make_unique<Tree>())
{}

AreaShapeIndex::~AreaShapeIndex() = default;
AreaShapeIndex::AreaShapeIndex(AreaShapeIndex &&) noexcept = default;
AreaShapeIndex &AreaShapeIndex::operator=(AreaShapeIndex &&) noexcept = default;

AreaShapeIndex::AreaShapeIndex(const std::vector<AreaFeature> &features)
{
    std::vector<Entry> entries;
    entries.reserve(features.size());
    m_shapes.resize(features.size());
    for (size_t i = 0; i < features.size(); ++i) {
        const AreaFeature &f = features[i];
        Shape &shape = m_shapes[i];
        auto &full = shape.levels.back();
        for (const QPolygonF &ring : f.path.toSubpathPolygons())
            if (ring.size() >= 3)
                full.push_back(ring);
        const bool long_ = std::any_of(full.begin(), full.end(),
                                       [](const QPolygonF &r) { return r.size() >= kWorthSimplifying; });
        if (long_) {
            // From the finest level down, each simplified from the full rings.
            for (size_t level = 0; level < kSimplifiedZooms.size(); ++level) {
                const double tolerance = WebMercator::metresPerPixel(kSimplifiedZooms[level]) * 0.5;
                std::vector<QPolygonF> rings;
                bool simpler = false;
                for (const QPolygonF &ring : full) {
                    QPolygonF s = ring.size() >= kWorthSimplifying ? simplified(ring, tolerance) : QPolygonF();
                    simpler = simpler || !s.isEmpty();
                    rings.push_back(s.isEmpty() ? ring : std::move(s));
                }
                if (simpler)
                    shape.levels[level] = std::move(rings);
            }
        }
        const QRectF b = f.bounds.isValid() ? f.bounds : f.path.boundingRect();
        entries.emplace_back(Box(Point(b.left(), b.top()), Point(b.right(), b.bottom())), uint32_t(i));
    }
    // Built from the whole range at once: the packing algorithm, better than inserting one by one.
    m_tree = std::make_unique<Tree>(Tree{bgi::rtree<Entry, bgi::rstar<16>>(entries.begin(), entries.end())});
}

std::vector<uint32_t> AreaShapeIndex::intersecting(const QRectF &rect) const
{
    std::vector<uint32_t> out;
    if (!m_tree)
        return out;
    const QRectF r = rect.normalized();
    const Box box(Point(r.left(), r.top()), Point(r.right(), r.bottom()));
    m_tree->tree.query(bgi::intersects(box), boost::make_function_output_iterator([&](const Entry &e) {
                           out.push_back(e.second);
                       }));
    std::sort(out.begin(), out.end());
    return out;
}

const std::vector<QPolygonF> &AreaShapeIndex::rings(uint32_t i, int z) const
{
    const Shape &shape = m_shapes[i];
    for (size_t level = 0; level < kSimplifiedZooms.size(); ++level)
        if (z <= kSimplifiedZooms[level] && !shape.levels[level].empty())
            return shape.levels[level];
    return shape.levels.back();
}

size_t AreaShapeIndex::pointCount(int z) const
{
    size_t n = 0;
    for (uint32_t i = 0; i < m_shapes.size(); ++i)
        for (const QPolygonF &r : rings(i, z))
            n += size_t(r.size());
    return n;
}

} // namespace yw::map
