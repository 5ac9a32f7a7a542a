#include "componentsynthesizer.h"

#include <cmath>
#include <map>

namespace yw::demo {

using namespace yw::core;

ComponentSynthesizer::ComponentSynthesizer(const DemoScale &scale, const Taxonomy &taxonomy,
                                           std::mt19937_64 &rng)
    : m_scale(scale)
    , m_rng(rng)
{
    for (const TaxonomyClass &c : taxonomy.classes(TaxonomyKind::Component))
        m_classes.push_back(c);
}

double ComponentSynthesizer::densityOf(const QString &n)
{
    struct Rule
    {
        const char16_t *word;
        double density;
    };
    // Relative numbers per class, after surveyed cities (DOMAIN.md §6: 10³-10⁴ components/km²).
    static const Rule rules[] = {
        {u"行道树", 15},          {u"路灯", 10},        {u"雨水箅子", 8},   {u"污水井盖", 6},
        {u"雨水井盖", 6},         {u"树池树穴", 6},     {u"供水井盖", 4},   {u"电力立杆", 4},
        {u"通信立杆", 4},         {u"门（楼号）牌", 4}, {u"电力井盖", 3},   {u"通信井盖", 3},
        {u"垃圾箱", 3},           {u"交通护栏", 3},     {u"交通标志牌", 3}, {u"牌匾标识", 3},
        {u"便道桩", 2},           {u"井盖", 1.2},       {u"消防设施", 1},   {u"路名牌", 1},
        {u"监控电子眼", 1},       {u"户外广告", 1},     {u"绿地", 1},       {u"停车计费", 0.5},
        {u"非机动车停放点", 0.5}, {u"报刊亭", 0.03},    {u"电话亭", 0.03},  {u"售货亭", 0.03},
        {u"公共厕所", 0.05},      {u"过街天桥", 0.01},  {u"立交桥", 0.005}, {u"跨河桥", 0.003},
        {u"古树名木", 0.02},      {u"地下通道", 0.01},  {u"公交站", 0.15},  {u"高压线铁塔", 0.02},
        {u"水塔", 0.005},         {u"通信基站", 0.1},   {u"充电桩", 0.3},   {u"快递柜", 0.3},
    };
    for (const Rule &r : rules)
        if (n.contains(QString::fromUtf16(r.word)))
            return r.density;
    return 0.15;
}

bool ComponentSynthesizer::alongStreets(const QString &n)
{
    static const char16_t *words[] = {u"井盖",     u"箅子",   u"路灯",     u"立杆",      u"行道树",
                                      u"树池",     u"护栏",   u"标志牌",   u"便道桩",    u"路名牌",
                                      u"消防设施", u"垃圾箱", u"停车计费", u"监控电子眼"};
    for (const char16_t *w : words)
        if (n.contains(QString::fromUtf16(w)))
            return true;
    return false;
}

QString ComponentSynthesizer::idOf(const SyntheticCity &city, const SyntheticComponent &c) const
{
    return city.grids[c.grid].code.left(6) + m_classes[c.cls].code +
           QStringLiteral("%1").arg(c.sequence, 6, 10, QLatin1Char('0'));
}

Status ComponentSynthesizer::run(const SyntheticCity &city, std::vector<SyntheticComponent> &out)
{
    if (city.grids.empty() || m_classes.empty())
        return Error::make(Error::Code::InvalidInput,
                           QStringLiteral("no grids or no component classes"));
    // Components follow the built city: busier grids have more, but less steeply than cases.
    std::vector<double> gridWeights;
    for (const SyntheticGrid &g : city.grids)
        gridWeights.push_back(std::sqrt(g.weight));
    std::discrete_distribution<uint32_t> pickGrid(gridWeights.begin(), gridWeights.end());
    double total = 0;
    for (const TaxonomyClass &c : m_classes)
        total += densityOf(c.nameZh);
    std::uniform_real_distribution<double> unit(0, 1);
    std::normal_distribution<double> kerb(0,
                                          0.2); // metres off the grid edge, as a fraction of 40 m
    std::map<std::pair<QString, uint16_t>, uint32_t> sequences;

    out.clear();
    out.reserve(size_t(m_scale.components) + m_classes.size());
    for (uint16_t k = 0; k < m_classes.size(); ++k) {
        const TaxonomyClass &cls = m_classes[k];
        const qint64 n = std::max<qint64>(
            1, std::llround(double(m_scale.components) * densityOf(cls.nameZh) / total));
        const bool street = alongStreets(cls.nameZh);
        for (qint64 i = 0; i < n; ++i) {
            const uint32_t g = pickGrid(m_rng);
            const yw::gis::Box &b = city.grids[g].lonLat;
            const double w = b.max_corner().x() - b.min_corner().x(),
                         h = b.max_corner().y() - b.min_corner().y();
            double fx = unit(m_rng), fy = unit(m_rng);
            if (street) {
                // On the kerb of the grid's south or west edge, a few metres in.
                const double off = std::clamp(0.03 + std::abs(kerb(m_rng)) * 0.1, 0.005, 0.2);
                if (unit(m_rng) < 0.5)
                    fy = off;
                else
                    fx = off;
            }
            SyntheticComponent c;
            c.lon = b.min_corner().x() + fx * w;
            c.lat = b.min_corner().y() + fy * h;
            c.grid = g;
            c.cls = k;
            c.sequence = ++sequences[{city.grids[g].code.left(6), k}];
            if (c.sequence > 999999)
                return Error::make(
                    Error::Code::Internal,
                    QStringLiteral("more than 999,999 components of class %1 in one district")
                        .arg(cls.code));
            out.push_back(c);
        }
    }
    return success();
}

} // namespace yw::demo
