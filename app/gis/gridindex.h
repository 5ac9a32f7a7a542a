#pragma once

#include "geometry.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace yw::gis {

// One unit grid (单元网格): its 15-digit code and shape.
struct GridCell
{
    QString code;
    MultiPolygon shape;
};

// Point → unit grid in well under a microsecond. Unit grids are of similar size (about
// 10,000-30,000 m²), so a uniform bucket grid over the city beats a tree: one bucket holds a few
// candidates, most of them axis-aligned rectangles that need no polygon test.
class GridIndex
{
public:
    void build(std::vector<GridCell> cells);

    // Index of the cell holding the point (lon, lat), or -1. A point on a shared edge belongs to
    // one of the cells, always the same one.
    int locate(double lon, double lat) const;
    // Cells whose bounding box meets the box.
    std::vector<int> intersecting(const Box &box) const;

    int size() const { return int(m_cells.size()); }
    const GridCell &cell(int i) const { return m_cells[size_t(i)]; }
    const Box &bounds(int i) const { return m_boxes[size_t(i)]; }
    Box extent() const { return m_extent; }

private:
    int bucketX(double lon) const;
    int bucketY(double lat) const;

    std::vector<GridCell> m_cells;
    std::vector<Box> m_boxes;
    std::vector<uint8_t> m_isBox; // the shape is exactly its bounding box
    Box m_extent;
    double m_x0 = 0, m_y0 = 0, m_dx = 1, m_dy = 1;
    int m_nx = 0, m_ny = 0;
    std::vector<uint32_t> m_bucketStart; // m_nx * m_ny + 1 offsets into m_bucketItems
    std::vector<uint32_t> m_bucketItems;
};

} // namespace yw::gis
