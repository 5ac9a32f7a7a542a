#include "geometry.h"

#include <sstream>

namespace yw::gis {

namespace {
template<typename G> QString wktOf(const G &g)
{
    std::ostringstream out;
    out.precision(12); // about 0.1 mm in degrees: shapes and points must agree at the edges
    out << bg::wkt(g);
    return QString::fromStdString(out.str());
}
} // namespace

QString toWkt(const MultiPolygon &g)
{
    return wktOf(g);
}

QString toWkt(const Polygon &g)
{
    return wktOf(g);
}

bool fromWkt(const QString &wkt, MultiPolygon &out)
{
    out.clear();
    const std::string text = wkt.trimmed().toStdString();
    try {
        if (wkt.trimmed().startsWith(QLatin1String("MULTIPOLYGON"), Qt::CaseInsensitive)) {
            bg::read_wkt(text, out);
        } else if (wkt.trimmed().startsWith(QLatin1String("POLYGON"), Qt::CaseInsensitive)) {
            Polygon p;
            bg::read_wkt(text, p);
            out.push_back(p);
        } else {
            return false;
        }
    } catch (const std::exception &) {
        out.clear();
        return false;
    }
    bg::correct(out);
    return !out.empty();
}

} // namespace yw::gis
