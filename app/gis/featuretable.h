#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>

#include <vector>

namespace yw::gis {

// A layer as plain rows, between the store and the file formats: named fields and, per row,
// the values and a geometry as WKT in EPSG:4490 longitude/latitude.
struct FeatureTable
{
    enum class GeometryType { Point, Polygon, None };
    enum class FieldType { Text, Integer, Real };
    struct Field
    {
        QString name;
        FieldType type = FieldType::Text;
    };
    struct Row
    {
        QVariantList values;
        QString wkt;
    };

    QString name;
    GeometryType geometryType = GeometryType::Polygon;
    std::vector<Field> fields;
    std::vector<Row> rows;

    int fieldIndex(const QString &n) const
    {
        for (size_t i = 0; i < fields.size(); ++i)
            if (fields[i].name == n)
                return int(i);
        return -1;
    }
};

} // namespace yw::gis
