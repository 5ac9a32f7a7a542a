#pragma once

#include "demoscale.h"
#include "error.h"
#include "syntheticcity.h"
#include "taxonomy.h"

#include <functional>
#include <random>

namespace yw::demo {

// One surveyed component, compact: millions are held while cases are synthesized.
struct SyntheticComponent
{
    double lon = 0;
    double lat = 0;
    uint32_t grid = 0;     // index into SyntheticCity::grids
    uint16_t cls = 0;      // index into ComponentSynthesizer::classes()
    uint32_t sequence = 0; // within (district, class)
};

// About 2.9 million components at full scale in the GB/T 47678.5 classes and the city's local
// classes, with realistic densities: manhole covers, gratings, lamps, poles and street trees along
// the streets (the edges of the unit grids), bins and signs frequent, kiosks and bridges rare.
class ComponentSynthesizer
{
public:
    ComponentSynthesizer(const DemoScale &scale, const yw::core::Taxonomy &taxonomy,
                         std::mt19937_64 &rng);

    // Relative density of a class (per unit of grid weight), from its Chinese name.
    static double densityOf(const QString &nameZh);
    // Whether the class lines the streets (placed along grid edges) or stands anywhere.
    static bool alongStreets(const QString &nameZh);

    yw::core::Status run(const SyntheticCity &city, std::vector<SyntheticComponent> &out);

    const std::vector<yw::core::TaxonomyClass> &classes() const { return m_classes; }
    // The 17-digit id: district code + class code + 6-digit sequence.
    QString idOf(const SyntheticCity &city, const SyntheticComponent &c) const;

private:
    const DemoScale &m_scale;
    std::mt19937_64 &m_rng;
    std::vector<yw::core::TaxonomyClass> m_classes;
};

} // namespace yw::demo
