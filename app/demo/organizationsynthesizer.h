#pragma once

#include "error.h"
#include "syntheticcity.h"
#include "taxonomy.h"

#include <random>

namespace yw::demo {

// The center's organisation: about 80 departments at city and district level, the routing rules
// that say who handles what (class × area, and the component owner for component cases), and
// the people: inspectors with their patrol areas, operators, dispatchers, shift leaders,
// department handlers, leaders, a trainer and an administrator.
class OrganizationSynthesizer
{
public:
    OrganizationSynthesizer(std::mt19937_64 &rng)
        : m_rng(rng)
    {}

    // Department types and the owner-hint words that route to them.
    static const std::vector<DepartmentType> &departmentTypes();
    // The type a taxonomy class routes to, from its owner hint.
    static QString typeForHint(const QString &ownerHint);

    yw::core::Status run(const yw::core::Taxonomy &taxonomy,
                         const std::map<QString, QString> &districtNames, SyntheticCity &city);

private:
    std::mt19937_64 &m_rng;
};

} // namespace yw::demo
