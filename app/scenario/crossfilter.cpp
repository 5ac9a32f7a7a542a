#include "crossfilter.h"

#include "datasetcatalog.h"

namespace yw::scenario {

using yw::core::DatasetFilter;
using yw::core::DatasetQuery;

void CrossFilter::click(const QString &source, const QString &field, const QVariant &value, const QString &label)
{
    const Active clicked{field, value, source, label.isEmpty() ? QStringLiteral("%1: %2").arg(field, value.toString()) : label};
    const auto same = std::find(m_active.begin(), m_active.end(), clicked);
    if (same != m_active.end()) {
        m_active.erase(same);
    } else {
        m_active.removeIf([&](const Active &a) { return a.field == field; });
        m_active << clicked;
    }
    emit changed();
}

void CrossFilter::clear()
{
    if (m_active.isEmpty())
        return;
    m_active.clear();
    emit changed();
}

bool CrossFilter::filters(const QString &source, const DatasetQuery &query) const
{
    const yw::store::Dataset *ds = yw::store::DatasetCatalog::find(query.dataset);
    return ds && std::any_of(m_active.begin(), m_active.end(), [&](const Active &a) {
               return a.fromSource != source && ds->field(a.field);
           });
}

DatasetQuery CrossFilter::applied(const QString &source, const DatasetQuery &query) const
{
    DatasetQuery out = query;
    const yw::store::Dataset *ds = yw::store::DatasetCatalog::find(query.dataset);
    if (!ds)
        return out;
    for (const Active &a : m_active)
        if (a.fromSource != source && ds->field(a.field))
            out.filters << DatasetFilter{a.field, DatasetFilter::Op::Equals, {a.value}, {}};
    return out;
}

} // namespace yw::scenario
