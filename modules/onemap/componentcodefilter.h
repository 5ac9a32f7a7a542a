#pragma once

#include "database.h"
#include "mapsearchfilter.h"

namespace yw::onemap {

// A surveyed component by its code (16 or 17 digits), at its point.
class ComponentCodeFilter : public MapSearchFilter
{
    Q_DECLARE_TR_FUNCTIONS(yw::onemap::ComponentCodeFilter)
public:
    explicit ComponentCodeFilter(yw::store::Database &db)
        : m_db(db)
    {}
    bool accepts(const QString &text) const override;
    yw::core::Result<Hit> find(const QString &text) const override;

private:
    yw::store::Database &m_db;
};

} // namespace yw::onemap
