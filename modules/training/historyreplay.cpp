#include "historyreplay.h"

#include "backgroundread.h"
#include "caseeventrepository.h"
#include "caserepository.h"
#include "webmercator.h"

namespace yw::trainingmodule {

using namespace yw::core;
using yw::map::AreaLayer;
using yw::map::PointLayer;

namespace {

// The stage of the flow a state is in, for the board's and the map's colours.
int stageOf(CaseState s)
{
    switch (s) {
    case CaseState::Reported:
    case CaseState::Verifying:
    case CaseState::PendingFiling:
    case CaseState::VoidPending:
        return 0;
    case CaseState::Filed:
        return 1;
    case CaseState::Dispatched:
    case CaseState::Handling:
    case CaseState::ExtensionPending:
    case CaseState::ReturnPending:
    case CaseState::SuspensionPending:
    case CaseState::Suspended:
        return 2;
    default:
        return 3;
    }
}

} // namespace

HistoryReplay::HistoryReplay(yw::shell::ModuleContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
    m_districts = std::make_shared<AreaLayer>(QStringLiteral("districts"), tr("Districts"),
                                              AreaLayer::Style{QColor(0x90, 0xCA, 0xF9), 1.5, Qt::SolidLine, 0, 9, {}});
    m_cases = std::make_shared<PointLayer>(
        QStringLiteral("replay"), tr("Cases"), QStringLiteral("case"),
        QList<PointLayer::Category>{{tr("Intake"), QColor(0xf5, 0xb4, 0x00)},
                                    {tr("To dispatch"), QColor(0xef, 0x44, 0x44)},
                                    {tr("With the department"), QColor(0x2f, 0x9b, 0xff)},
                                    {tr("Check and closure"), QColor(0x22, 0xc5, 0x5e)}},
        // A day's open cases are a few hundred at most: symbols from the city's zoom up.
        8, 20); // radius at zoom 15; about 5 px at the whole city
    m_layers.add(m_cases);
    m_layers.add(m_districts);
    m_timer.setInterval(kTickMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { advance(qint64(m_speed) * kTickMs / 1000); });
    connect(&m_watcher, &QFutureWatcher<Result<Day>>::finished, this, &HistoryReplay::onLoaded);
}

HistoryReplay::~HistoryReplay()
{
    m_watcher.waitForFinished();
}

void HistoryReplay::setCanvas(yw::mapview::MapCanvas *canvas)
{
    if (canvas == m_canvas)
        return;
    m_canvas = canvas;
    if (canvas) {
        canvas->setLayers(&m_layers);
        if (!m_bounds.isNull())
            canvas->fitLonLat(m_bounds, 1.05, 16);
    }
    emit canvasChanged();
}

void HistoryReplay::load(const QString &day)
{
    const QDate d = QDate::fromString(day.trimmed(), Qt::ISODate);
    if (!d.isValid()) {
        m_problem = tr("A day is written YYYY-MM-DD.");
        emit loadedChanged();
        return;
    }
    if (m_watcher.isRunning())
        return;
    pause();
    m_day = d;
    m_start = QDateTime(d, QTime(0, 0), m_context.calendar->timeZone());
    m_position = m_start;
    m_problem.clear();
    const QDateTime from = m_start, to = m_start.addDays(1);
    m_watcher.setFuture(yw::shell::readInBackground<Day>(
        m_context.database->location(), QStringLiteral("replay"),
        [from, to](yw::store::Database &db) -> Result<Day> {
            Day out;
            auto cases = yw::store::CaseRepository(db).activeBetween(from, to);
            if (!cases)
                return cases.error();
            auto events = yw::store::CaseEventRepository(db).ofActiveBetween(from, to);
            if (!events)
                return events.error();
            auto districts = yw::mapview::AreaFeatureReader::read(db, QStringLiteral("districts"));
            if (!districts)
                return districts.error();
            out.cases = cases.value();
            out.events = events.value();
            out.districts = districts.value();
            return out;
        }));
    emit loadedChanged();
}

void HistoryReplay::onLoaded()
{
    auto r = m_watcher.result();
    if (!r) {
        m_problem = m_context.describe(r.error());
        emit loadedChanged();
        return;
    }
    m_replay = yw::training::CaseHistoryReplay(r.value().cases, r.value().events);
    if (m_replay.caseCount() == 0)
        m_problem = tr("No case was open on %1.").arg(day());
    m_districts->setFeatures(r.value().districts.features);
    m_layers.touch(QStringLiteral("districts"));
    m_bounds = r.value().districts.lonLatBounds;
    if (m_canvas && !m_bounds.isNull())
        m_canvas->fitLonLat(m_bounds, 1.05, 16);
    emit loadedChanged();
    show();
}

void HistoryReplay::play()
{
    if (!loaded() || m_timer.isActive())
        return;
    if (m_position >= m_start.addDays(1))
        m_position = m_start;
    m_timer.start();
    emit playingChanged();
}

void HistoryReplay::pause()
{
    if (!m_timer.isActive())
        return;
    m_timer.stop();
    emit playingChanged();
}

void HistoryReplay::setSpeed(int speed)
{
    m_speed = std::clamp(speed, 1, 3600);
    emit playingChanged();
}

void HistoryReplay::seek(int minute)
{
    if (!m_start.isValid())
        return;
    m_position = m_start.addSecs(qint64(std::clamp(minute, 0, 1439)) * 60);
    show();
}

void HistoryReplay::advance(qint64 seconds)
{
    if (!m_start.isValid())
        return;
    const QDateTime end = m_start.addDays(1);
    m_position = std::min(m_position.addSecs(seconds), end);
    if (m_position >= end)
        pause();
    show();
}

int HistoryReplay::minute() const
{
    return m_start.isValid() ? int(m_start.secsTo(m_position) / 60) : 0;
}

QString HistoryReplay::timeText() const
{
    return m_position.isValid() ? m_position.toTimeZone(m_context.calendar->timeZone()).toString(QStringLiteral("HH:mm"))
                                : QString();
}

void HistoryReplay::show()
{
    const QTimeZone zone = m_context.calendar->timeZone();
    const auto open = m_replay.boardAt(m_position);
    QList<ReplayCaseRow> rows;
    auto data = std::make_shared<PointLayer::Data>();
    std::vector<float> xs, ys;
    // The board lists the latest reports first, as the dispatch board does.
    for (auto it = open.rbegin(); it != open.rend(); ++it) {
        const auto &c = *it;
        const TaxonomyClass *cls = m_context.taxonomy->find(TaxonomyKind::Matter, c.classCode);
        if (!cls)
            cls = m_context.taxonomy->find(TaxonomyKind::Component, c.classCode);
        rows.append({c.caseNumber, cls ? cls->nameZh : c.classCode, displayName(c.state),
                     c.since.toTimeZone(zone).toString(QStringLiteral("HH:mm")), stageOf(c.state)});
        if (c.hasLocation) {
            const QPointF m = yw::map::WebMercator::toMetres(c.lon, c.lat);
            xs.push_back(float(m.x()));
            ys.push_back(float(m.y()));
            data->category.push_back(uint16_t(stageOf(c.state)));
            data->numericId.push_back(quint64(c.caseId));
        }
    }
    m_board.setRows(rows);
    data->index.build(std::move(xs), std::move(ys), 64);
    m_cases->setData(data);
    m_layers.touch(QStringLiteral("replay"));
    QList<ReplayEventRow> activity;
    const auto recent = m_replay.eventsBetween(m_position.addSecs(-30 * 60), m_position);
    for (auto it = recent.rbegin(); it != recent.rend() && activity.size() < 30; ++it) {
        bool ok = false;
        const CaseAction a = enumFromKey<CaseAction>(it->action, &ok);
        activity.append({it->at.toTimeZone(zone).toString(QStringLiteral("HH:mm")),
                         m_replay.caseNumber(it->caseId),
                         it->action == QLatin1String("Report") ? tr("Report") : ok ? displayName(a) : it->action,
                         it->actorLogin});
    }
    m_activity.setRows(activity);
    m_reported = m_replay.reportedBy(m_position) - m_replay.reportedBy(m_start);
    m_closed = m_replay.closedBy(m_position) - m_replay.closedBy(m_start);
    emit positionChanged();
}

} // namespace yw::trainingmodule
