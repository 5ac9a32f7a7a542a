#include "opencaselayer.h"

#include "backgroundread.h"
#include "caserepository.h"
#include "webmercator.h"

#include <QCoreApplication>
#include <QLocale>

namespace yw::onemap {

using namespace yw::core;
using yw::map::PointLayer;
using yw::map::WebMercator;

OpenCaseLayer::OpenCaseLayer(yw::shell::ModuleContext &context, MapLayerSet &layers,
                             QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_layers(layers)
{
    connect(&m_watcher, &QFutureWatcher<Result<Data>>::finished, this, [this] {
        const Result<Data> data = m_watcher.result();
        m_reading = false;
        if (m_again) {
            m_again = false;
            refresh();
            return;
        }
        if (m_paused)
            return;
        if (!data) {
            m_layers.panel().setStatus(QStringLiteral("cases"), m_context.describe(data.error()));
            if (m_firstRead.end())
                emit settled();
            return;
        }
        m_layers.cases->setData(data.value());
        m_layers.panel().setStatus(QStringLiteral("cases"),
                                   QLocale().toString(qlonglong(data.value()->index.size())));
        m_layers.panel().touch(QStringLiteral("cases"));
        m_loaded = true;
        emit loaded();
        if (m_firstRead.end())
            emit settled();
    });
    // Cases move all day: one re-read per burst of changes.
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(500);
    connect(&m_debounce, &QTimer::timeout, this, [this] {
        if (!m_paused)
            refresh();
    });
    if (context.changeFeed)
        connect(context.changeFeed, &yw::store::ChangeFeed::caseEventsArrived, this,
                [this] { m_debounce.start(); });
}

OpenCaseLayer::~OpenCaseLayer()
{
    m_cancel->cancel(); // a read under way stops at once
    m_watcher.waitForFinished();
}

void OpenCaseLayer::refresh()
{
    if (m_watcher.isRunning()) {
        m_again = true;
        return;
    }
    const WorkCalendar calendar = *m_context.calendar;
    const QDateTime now = m_context.clock->now();
    m_reading = true;
    m_watcher.setFuture(yw::shell::readInBackground<Data>(
        m_context.database->location(), QStringLiteral("map-cases"),
        [calendar, now](yw::store::Database &db) { return read(db, calendar, now); },
        m_cancel));
}

void OpenCaseLayer::wait()
{
    yw::shell::waitUntil([this] { return !m_reading; });
}

void OpenCaseLayer::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    if (!paused)
        refresh();
}

Result<OpenCaseLayer::Data> OpenCaseLayer::read(yw::store::Database &db,
                                                const WorkCalendar &calendar, const QDateTime &now)
{
    yw::store::CaseQuery open;
    open.openOnly = true;
    open.limit = kLimit;
    auto cases = yw::store::CaseRepository(db).find(open);
    if (!cases)
        return cases.error();
    auto data = std::make_shared<PointLayer::Data>();
    std::vector<float> xs, ys;
    for (const CaseRecord &c : cases.value()) {
        if (!c.hasLocation)
            continue;
        const QPointF m = WebMercator::toMetres(c.longitude, c.latitude);
        xs.push_back(float(m.x()));
        ys.push_back(float(m.y()));
        const DeadlineLight light = c.step.light(calendar, now);
        data->category.push_back(light == DeadlineLight::Red      ? MapLayerSet::Overdue
                                 : light == DeadlineLight::Yellow ? MapLayerSet::DueSoon
                                 : light == DeadlineLight::Green  ? MapLayerSet::InTime
                                                                  : MapLayerSet::NoClock);
        data->numericId.push_back(quint64(c.id));
        data->text << c.caseNumber;
    }
    data->index.build(std::move(xs), std::move(ys), 128);
    return Data(data);
}

} // namespace yw::onemap
