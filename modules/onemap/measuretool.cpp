#include "measuretool.h"

#include "geometry.h"
#include "localprojection.h"

#include <QLocale>

namespace yw::onemap {

MeasureTool::MeasureTool(QObject *parent)
    : QObject(parent)
{}

void MeasureTool::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    clear(); // a new measurement each time
    emit activeChanged();
}

void MeasureTool::addPoint(double lon, double lat)
{
    m_points << QPointF(lon, lat);
    measure();
}

void MeasureTool::clear()
{
    m_points.clear();
    measure();
}

void MeasureTool::measure()
{
    m_distance = 0;
    m_area = 0;
    if (m_points.size() >= 2) {
        const yw::gis::LocalProjection local(m_points.first().x(), m_points.first().y());
        for (int i = 1; i < m_points.size(); ++i)
            m_distance += local.distanceM(yw::gis::Point(m_points[i - 1].x(), m_points[i - 1].y()),
                                          yw::gis::Point(m_points[i].x(), m_points[i].y()));
        if (m_points.size() >= 3) {
            yw::gis::Polygon poly;
            for (const QPointF &p : std::as_const(m_points))
                poly.outer().push_back(yw::gis::Point(p.x(), p.y()));
            poly.outer().push_back(poly.outer().front());
            boost::geometry::correct(poly);
            m_area = local.areaM2(yw::gis::MultiPolygon{poly});
        }
    }
    emit measured();
}

QString MeasureTool::distanceText() const
{
    if (m_points.size() < 2)
        return {};
    return m_distance >= 1000 ? tr("%1 km").arg(QLocale().toString(m_distance / 1000, 'f', 2))
                              : tr("%1 m").arg(QLocale().toString(m_distance, 'f', 0));
}

QString MeasureTool::areaText() const
{
    if (m_points.size() < 3)
        return {};
    return m_area >= 1e6 ? tr("%1 km²").arg(QLocale().toString(m_area / 1e6, 'f', 3))
                         : tr("%1 m²").arg(QLocale().toString(m_area, 'f', 0));
}

} // namespace yw::onemap
