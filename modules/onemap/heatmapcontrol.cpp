#include "heatmapcontrol.h"

#include "backgroundread.h"
#include "caserepository.h"
#include "webmercator.h"

#include <QCoreApplication>
#include <QLocale>

namespace yw::onemap {

using namespace yw::core;
using yw::map::WebMercator;

HeatMapControl::HeatMapControl(yw::shell::ModuleContext &context, MapLayerSet &layers,
                               QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_layers(layers)
{
    const bool zh = !QLocale().name().startsWith(QLatin1String("en"));
    QList<yw::shell::ChoiceListModel::Choice> choices{{QString(), tr("All cases"), 0}};
    for (TaxonomyKind kind : {TaxonomyKind::Matter, TaxonomyKind::Component}) {
        QSet<QString> seen;
        const bool component = kind == TaxonomyKind::Component;
        for (const TaxonomyClass &c : context.taxonomy->classes(kind)) {
            if (seen.contains(c.bigClassCode))
                continue;
            seen.insert(c.bigClassCode);
            choices << yw::shell::ChoiceListModel::Choice{
                QStringLiteral("%1:%2").arg(component ? QStringLiteral("component")
                                                      : QStringLiteral("matter"),
                                            c.bigClassCode),
                QStringLiteral("%1 · %2").arg(component ? tr("Component") : tr("Event"),
                                              zh ? c.bigClassZh : c.bigClassEn),
                0};
        }
    }
    m_choices.setChoices(choices);

    connect(&m_watcher, &QFutureWatcher<Result<Points>>::finished, this, [this] {
        m_reading = false;
        if (m_again) {
            m_again = false;
            refresh();
            return;
        }
        Result<Points> r = m_watcher.result();
        if (!r) {
            m_layers.panel().setStatus(QStringLiteral("heat"), m_context.describe(r.error()));
            return;
        }
        m_caseCount = int(r->xs.size());
        m_layers.panel().setStatus(QStringLiteral("heat"),
                                   tr("%1 cases, last %2 days").arg(m_caseCount).arg(m_days));
        m_layers.heat->setPoints(std::move(r.value().xs), std::move(r.value().ys));
        m_layers.panel().touch(QStringLiteral("heat"));
        emit loaded();
    });
    m_timer.setInterval(5 * 60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &HeatMapControl::refresh);
    m_timer.start();
}

HeatMapControl::~HeatMapControl()
{
    m_cancel->cancel(); // a read under way stops at once
    m_watcher.waitForFinished();
}

void HeatMapControl::setDays(int days)
{
    days = std::clamp(days, 1, 366);
    if (days == m_days)
        return;
    m_days = days;
    emit settingsChanged();
    refresh();
}

void HeatMapControl::setClassFilter(const QString &filter)
{
    if (filter == m_classFilter)
        return;
    const QString kindName = filter.section(QLatin1Char(':'), 0, 0);
    if (!filter.isEmpty() && kindName != QLatin1String("component")
        && kindName != QLatin1String("matter")) {
        emit refused(tr("Unknown class filter %1.").arg(filter));
        return;
    }
    m_classFilter = filter;
    emit settingsChanged();
    refresh();
}

void HeatMapControl::refresh()
{
    if (m_watcher.isRunning()) {
        m_again = true;
        return;
    }
    const QDateTime from = m_context.clock->now().addDays(-m_days);
    const QString filter = m_classFilter;
    m_reading = true;
    m_watcher.setFuture(yw::shell::readInBackground<Points>(
        m_context.database->location(), QStringLiteral("map-heat"),
        [from, filter](yw::store::Database &db) { return read(db, from, filter); },
        m_cancel));
}

void HeatMapControl::wait()
{
    yw::shell::waitUntil([this] { return !m_reading; });
}

Result<HeatMapControl::Points> HeatMapControl::read(yw::store::Database &db, const QDateTime &from,
                                                   const QString &classFilter)
{
    // Every case reported in the window, open or not.
    yw::store::CaseQuery recent;
    recent.reportedFrom = from;
    recent.limit = kLimit;
    auto window = yw::store::CaseRepository(db).find(recent);
    if (!window)
        return window.error();
    // The class filter: kind and code prefix (a big class's two digits or a whole class code).
    const QString kindName = classFilter.section(QLatin1Char(':'), 0, 0);
    const QString codePrefix = classFilter.section(QLatin1Char(':'), 1);
    const TaxonomyKind kind =
        kindName == QLatin1String("component") ? TaxonomyKind::Component : TaxonomyKind::Matter;
    Points out;
    for (const CaseRecord &c : window.value())
        if (c.hasLocation
            && (classFilter.isEmpty() || (c.kind == kind && c.classCode.startsWith(codePrefix)))) {
            const QPointF m = WebMercator::toMetres(c.longitude, c.latitude);
            out.xs.push_back(float(m.x()));
            out.ys.push_back(float(m.y()));
        }
    return out;
}

} // namespace yw::onemap
