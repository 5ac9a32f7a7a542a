#pragma once

#include "database.h"
#include "mapsearchfilter.h"

namespace yw::onemap {

// A unit grid by its 15-digit code, fitted to the view.
class GridCodeFilter : public MapSearchFilter
{
    Q_DECLARE_TR_FUNCTIONS(yw::onemap::GridCodeFilter)
public:
    explicit GridCodeFilter(yw::store::Database &db)
        : m_db(db)
    {}
    bool accepts(const QString &text) const override;
    yw::core::Result<Hit> find(const QString &text) const override;

private:
    yw::store::Database &m_db;
};

} // namespace yw::onemap
