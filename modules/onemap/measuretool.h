#pragma once

#include <QObject>
#include <QPointF>
#include <QtQml/qqmlregistration.h>

namespace yw::onemap {

// Measures on the map: the length of the line through the points clicked and the area of the
// polygon they close, on the ground (metres in a local plane, not Web Mercator's), with the
// figures in words of the interface language. Declared in the page: MeasureTool { id: measure }.
class MeasureTool : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    // Clicks on the map add points while measuring (M starts and ends it).
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
    Q_PROPERTY(int pointCount READ pointCount NOTIFY measured)
    Q_PROPERTY(double distance READ distance NOTIFY measured) // metres
    Q_PROPERTY(double area READ area NOTIFY measured)         // square metres, 3 points or more
    Q_PROPERTY(QString distanceText READ distanceText NOTIFY measured)
    Q_PROPERTY(QString areaText READ areaText NOTIFY measured)

public:
    explicit MeasureTool(QObject *parent = nullptr);

    bool active() const { return m_active; }
    void setActive(bool active);
    int pointCount() const { return int(m_points.size()); }
    double distance() const { return m_distance; }
    double area() const { return m_area; }
    QString distanceText() const;
    QString areaText() const;

    // A point (lon/lat, CGCS2000).
    Q_INVOKABLE void addPoint(double lon, double lat);
    Q_INVOKABLE QPointF point(int i) const { return m_points.value(i); }
    Q_INVOKABLE void clear();

signals:
    void activeChanged();
    void measured();

private:
    void measure();

    bool m_active = false;
    QList<QPointF> m_points;
    double m_distance = 0;
    double m_area = 0;
};

} // namespace yw::onemap
