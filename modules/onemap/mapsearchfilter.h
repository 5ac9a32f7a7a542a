#pragma once

#include "error.h"

#include <QCoreApplication>
#include <QPointF>
#include <QRectF>

namespace yw::onemap {

// One kind of thing the map's search box finds: a case by number, a component or a unit grid by
// code, an area by name. A filter says whether the text has its form, and where the thing is.
class MapSearchFilter
{
public:
    // Where to look: a box to fit (areas), or a point and a zoom.
    struct Hit
    {
        QString label; // "Case 2026112300001", in the interface language
        QRectF bounds; // lon/lat; null for a point
        QPointF point; // lon/lat
        double zoom = 18;
    };

    virtual ~MapSearchFilter() = default;
    // The text has this filter's form (13 digits for a case number...).
    virtual bool accepts(const QString &text) const = 0;
    // Where it is, or NotFound / InvalidInput with the sentence to show.
    virtual yw::core::Result<Hit> find(const QString &text) const = 0;
};

} // namespace yw::onemap
