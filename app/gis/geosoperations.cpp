#include "geosoperations.h"

#include <geos_c.h>

#include <memory>

namespace yw::gis {

namespace {

struct Context
{
    GEOSContextHandle_t h = GEOS_init_r();
    ~Context() { GEOS_finish_r(h); }
};

struct GeomDeleter
{
    GEOSContextHandle_t h;
    void operator()(GEOSGeometry *g) const
    {
        if (g)
            GEOSGeom_destroy_r(h, g);
    }
};
using GeomPtr = std::unique_ptr<GEOSGeometry, GeomDeleter>;

template<typename Ring> GEOSGeometry *toRing(GEOSContextHandle_t h, const Ring &ring)
{
    GEOSCoordSequence *seq = GEOSCoordSeq_create_r(h, unsigned(ring.size()), 2);
    for (unsigned i = 0; i < ring.size(); ++i)
        GEOSCoordSeq_setXY_r(h, seq, i, ring[i].x(), ring[i].y());
    return GEOSGeom_createLinearRing_r(h, seq);
}

GEOSGeometry *toGeos(GEOSContextHandle_t h, const MultiPolygon &mp)
{
    std::vector<GEOSGeometry *> polys;
    for (const Polygon &p : mp) {
        GEOSGeometry *shell = toRing(h, p.outer());
        std::vector<GEOSGeometry *> holes;
        for (const auto &inner : p.inners())
            holes.push_back(toRing(h, inner));
        polys.push_back(GEOSGeom_createPolygon_r(h, shell, holes.data(), unsigned(holes.size())));
    }
    return GEOSGeom_createCollection_r(h, GEOS_MULTIPOLYGON, polys.data(), unsigned(polys.size()));
}

template<typename Ring> void ringFrom(GEOSContextHandle_t h, const GEOSGeometry *ring, Ring &out)
{
    const GEOSCoordSequence *seq = GEOSGeom_getCoordSeq_r(h, ring);
    unsigned n = 0;
    GEOSCoordSeq_getSize_r(h, seq, &n);
    out.clear();
    for (unsigned i = 0; i < n; ++i) {
        double x = 0, y = 0;
        GEOSCoordSeq_getXY_r(h, seq, i, &x, &y);
        out.push_back(Point(x, y));
    }
}

void collectPolygons(GEOSContextHandle_t h, const GEOSGeometry *g, MultiPolygon &out)
{
    const int type = GEOSGeomTypeId_r(h, g);
    if (type == GEOS_POLYGON) {
        Polygon p;
        ringFrom(h, GEOSGetExteriorRing_r(h, g), p.outer());
        const int holes = GEOSGetNumInteriorRings_r(h, g);
        for (int i = 0; i < holes; ++i) {
            p.inners().emplace_back();
            ringFrom(h, GEOSGetInteriorRingN_r(h, g, i), p.inners().back());
        }
        out.push_back(std::move(p));
    } else if (type == GEOS_MULTIPOLYGON || type == GEOS_GEOMETRYCOLLECTION) {
        const int n = GEOSGetNumGeometries_r(h, g);
        for (int i = 0; i < n; ++i)
            collectPolygons(h, GEOSGetGeometryN_r(h, g, i), out);
    }
}

} // namespace

QString GeosOperations::invalidReason(const MultiPolygon &shape)
{
    Context c;
    GeomPtr g(toGeos(c.h, shape), GeomDeleter{c.h});
    if (!g)
        return QStringLiteral("not a polygon");
    if (GEOSisValid_r(c.h, g.get()) == 1)
        return {};
    char *reason = GEOSisValidReason_r(c.h, g.get());
    const QString out = reason ? QString::fromUtf8(reason) : QStringLiteral("invalid geometry");
    GEOSFree_r(c.h, reason);
    return out;
}

MultiPolygon GeosOperations::unite(const std::vector<MultiPolygon> &shapes)
{
    Context c;
    std::vector<GEOSGeometry *> parts;
    for (const MultiPolygon &s : shapes)
        for (const Polygon &p : s) {
            MultiPolygon one{p};
            GEOSGeometry *mp = toGeos(c.h, one);
            // Take the polygon out of its one-element collection.
            parts.push_back(GEOSGeom_clone_r(c.h, GEOSGetGeometryN_r(c.h, mp, 0)));
            GEOSGeom_destroy_r(c.h, mp);
        }
    GeomPtr all(GEOSGeom_createCollection_r(c.h, GEOS_GEOMETRYCOLLECTION, parts.data(),
                                            unsigned(parts.size())),
                GeomDeleter{c.h});
    GeomPtr merged(GEOSUnaryUnion_r(c.h, all.get()), GeomDeleter{c.h});
    MultiPolygon out;
    if (merged)
        collectPolygons(c.h, merged.get(), out);
    bg::correct(out);
    return out;
}

} // namespace yw::gis
