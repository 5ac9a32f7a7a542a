#pragma once

#include <QList>
#include <QString>

namespace yw::store {

// The named datasets the store exposes to the scenario builder, and their fields: what a visual
// query may ask for, with the SQL each name stands for kept here, inside the store. A dataset
// also says how a user's scope applies to it: the column of area codes (district, street,
// community, unit grid codes share their prefixes) and of the owning department; a dataset
// without one is not shown to a user restricted that way.
struct DatasetField
{
    enum class Type { Text, Integer, Real, Time }; // Time: milliseconds since the epoch
    QString name;
    QString expression; // SQL, the same on both backends
    Type type = Type::Text;
    QString title;      // for the query builder's lists (English; translated in the module)
};

struct Dataset
{
    QString name;
    QString from;       // SQL FROM clause
    QString areaColumn; // SQL of a column of area codes, or empty
    QString departmentColumn; // SQL of the owning department's id, or empty
    QString defaultOrder;     // SQL ORDER BY without aggregates
    QList<DatasetField> fields;

    const DatasetField *field(const QString &name) const;
};

class DatasetCatalog
{
public:
    static const QList<Dataset> &all();
    static const Dataset *find(const QString &name);
};

} // namespace yw::store
