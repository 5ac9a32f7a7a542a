#pragma once

#include "area.h"
#include "error.h"

namespace yw::store {

class Database;

// The administrative areas of a city as shipped in resources/city/<city>/: the city, its core
// districts (from districts.geojson), streets.csv and communities.csv.
class CityReferenceData
{
public:
    static QStringList cities() { return {QStringLiteral("changsha")}; }
    static yw::core::Result<QList<yw::core::Area>> areas(const QString &city);
    // Stores the city's areas in an empty area table (a no-op when areas exist).
    static yw::core::Status seed(Database &db, const QString &city);
};

} // namespace yw::store
