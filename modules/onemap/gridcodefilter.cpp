#include "gridcodefilter.h"

#include "geodatarepository.h"

#include <QRegularExpression>

namespace yw::onemap {

using namespace yw::core;

bool GridCodeFilter::accepts(const QString &text) const
{
    static const QRegularExpression form(QStringLiteral("^\\d{15}$"));
    return form.match(text).hasMatch();
}

Result<MapSearchFilter::Hit> GridCodeFilter::find(const QString &text) const
{
    auto bounds = yw::store::GeodataRepository(m_db).areaBounds(text);
    if (!bounds)
        return Error::make(Error::Code::NotFound, tr("No area %1 on the map.").arg(text));
    return Hit{tr("Area %1").arg(text), bounds.value(), bounds->center(), 19};
}

} // namespace yw::onemap
