#include "componentindex.h"

#include <boost/iterator/function_output_iterator.hpp>

namespace yw::gis {

namespace bgi = boost::geometry::index;

void ComponentIndex::build(const std::vector<Entry> &entries, const LocalProjection &projection)
{
    m_projection = projection;
    m_classes.clear();
    std::vector<Value> values;
    values.reserve(entries.size());
    for (const Entry &e : entries) {
        auto it = m_classes.find(e.classCode);
        if (it == m_classes.end())
            it = m_classes.insert(e.classCode, uint16_t(m_classes.size()));
        values.push_back(Value{projection.toMetres(Point(e.lon, e.lat)), it.value(), e.row});
    }
    // The packing constructor (STR) builds a better tree, much faster than inserting one by one.
    m_tree = Tree(values.begin(), values.end());
}

int64_t ComponentIndex::nearest(double lon, double lat, const QString &classCode,
                                double radiusM) const
{
    const Point p = m_projection.toMetres(Point(lon, lat));
    const Box window(Point(p.x() - radiusM, p.y() - radiusM),
                     Point(p.x() + radiusM, p.y() + radiusM));
    int64_t best = -1;
    double bestD = radiusM;
    auto consider = [&](const Value &v) {
        const double d = bg::distance(p, v.p);
        if (d <= bestD) {
            bestD = d;
            best = v.row;
        }
    };
    if (classCode.isEmpty()) {
        m_tree.query(bgi::intersects(window), boost::make_function_output_iterator(consider));
    } else {
        const auto it = m_classes.constFind(classCode);
        if (it == m_classes.constEnd())
            return -1;
        const uint16_t cls = it.value();
        m_tree.query(bgi::intersects(window) &&
                         bgi::satisfies([cls](const Value &v) { return v.cls == cls; }),
                     boost::make_function_output_iterator(consider));
    }
    return best;
}

std::vector<uint32_t> ComponentIndex::inBox(const Box &lonLatBox) const
{
    const Box b(m_projection.toMetres(lonLatBox.min_corner()),
                m_projection.toMetres(lonLatBox.max_corner()));
    std::vector<uint32_t> rows;
    m_tree.query(bgi::intersects(b), boost::make_function_output_iterator(
                                         [&](const Value &v) { rows.push_back(v.row); }));
    return rows;
}

} // namespace yw::gis
