#include "casenumberfilter.h"

#include "caserepository.h"

#include <QRegularExpression>

namespace yw::onemap {

using namespace yw::core;

bool CaseNumberFilter::accepts(const QString &text) const
{
    static const QRegularExpression form(QStringLiteral("^\\d{13}$"));
    return form.match(text).hasMatch();
}

Result<MapSearchFilter::Hit> CaseNumberFilter::find(const QString &text) const
{
    yw::store::CaseQuery q;
    q.caseNumbers = {text};
    auto found = yw::store::CaseRepository(m_db).find(q);
    if (!found)
        return found.error();
    if (found->isEmpty() || !found->first().hasLocation)
        return Error::make(Error::Code::NotFound, tr("No case %1 with a place.").arg(text));
    const CaseRecord &c = found->first();
    return Hit{tr("Case %1").arg(text), QRectF(), QPointF(c.longitude, c.latitude), 18};
}

} // namespace yw::onemap
