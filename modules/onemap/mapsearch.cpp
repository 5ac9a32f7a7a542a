#include "mapsearch.h"

#include "casenumberfilter.h"
#include "componentcodefilter.h"
#include "gridcodefilter.h"
#include "placenamefilter.h"
#include "mapcanvas.h"
#include "onemapworkspace.h"

namespace yw::onemap {

MapSearch::MapSearch(QObject *parent)
    : QObject(parent)
{}

MapSearch::~MapSearch() = default;

void MapSearch::setWorkspace(OneMapWorkspace *workspace)
{
    if (workspace == m_workspace)
        return;
    m_workspace = workspace;
    m_filters.clear();
    if (workspace) {
        const yw::shell::ModuleContext &c = workspace->context();
        m_filters.push_back(std::make_unique<CaseNumberFilter>(*c.database));
        m_filters.push_back(std::make_unique<ComponentCodeFilter>(*c.database));
        m_filters.push_back(std::make_unique<GridCodeFilter>(*c.database));
        m_filters.push_back(std::make_unique<PlaceNameFilter>(*c.database, *c.areas));
    }
    emit inputsChanged();
}

QString MapSearch::search(const QString &text)
{
    const QString q = text.trimmed();
    if (!m_canvas || q.isEmpty())
        return {};
    QString why = tr("Nothing called \"%1\": give a case number, a component or grid code, or a "
                     "place name.")
                      .arg(q);
    m_found = false;
    for (const auto &filter : m_filters) {
        if (!filter->accepts(q))
            continue;
        const auto hit = filter->find(q);
        if (!hit) {
            why = hit.error().code == yw::core::Error::Code::DatabaseUnavailable
                      ? m_workspace->context().describe(hit.error())
                      : hit.error().message;
            break;
        }
        if (hit->bounds.isNull())
            m_canvas->setCenter(hit->point.x(), hit->point.y(), hit->zoom);
        else
            m_canvas->fitLonLat(hit->bounds, 1.3, hit->zoom);
        m_found = true;
        why.clear();
        m_message = hit->label;
        break;
    }
    if (!m_found)
        m_message = why;
    emit messageChanged();
    return why;
}

} // namespace yw::onemap
