#pragma once

#include "geometry.h"
#include "localprojection.h"

#include <QHash>
#include <QString>

#include <boost/geometry/index/rtree.hpp>

#include <cstdint>
#include <vector>

namespace yw::gis {

// Millions of surveyed components (部件) for spatial questions: the nearest of a class within a
// radius (intake: "which manhole cover is this?"), everything in a box (the map). Points are
// kept in a local metric plane so that distances are metres.
class ComponentIndex
{
public:
    struct Entry
    {
        double lon = 0;
        double lat = 0;
        QString classCode;
        uint32_t row = 0; // the caller's handle (a row number, an array index)
    };

    ComponentIndex() = default;
    void build(const std::vector<Entry> &entries, const LocalProjection &projection);

    // The row of the nearest component of the class (any class when empty) within radiusM, or -1.
    int64_t nearest(double lon, double lat, const QString &classCode, double radiusM) const;
    // Rows of the components inside the lon/lat box.
    std::vector<uint32_t> inBox(const Box &lonLatBox) const;
    size_t size() const { return m_tree.size(); }

private:
    struct Value
    {
        Point p;
        uint16_t cls;
        uint32_t row;
    };
    struct Indexable
    {
        using result_type = const Point &;
        const Point &operator()(const Value &v) const { return v.p; }
    };
    struct Equal
    {
        bool operator()(const Value &a, const Value &b) const { return a.row == b.row; }
    };
    using Tree =
        boost::geometry::index::rtree<Value, boost::geometry::index::rstar<16>, Indexable, Equal>;

    LocalProjection m_projection;
    QHash<QString, uint16_t> m_classes;
    Tree m_tree;
};

} // namespace yw::gis
