#include "componentcodefilter.h"

#include "geodatarepository.h"

#include <QRegularExpression>

namespace yw::onemap {

using namespace yw::core;

bool ComponentCodeFilter::accepts(const QString &text) const
{
    static const QRegularExpression form(QStringLiteral("^\\d{16,17}$"));
    return form.match(text).hasMatch();
}

Result<MapSearchFilter::Hit> ComponentCodeFilter::find(const QString &text) const
{
    auto c = yw::store::GeodataRepository(m_db).component(text);
    if (!c)
        return Error::make(Error::Code::NotFound, tr("No component %1.").arg(text));
    return Hit{tr("Component %1").arg(text), QRectF(), QPointF(c->lon, c->lat), 19};
}

} // namespace yw::onemap
