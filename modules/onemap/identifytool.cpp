#include "identifytool.h"

#include "departmentrepository.h"
#include "geodatarepository.h"
#include "mapcanvas.h"
#include "navigator.h"
#include "onemapworkspace.h"
#include "webmercator.h"

#include <QLocale>

namespace yw::onemap {

using namespace yw::core;
using yw::map::WebMercator;

IdentifyTool::IdentifyTool(QObject *parent)
    : QObject(parent)
{}

IdentifiedFeature IdentifyTool::describe(const yw::map::Identified &f) const
{
    IdentifiedFeature out{f.layer, f.kind, f.id, f.title, {}, 0};
    auto add = [&](const QString &label, const QString &value) {
        out.details << label + QStringLiteral("  ") + value;
    };
    const yw::shell::ModuleContext &context = m_workspace->context();
    if (f.kind == QLatin1String("component")) {
        if (auto c = yw::store::GeodataRepository(*context.database).component(f.id)) {
            const TaxonomyClass *cls = context.taxonomy->find(TaxonomyKind::Component, c->classCode);
            out.title = cls ? cls->nameZh : c->classCode;
            add(tr("Code"), c->id);
            add(tr("Class"), c->classCode);
            add(tr("State"), c->state);
            add(tr("Unit grid"), c->gridCode);
            if (auto d = yw::store::DepartmentRepository(*context.database).get(c->maintainerDepartmentId))
                add(tr("Maintainer"), d->name);
        }
    } else if (f.kind == QLatin1String("case")) {
        out.caseId = f.id.toLongLong();
        if (auto c = context.cases->get(out.caseId)) {
            const TaxonomyClass *cls = context.taxonomy->find(c->kind, c->classCode);
            out.title = c->caseNumber + QLatin1Char(' ') + (cls ? cls->nameZh : c->classCode);
            add(tr("State"), displayName(c->state));
            add(tr("Source"), displayName(c->source));
            add(tr("Description"), c->description);
            add(tr("Unit grid"), c->gridCode);
        }
    } else if (f.kind == QLatin1String("device")) {
        if (auto d = yw::store::GeodataRepository(*context.database).device(f.id)) {
            out.title = d->name;
            add(tr("Device"), d->id);
            add(tr("Kind"), d->kind);
            add(tr("Unit grid"), d->gridCode);
        }
    } else {
        add(tr("Code"), f.id);
        if (context.areas->find(f.id))
            for (const Area &p : context.areas->path(f.id))
                if (p.code != f.id && p.level != AreaLevel::City)
                    add(p.level == AreaLevel::District ? tr("District")
                        : p.level == AreaLevel::Street ? tr("Street")
                                                       : tr("Community"),
                        p.name);
    }
    return out;
}

void IdentifyTool::identifyAt(double x, double y)
{
    QList<IdentifiedFeature> found;
    if (m_canvas && m_workspace) {
        m_place = m_canvas->toLonLat(x, y);
        QSet<QString> layersSeen;
        for (const auto &f : m_canvas->identifyAt(x, y)) {
            // The nearest feature of each layer: a click asks "what is here", not "list all".
            if (layersSeen.contains(f.layer))
                continue;
            layersSeen.insert(f.layer);
            found << describe(f);
        }
    }
    m_features.setRows(found);
    emit featuresChanged();
}

void IdentifyTool::selectIn(double x0, double y0, double x1, double y1)
{
    QList<IdentifiedFeature> found;
    m_selection = {};
    if (m_canvas && m_workspace) {
        const QPointF a = m_canvas->toLonLat(x0, y0), b = m_canvas->toLonLat(x1, y1);
        const QRectF box = QRectF(WebMercator::toMetres(a.x(), a.y()),
                                  WebMercator::toMetres(b.x(), b.y()))
                               .normalized();
        MapLayerSet &layers = m_workspace->layerSet();
        IdentifiedFeature summary{QString(), QStringLiteral("selection"), QString(),
                                  tr("In the rectangle"), {}, 0};
        for (auto [layer, n] : {std::pair{layers.components, &m_selection.components},
                                std::pair{layers.cases, &m_selection.cases},
                                std::pair{layers.devices, &m_selection.devices}}) {
            layer->pointsIn(box, 0, n);
            summary.details << layer->title() + QStringLiteral("  ") + QLocale().toString(*n);
        }
        found << summary;
        const auto cases = layers.cases->data();
        for (uint32_t i : layers.cases->pointsIn(box, 50, nullptr))
            found << describe(yw::map::Identified{QStringLiteral("cases"), QStringLiteral("case"),
                                                  QString::number(cases->numericId[i]),
                                                  cases->text.value(int(i)), {}, 0});
    }
    m_features.setRows(found);
    emit featuresChanged();
}

bool IdentifyTool::openCase(qint64 caseId) const
{
    return m_workspace && m_workspace->context().navigator
           && m_workspace->context().navigator->showCase(caseId);
}

bool IdentifyTool::reportHere() const
{
    return m_workspace && m_workspace->context().navigator && hasPlace()
           && m_workspace->context().navigator->reportAt(m_place.x(), m_place.y());
}

} // namespace yw::onemap
