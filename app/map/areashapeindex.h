#pragma once

#include "areafeature.h"

#include <QPolygonF>

#include <array>
#include <memory>
#include <vector>

namespace yw::map {

// The areas of a layer prepared for drawing tiles, built once when the layer's data changes and
// then only read (by every worker at once): each outline's rings at full detail and simplified
// for coarser zooms (Douglas–Peucker to half a pixel of the zoom, as QGIS simplifies on the fly),
// and an R-tree of their bounds (Boost.Geometry), so that a tile visits only the areas it touches
// instead of all sixteen thousand unit grids.
class AreaShapeIndex
{
public:
    // Zooms with their own simplified rings: a tile at zoom z uses the first of these ≥ z, and
    // the full outline above the last.
    static constexpr std::array<int, 4> kSimplifiedZooms{8, 10, 12, 14};

    AreaShapeIndex();
    explicit AreaShapeIndex(const std::vector<AreaFeature> &features);
    ~AreaShapeIndex();
    AreaShapeIndex(AreaShapeIndex &&) noexcept;
    AreaShapeIndex &operator=(AreaShapeIndex &&) noexcept;

    // The areas whose bounds meet rect (metres), in the layer's order (the drawing order).
    std::vector<uint32_t> intersecting(const QRectF &rect) const;
    // The rings (metres) of area i, detailed enough for zoom z.
    const std::vector<QPolygonF> &rings(uint32_t i, int z) const;
    // How many points the rings of all areas have at zoom z (what drawing them costs).
    size_t pointCount(int z) const;

private:
    struct Tree;
    // levels[0..3] simplified for kSimplifiedZooms (empty: no simpler than the next), [4] full.
    struct Shape
    {
        std::array<std::vector<QPolygonF>, kSimplifiedZooms.size() + 1> levels;
    };
    std::vector<Shape> m_shapes;
    std::unique_ptr<Tree> m_tree;
};

} // namespace yw::map
