#pragma once

#include "database.h"
#include "mapsearchfilter.h"

namespace yw::onemap {

// A case by its number (13 digits: the day and a 5-digit sequence), at its point.
class CaseNumberFilter : public MapSearchFilter
{
    Q_DECLARE_TR_FUNCTIONS(yw::onemap::CaseNumberFilter)
public:
    explicit CaseNumberFilter(yw::store::Database &db)
        : m_db(db)
    {}
    bool accepts(const QString &text) const override;
    yw::core::Result<Hit> find(const QString &text) const override;

private:
    yw::store::Database &m_db;
};

} // namespace yw::onemap
