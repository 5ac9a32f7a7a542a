#pragma once

#include "areahierarchy.h"
#include "database.h"
#include "mapsearchfilter.h"

namespace yw::onemap {

// A community, street or district by name or pinyin initials (matched as the intake desk
// matches them), fitted to the view; several equally good matches ask for more of the name.
class PlaceNameFilter : public MapSearchFilter
{
    Q_DECLARE_TR_FUNCTIONS(yw::onemap::PlaceNameFilter)
public:
    PlaceNameFilter(yw::store::Database &db, const yw::core::AreaHierarchy &areas)
        : m_db(db)
        , m_areas(areas)
    {}
    // Any text: the search's last filter, for what the others did not take (names, area codes).
    bool accepts(const QString &text) const override;
    yw::core::Result<Hit> find(const QString &text) const override;

private:
    yw::store::Database &m_db;
    const yw::core::AreaHierarchy &m_areas;
};

} // namespace yw::onemap
