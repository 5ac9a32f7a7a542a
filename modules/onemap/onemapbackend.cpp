#include "onemapbackend.h"

#include "caserepository.h"
#include "departmentrepository.h"
#include "geodatarepository.h"
#include "geometry.h"
#include "localprojection.h"
#include "mapcanvas.h"
#include "mapprinter.h"
#include "rastertilelayer.h"
#include "navigator.h"
#include "placefinder.h"
#include "webmercator.h"

#include <QCoreApplication>
#include <QTimeZone>
#include <QtConcurrent>

namespace yw::onemap {

using namespace yw::core;
using yw::map::AreaFeature;
using yw::map::AreaLayer;
using yw::map::HeatLayer;
using yw::map::PointLayer;
using yw::map::WebMercator;

namespace {
// Outline in lon/lat (EPSG:4490) → path in metres (EPSG:3857).
QPainterPath toPath(const yw::gis::MultiPolygon &shape)
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    for (const auto &poly : shape) {
        auto ring = [&](const auto &r) {
            bool first = true;
            for (const auto &pt : r) {
                const QPointF m = WebMercator::toMetres(pt.x(), pt.y());
                if (first)
                    path.moveTo(m);
                else
                    path.lineTo(m);
                first = false;
            }
            path.closeSubpath();
        };
        ring(poly.outer());
        for (const auto &inner : poly.inners())
            ring(inner);
    }
    return path;
}

// The big classes' colours (rule-based styling of components by their class).
const QList<QColor> &palette()
{
    static const QList<QColor> p = {QColor(0x4F, 0xC3, 0xF7), QColor(0xFF, 0xB7, 0x4D),
                                    QColor(0x81, 0xC7, 0x84), QColor(0xE5, 0x73, 0x73),
                                    QColor(0xBA, 0x68, 0xC8), QColor(0xFF, 0xF1, 0x76),
                                    QColor(0x4D, 0xB6, 0xAC), QColor(0xF0, 0x62, 0x92)};
    return p;
}
} // namespace

OneMapBackend::OneMapBackend(yw::shell::ModuleContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
    AreaLayer::Style districts{QColor(0x90, 0xCA, 0xF9), 2.0, Qt::SolidLine, 0, 10, {}};
    AreaLayer::Style streets{QColor(0x90, 0xCA, 0xF9, 170), 1.2, Qt::DashLine, 11, 13, {}};
    AreaLayer::Style communities{QColor(0xB0, 0xBE, 0xC5, 150), 1.0, Qt::DotLine, 13, 15, {}};
    AreaLayer::Style grids{QColor(0xCF, 0xD8, 0xDC, 110), 0.6, Qt::SolidLine, 15, 99, {}};
    m_districts = std::make_shared<AreaLayer>(QStringLiteral("districts"), tr("Districts"), districts);
    m_streets = std::make_shared<AreaLayer>(QStringLiteral("streets"), tr("Streets"), streets);
    m_communities =
        std::make_shared<AreaLayer>(QStringLiteral("communities"), tr("Communities"), communities);
    m_grids = std::make_shared<AreaLayer>(QStringLiteral("grids"), tr("Unit grids"), grids);

    // Components: one category per big class of the taxonomy, coloured in turn.
    QList<PointLayer::Category> componentCategories;
    QHash<QString, int> bigClassCategory;
    for (const TaxonomyClass &c : context.taxonomy->classes(TaxonomyKind::Component)) {
        if (!bigClassCategory.contains(c.bigClassCode)) {
            bigClassCategory.insert(c.bigClassCode, int(componentCategories.size()));
            componentCategories << PointLayer::Category{
                c.bigClassZh, palette()[componentCategories.size() % palette().size()]};
        }
        m_componentCategory.insert(c.code, bigClassCategory.value(c.bigClassCode));
    }
    m_components = std::make_shared<PointLayer>(QStringLiteral("components"), tr("Components"),
                                                QStringLiteral("component"), componentCategories,
                                                17, 3.5);
    m_heat = std::make_shared<HeatLayer>(QStringLiteral("heat"), tr("Case heat map"));
    m_cases = std::make_shared<PointLayer>(
        QStringLiteral("cases"), tr("Open cases"), QStringLiteral("case"),
        QList<PointLayer::Category>{{tr("overdue"), QColor(0xEF, 0x53, 0x50)},
                                    {tr("due soon"), QColor(0xFF, 0xCA, 0x28)},
                                    {tr("in time"), QColor(0x66, 0xBB, 0x6A)},
                                    {tr("no clock"), QColor(0x90, 0xA4, 0xAE)}},
        13, 5); // thousands of cases: a density at city scale, symbols from district scale on
    m_devices = std::make_shared<PointLayer>(
        QStringLiteral("devices"), tr("Sensors, cameras, vehicles"), QStringLiteral("device"),
        QList<PointLayer::Category>{{tr("sensor"), QColor(0x26, 0xC6, 0xDA)},
                                    {tr("sensor in alarm"), QColor(0xFF, 0x70, 0x43)},
                                    {tr("camera"), QColor(0xCE, 0x93, 0xD8)},
                                    {tr("vehicle"), QColor(0xFF, 0xEE, 0x58)}},
        0, 4);

    // Raster sources of the site (settings "onemap/rasterN/kind|url|layers|title"): a basemap or a
    // thematic layer from a tile server or QGIS Server, drawn under everything else.
    if (context.settings) {
        QSettings &s = *context.settings;
        for (int i = 1; i <= 9; ++i) {
            const QString prefix = QStringLiteral("onemap/raster%1/").arg(i);
            const QString url = s.value(prefix + QStringLiteral("url")).toString();
            if (url.isEmpty())
                continue;
            yw::map::RasterTileLayer::Source src;
            const QString kind = s.value(prefix + QStringLiteral("kind"), QStringLiteral("xyz")).toString().toLower();
            src.kind = kind == QLatin1String("wms")    ? yw::map::RasterTileLayer::Kind::Wms
                       : kind == QLatin1String("wmts") ? yw::map::RasterTileLayer::Kind::Wmts
                                                       : yw::map::RasterTileLayer::Kind::Xyz;
            src.url = url;
            src.layers = s.value(prefix + QStringLiteral("layers")).toString();
            src.timeoutMs = s.value(prefix + QStringLiteral("timeoutMs"), 5000).toInt();
            auto layer = std::make_shared<yw::map::RasterTileLayer>(
                QStringLiteral("raster%1").arg(i),
                s.value(prefix + QStringLiteral("title"), tr("Basemap %1").arg(i)).toString(), src);
            m_rasters << layer;
        }
    }
    m_heatRefresh.setInterval(5 * 60 * 1000);
    connect(&m_heatRefresh, &QTimer::timeout, this, [this] { loadHeat(); });
    m_heatRefresh.start();
    // Their state (tiles fetched, timed out, failed) in the layer panel.
    connect(&m_rasterStatus, &QTimer::timeout, this, [this] {
        for (const auto &r : std::as_const(m_rasters))
            m_layers.setStatus(r->id(), r->status());
    });
    m_rasterStatus.start(2000);
    m_vehicles = std::make_shared<PointLayer>(
        QStringLiteral("vehicles"), tr("Vehicles and their tracks"), QStringLiteral("vehicle"),
        QList<PointLayer::Category>{{tr("vehicle"), QColor(0xFF, 0xEE, 0x58)},
                                    {tr("last half hour"), QColor(0xFF, 0xEE, 0x58, 90)}},
        0, 4);
    // The panel's order, top first: live things over components over areas over basemaps.
    m_layers.add(m_cases);
    m_layers.add(m_vehicles);
    m_layers.add(m_devices, false);
    m_layers.add(m_heat, false, 0.8);
    m_layers.add(m_components, true, 0.6);
    m_layers.add(m_grids);
    m_layers.add(m_communities);
    m_layers.add(m_streets);
    m_layers.add(m_districts);
    for (const auto &r : std::as_const(m_rasters))
        m_layers.add(r);

    // Cases move all day: the case layers follow the change feed (one re-read per burst).
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(500);
    connect(&m_debounce, &QTimer::timeout, this, [this] {
        if (!replaying()) // a replay shows its day, not the live cases
            loadCases();
    });
    connect(context.changeFeed, &yw::store::ChangeFeed::caseEventsArrived, this,
            [this] { m_debounce.start(); });
    connect(&m_componentLoad, &QFutureWatcher<std::shared_ptr<const PointLayer::Data>>::finished,
            this, [this] {
                auto data = m_componentLoad.result();
                if (!data) {
                    m_layers.setStatus(QStringLiteral("components"), tr("could not be read"));
                    return;
                }
                m_components->setData(data);
                m_layers.setStatus(QStringLiteral("components"),
                                   QLocale().toString(qlonglong(data->index.size())));
                m_layers.touch(QStringLiteral("components"));
                m_componentsLoaded = true;
                emit componentsLoadedChanged();
            });
}

OneMapBackend::~OneMapBackend()
{
    m_componentLoad.waitForFinished();
}

Status OneMapBackend::load()
{
    if (auto s = loadAreas(); !s)
        return s;
    if (auto s = loadCases(); !s)
        return s;
    if (auto s = loadHeat(); !s)
        return s;
    if (auto s = loadDevices(); !s)
        return s;
    startComponents();
    return success();
}

Status OneMapBackend::loadAreas()
{
    yw::store::GeodataRepository geo(*m_context.database);
    const QList<std::pair<QString, std::shared_ptr<AreaLayer>>> sets = {
        {QStringLiteral("districts"), m_districts},
        {QStringLiteral("streets"), m_streets},
        {QStringLiteral("communities"), m_communities},
        {QStringLiteral("grids"), m_grids}};
    QHash<QString, QColor> districtFill;
    for (const auto &[layer, target] : sets) {
        std::vector<AreaFeature> features;
        int bad = 0;
        auto s = geo.forEach(layer, [&](const QVariantList &values, const QString &wkt) {
            yw::gis::MultiPolygon shape;
            if (!yw::gis::fromWkt(wkt, shape) || shape.empty()) {
                ++bad; // a broken shape is reported in the panel and skipped
                return true;
            }
            AreaFeature f;
            f.code = values.value(0).toString();
            f.name = values.value(1).toString();
            f.path = toPath(shape);
            f.bounds = f.path.boundingRect();
            if (layer == QLatin1String("districts")) {
                // Rule: each district its own faint fill, so that boundaries read at a glance.
                f.fill = palette()[districtFill.size() % palette().size()];
                f.fill.setAlpha(38);
                districtFill.insert(f.code, f.fill);
            }
            features.push_back(std::move(f));
            return true;
        });
        if (!s)
            return s;
        for (const AreaFeature &f : features) {
            const QRectF ll(WebMercator::toLonLat(f.bounds.topLeft()),
                            WebMercator::toLonLat(f.bounds.bottomRight()));
            m_cityBounds = m_cityBounds.isNull() ? ll.normalized() : m_cityBounds.united(ll.normalized());
        }
        const int n = int(features.size());
        target->setFeatures(std::move(features));
        m_layers.setStatus(layer, bad > 0 ? tr("%1 shown, %2 broken shapes skipped").arg(n).arg(bad)
                                          : QLocale().toString(n));
    }
    return success();
}

Status OneMapBackend::loadCases()
{
    yw::store::CaseRepository repo(*m_context.database);
    yw::store::CaseQuery open;
    open.openOnly = true;
    open.limit = 50000;
    auto cases = repo.find(open);
    if (!cases)
        return cases.error();
    auto data = std::make_shared<PointLayer::Data>();
    std::vector<float> xs, ys;
    const QDateTime now = m_context.clock->now();
    for (const CaseRecord &c : cases.value()) {
        if (!c.hasLocation)
            continue;
        const QPointF m = WebMercator::toMetres(c.longitude, c.latitude);
        xs.push_back(float(m.x()));
        ys.push_back(float(m.y()));
        const DeadlineLight light = c.step.light(*m_context.calendar, now);
        data->category.push_back(light == DeadlineLight::Red      ? 0
                                 : light == DeadlineLight::Yellow ? 1
                                 : light == DeadlineLight::Green  ? 2
                                                                  : 3);
        data->numericId.push_back(quint64(c.id));
        data->text << c.caseNumber;
    }
    data->index.build(std::move(xs), std::move(ys), 128);
    m_layers.setStatus(QStringLiteral("cases"), QLocale().toString(qlonglong(data->index.size())));
    m_cases->setData(data);
    m_layers.touch(QStringLiteral("cases"));
    return success();
}

Status OneMapBackend::loadHeat()
{
    // Every case reported in the window, open or not: it moves slowly, so it is read at start,
    // when the window changes and every few minutes, not on every change of every case.
    const QDateTime now = m_context.clock->now();
    yw::store::CaseRepository repo(*m_context.database);
    yw::store::CaseQuery recent;
    recent.reportedFrom = now.addDays(-m_heatDays);
    recent.limit = 500000;
    auto window = repo.find(recent);
    if (!window)
        return window.error();
    // The class filter: kind and code prefix (a big class's two digits or a whole class code).
    const QString kindName = m_heatClass.section(QLatin1Char(':'), 0, 0);
    const QString codePrefix = m_heatClass.section(QLatin1Char(':'), 1);
    const TaxonomyKind kind =
        kindName == QLatin1String("component") ? TaxonomyKind::Component : TaxonomyKind::Matter;
    std::vector<float> hx, hy;
    for (const CaseRecord &c : window.value())
        if (c.hasLocation &&
            (m_heatClass.isEmpty() || (c.kind == kind && c.classCode.startsWith(codePrefix)))) {
            const QPointF m = WebMercator::toMetres(c.longitude, c.latitude);
            hx.push_back(float(m.x()));
            hy.push_back(float(m.y()));
        }
    m_layers.setStatus(QStringLiteral("heat"),
                       tr("%1 cases, last %2 days").arg(hx.size()).arg(m_heatDays));
    emit heatChanged();
    m_heat->setPoints(std::move(hx), std::move(hy));
    m_layers.touch(QStringLiteral("heat"));
    return success();
}

void OneMapBackend::setHeatDays(int days)
{
    days = std::clamp(days, 1, 366);
    if (days == m_heatDays)
        return;
    m_heatDays = days;
    emit heatChanged();
    loadHeat();
}

void OneMapBackend::setHeatClass(const QString &filter)
{
    if (filter == m_heatClass)
        return;
    const QString kindName = filter.section(QLatin1Char(':'), 0, 0);
    if (!filter.isEmpty() && kindName != QLatin1String("component") &&
        kindName != QLatin1String("matter")) {
        setMessage(tr("Unknown class filter %1.").arg(filter));
        return;
    }
    m_heatClass = filter;
    loadHeat();
}

QVariantList OneMapBackend::heatClassChoices() const
{
    const bool zh = !QLocale().name().startsWith(QLatin1String("en"));
    QVariantList out{QVariantMap{{QStringLiteral("key"), QString()},
                                 {QStringLiteral("label"), tr("All cases")}}};
    for (TaxonomyKind kind : {TaxonomyKind::Matter, TaxonomyKind::Component}) {
        QSet<QString> seen;
        for (const TaxonomyClass &c : m_context.taxonomy->classes(kind)) {
            if (seen.contains(c.bigClassCode))
                continue;
            seen.insert(c.bigClassCode);
            const QString prefix = kind == TaxonomyKind::Component ? tr("Component") : tr("Event");
            out << QVariantMap{
                {QStringLiteral("key"), QStringLiteral("%1:%2")
                                            .arg(kind == TaxonomyKind::Component
                                                     ? QStringLiteral("component")
                                                     : QStringLiteral("matter"),
                                                 c.bigClassCode)},
                {QStringLiteral("label"),
                 QStringLiteral("%1 · %2").arg(prefix, zh ? c.bigClassZh : c.bigClassEn)}};
        }
    }
    return out;
}

Status OneMapBackend::loadDevices()
{
    auto data = std::make_shared<PointLayer::Data>();
    std::vector<float> xs, ys;
    auto devices = yw::store::GeodataRepository(*m_context.database).devices();
    if (!devices)
        return devices.error();
    // Rule: a sensor whose latest reading is an alarm stands out.
    auto inAlarm = yw::store::GeodataRepository(*m_context.database).devicesInAlarm();
    const QSet<QString> alarming = inAlarm ? inAlarm.value() : QSet<QString>();
    for (const auto &d : devices.value()) {
        const QPointF m = WebMercator::toMetres(d.lon, d.lat);
        xs.push_back(float(m.x()));
        ys.push_back(float(m.y()));
        data->category.push_back(d.kind == QLatin1String("camera")    ? 2
                                 : d.kind == QLatin1String("vehicle") ? 3
                                 : alarming.contains(d.id)           ? 1
                                                                      : 0);
        if (d.kind == QLatin1String("vehicle")) { // vehicles are drawn where they are now
            xs.pop_back();
            ys.pop_back();
            data->category.pop_back();
            continue;
        }
        data->textId << d.id;
        data->text << d.name;
    }
    data->index.build(std::move(xs), std::move(ys), 64);
    m_layers.setStatus(QStringLiteral("devices"), QLocale().toString(qlonglong(data->index.size())));
    m_devices->setData(data);

    auto positions = yw::store::GeodataRepository(*m_context.database).vehiclePositions();
    if (!positions)
        return positions.error();
    m_positions = std::move(positions).value();
    m_latestPosition = {};
    for (const auto &p : m_positions)
        if (!m_latestPosition.isValid() || p.at > m_latestPosition)
            m_latestPosition = p.at;
    showVehiclesAt(m_latestPosition);
    return success();
}

void OneMapBackend::startComponents()
{
    m_layers.setStatus(QStringLiteral("components"), tr("loading…"));
    const yw::store::DatabaseLocation where = m_context.database->location();
    const QHash<QString, int> categories = m_componentCategory;
    m_componentLoad.setFuture(QtConcurrent::run([where, categories]() {
        std::shared_ptr<const PointLayer::Data> none;
        // Its own connection: a connection belongs to the thread that opened it.
        auto db = yw::store::Database::open(where, yw::store::Database::OpenMode::Existing,
                                            QStringLiteral("map-loader"));
        if (!db)
            return none;
        auto data = std::make_shared<PointLayer::Data>();
        std::vector<float> xs, ys;
        auto s = yw::store::GeodataRepository(*db.value())
                     .forEachComponentPoint([&](const QString &id, const QString &cls, double lon,
                                                double lat) {
                         const QPointF m = WebMercator::toMetres(lon, lat);
                         xs.push_back(float(m.x()));
                         ys.push_back(float(m.y()));
                         data->category.push_back(uint16_t(categories.value(cls, 0)));
                         data->numericId.push_back(id.toULongLong());
                     });
        if (!s)
            return none;
        data->index.build(std::move(xs), std::move(ys), 256);
        return std::shared_ptr<const PointLayer::Data>(data);
    }));
}

void OneMapBackend::waitForComponents()
{
    m_componentLoad.waitForFinished();
    QCoreApplication::processEvents();
}

void OneMapBackend::showCity(QObject *canvasObject)
{
    auto *canvas = qobject_cast<MapCanvas *>(canvasObject);
    if (!canvas || m_cityBounds.isNull())
        return;
    canvas->fitLonLat(m_cityBounds, 1.08);
}

QVariantMap OneMapBackend::describe(const yw::map::Identified &f) const
{
    QVariantList details;
    auto add = [&](const QString &label, const QVariant &value) {
        details << QVariantMap{{QStringLiteral("label"), label}, {QStringLiteral("value"), value}};
    };
    QString title = f.title;
    if (f.kind == QLatin1String("component")) {
        if (auto c = yw::store::GeodataRepository(*m_context.database).component(f.id)) {
            const TaxonomyClass *cls = m_context.taxonomy->find(TaxonomyKind::Component, c->classCode);
            title = cls ? cls->nameZh : c->classCode;
            add(tr("Code"), c->id);
            add(tr("Class"), c->classCode);
            add(tr("State"), c->state);
            add(tr("Unit grid"), c->gridCode);
            if (auto d = yw::store::DepartmentRepository(*m_context.database).get(c->maintainerDepartmentId))
                add(tr("Maintainer"), d->name);
        }
    } else if (f.kind == QLatin1String("case")) {
        if (auto c = m_context.cases->get(f.id.toLongLong())) {
            const TaxonomyClass *cls = m_context.taxonomy->find(c->kind, c->classCode);
            title = c->caseNumber + QLatin1Char(' ') + (cls ? cls->nameZh : c->classCode);
            add(tr("State"), displayName(c->state));
            add(tr("Source"), displayName(c->source));
            add(tr("Description"), c->description);
            add(tr("Unit grid"), c->gridCode);
        }
    } else if (f.kind == QLatin1String("device")) {
        if (auto d = yw::store::GeodataRepository(*m_context.database).device(f.id)) {
            title = d->name;
            add(tr("Device"), d->id);
            add(tr("Kind"), d->kind);
            add(tr("Unit grid"), d->gridCode);
        }
    } else {
        const Area *a = m_context.areas->find(f.id);
        add(tr("Code"), f.id);
        if (a)
            for (const Area &p : m_context.areas->path(f.id))
                if (p.code != f.id && p.level != AreaLevel::City)
                    add(p.level == AreaLevel::District ? tr("District")
                        : p.level == AreaLevel::Street ? tr("Street")
                                                       : tr("Community"),
                        p.name);
    }
    return {{QStringLiteral("layer"), f.layer},
            {QStringLiteral("kind"), f.kind},
            {QStringLiteral("id"), f.id},
            {QStringLiteral("title"), title},
            {QStringLiteral("details"), details}};
}

void OneMapBackend::identify(QObject *canvasObject, double x, double y)
{
    auto *canvas = qobject_cast<MapCanvas *>(canvasObject);
    m_identified.clear();
    if (canvas) {
        m_lastClick = canvas->toLonLat(x, y);
        QSet<QString> layersSeen;
        for (const auto &f : canvas->identifyAt(x, y)) {
            // The nearest feature of each layer: a click asks "what is here", not "list all".
            if (layersSeen.contains(f.layer))
                continue;
            layersSeen.insert(f.layer);
            m_identified << describe(f);
        }
    }
    emit identifiedChanged();
}

void OneMapBackend::selectIn(QObject *canvasObject, double x0, double y0, double x1, double y1)
{
    auto *canvas = qobject_cast<MapCanvas *>(canvasObject);
    m_identified.clear();
    if (!canvas) {
        emit identifiedChanged();
        return;
    }
    const QPointF a = canvas->toLonLat(x0, y0), b = canvas->toLonLat(x1, y1);
    const QRectF box = QRectF(WebMercator::toMetres(a.x(), a.y()), WebMercator::toMetres(b.x(), b.y())).normalized();
    QVariantList summary;
    for (const auto &layer : {m_components, m_cases, m_devices}) {
        int n = 0;
        layer->pointsIn(box, 0, &n);
        summary << QVariantMap{{QStringLiteral("label"), layer->title()},
                               {QStringLiteral("value"), QLocale().toString(n)}};
    }
    m_identified << QVariantMap{{QStringLiteral("kind"), QStringLiteral("selection")},
                                {QStringLiteral("title"), tr("In the rectangle")},
                                {QStringLiteral("details"), summary}};
    const auto cases = m_cases->data();
    for (uint32_t i : m_cases->pointsIn(box, 50, nullptr))
        m_identified << describe(yw::map::Identified{QStringLiteral("cases"), QStringLiteral("case"),
                                                     QString::number(cases->numericId[i]),
                                                     cases->text.value(int(i)), {}, 0});
    emit identifiedChanged();
}

QString OneMapBackend::search(QObject *canvasObject, const QString &text)
{
    auto *canvas = qobject_cast<MapCanvas *>(canvasObject);
    const QString q = text.trimmed();
    if (!canvas || q.isEmpty())
        return {};
    static const QRegularExpression caseNumber(QStringLiteral("^\\d{13}$"));
    static const QRegularExpression componentId(QStringLiteral("^\\d{16,17}$"));
    static const QRegularExpression gridCode(QStringLiteral("^\\d{15}$"));
    QString miss;
    if (caseNumber.match(q).hasMatch()) {
        yw::store::CaseQuery cq;
        cq.caseNumbers = {q};
        auto found = yw::store::CaseRepository(*m_context.database).find(cq);
        if (found && !found->isEmpty() && found->first().hasLocation) {
            canvas->setCenter(found->first().longitude, found->first().latitude, 18);
            setMessage(tr("Case %1").arg(q));
            return {};
        }
        miss = tr("No case %1 with a place.").arg(q);
    } else if (componentId.match(q).hasMatch()) {
        if (auto c = yw::store::GeodataRepository(*m_context.database).component(q)) {
            canvas->setCenter(c->lon, c->lat, 19);
            setMessage(tr("Component %1").arg(q));
            return {};
        }
        miss = tr("No component %1.").arg(q);
    } else {
        QString code = gridCode.match(q).hasMatch() ? q : QString();
        if (code.isEmpty()) {
            // A community, street or district by name: the intake desk's matching.
            const QList<Area> best = yw::intake::PlaceFinder::bestAreas(*m_context.areas, q, 1000);
            if (best.size() == 1)
                code = best.first().code;
            else if (best.size() > 1)
                miss = tr("\"%1\" matches %2 places; type more of the name.").arg(q).arg(best.size());
        }
        if (!code.isEmpty()) {
            if (auto bounds = yw::store::GeodataRepository(*m_context.database).areaBounds(code)) {
                canvas->fitLonLat(bounds.value(), 1.3, 19);
                setMessage(tr("Area %1").arg(code));
                return {};
            }
            miss = tr("No area %1 on the map.").arg(code);
        } else if (miss.isEmpty()) {
            miss = tr("Nothing called \"%1\": give a case number, a component or grid code, or a place name.").arg(q);
        }
    }
    setMessage(miss);
    return miss;
}

void OneMapBackend::openCase(qint64 caseId)
{
    if (m_context.navigator)
        m_context.navigator->showCase(caseId);
}

void OneMapBackend::reportHere()
{
    if (m_context.navigator && !m_lastClick.isNull())
        m_context.navigator->reportAt(m_lastClick.x(), m_lastClick.y());
}

QString OneMapBackend::replay(const QString &day)
{
    if (day.isEmpty()) {
        m_replayDay = {};
        m_replayCases.clear();
        loadCases();
        showVehiclesAt(m_latestPosition);
        emit replayChanged();
        return {};
    }
    const QDate d = QDate::fromString(day, Qt::ISODate);
    if (!d.isValid())
        return tr("\"%1\" is not a day (yyyy-MM-dd).").arg(day);
    const QTimeZone zone = m_context.calendar->timeZone();
    yw::store::CaseQuery q;
    q.reportedFrom = QDateTime(d, QTime(0, 0), zone);
    q.reportedBefore = QDateTime(d.addDays(1), QTime(0, 0), zone);
    q.limit = 100000;
    auto found = yw::store::CaseRepository(*m_context.database).find(q);
    if (!found)
        return m_context.describe(found.error());
    m_replayCases = found.value();
    std::sort(m_replayCases.begin(), m_replayCases.end(),
              [](const CaseRecord &a, const CaseRecord &b) { return a.reportedAt < b.reportedAt; });
    m_replayDay = d;
    showReplay();
    return {};
}

void OneMapBackend::setReplayMinute(int minute)
{
    m_replayMinute = std::clamp(minute, 0, 24 * 60 - 1);
    if (replaying())
        showReplay();
    else
        emit replayChanged();
}

QString OneMapBackend::shiftReplayDay(int days)
{
    const QDate from = replaying() ? m_replayDay
                                   : m_context.clock->now().toTimeZone(m_context.calendar->timeZone()).date();
    return replay(from.addDays(days).toString(Qt::ISODate));
}

void OneMapBackend::showVehiclesAt(const QDateTime &t)
{
    auto data = std::make_shared<PointLayer::Data>();
    std::vector<float> xs, ys;
    int vehicles = 0;
    // Positions are by vehicle, then time: each vehicle's run is scanned once.
    for (size_t i = 0; i < m_positions.size();) {
        size_t end = i;
        while (end < m_positions.size() && m_positions[end].deviceId == m_positions[i].deviceId)
            ++end;
        int last = -1;
        for (size_t k = i; k < end && m_positions[k].at <= t; ++k) {
            last = int(k);
            if (m_positions[k].at > t.addSecs(-1800)) { // the track: the last half hour
                const QPointF m = WebMercator::toMetres(m_positions[k].lon, m_positions[k].lat);
                xs.push_back(float(m.x()));
                ys.push_back(float(m.y()));
                data->category.push_back(1);
                data->textId << m_positions[k].deviceId;
            }
        }
        if (last >= 0) {
            const QPointF m = WebMercator::toMetres(m_positions[last].lon, m_positions[last].lat);
            xs.push_back(float(m.x()));
            ys.push_back(float(m.y()));
            data->category.push_back(0);
            data->textId << m_positions[last].deviceId;
            ++vehicles;
        }
        i = end;
    }
    data->index.build(std::move(xs), std::move(ys), 64);
    m_vehicles->setData(data);
    m_layers.setStatus(QStringLiteral("vehicles"),
                       t.isValid() ? tr("%1 at %2").arg(vehicles).arg(QLocale().toString(
                                         t.toTimeZone(m_context.calendar->timeZone()), QStringLiteral("MM-dd HH:mm")))
                                   : QString());
    m_layers.touch(QStringLiteral("vehicles"));
}

void OneMapBackend::showReplay()
{
    // The day's cases up to the minute, coloured by what had become of them by then: still
    // open (red), or closed by that time (green).
    const QDateTime until = QDateTime(m_replayDay, QTime(0, 0), m_context.calendar->timeZone())
                                .addSecs(qint64(m_replayMinute) * 60 + 59);
    auto data = std::make_shared<PointLayer::Data>();
    std::vector<float> xs, ys;
    for (const CaseRecord &c : std::as_const(m_replayCases)) {
        if (c.reportedAt > until)
            break;
        if (!c.hasLocation)
            continue;
        const QPointF m = WebMercator::toMetres(c.longitude, c.latitude);
        xs.push_back(float(m.x()));
        ys.push_back(float(m.y()));
        data->category.push_back(c.closedAt.isValid() && c.closedAt <= until ? 2 : 0);
        data->numericId.push_back(quint64(c.id));
        data->text << c.caseNumber;
    }
    m_replayShown = int(xs.size());
    showVehiclesAt(until);
    data->index.build(std::move(xs), std::move(ys), 64);
    m_cases->setData(data);
    m_layers.setStatus(QStringLiteral("cases"),
                       tr("%1 of %2, %3").arg(m_replayShown).arg(m_replayCases.size()).arg(replayDay()));
    m_layers.touch(QStringLiteral("cases"));
    emit replayChanged();
}

QString OneMapBackend::exportView(QObject *canvasObject, const QUrl &file)
{
    auto *canvas = qobject_cast<MapCanvas *>(canvasObject);
    if (!canvas)
        return tr("No map to export.");
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    QList<yw::map::MapPrinter::Layer> layers;
    const auto &entries = m_layers.entries();
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) // drawn bottom up
        if (it->visible)
            layers << yw::map::MapPrinter::Layer{it->layer, it->opacity};
    yw::map::MapPrinter::View view;
    view.centreMetres = WebMercator::toMetres(canvas->centerLon(), canvas->centerLat());
    view.zoom = canvas->zoom();
    view.size = QSize(std::max(200, int(canvas->width())), std::max(200, int(canvas->height())));
    const yw::map::MapPrinter printer(layers, view, tr("One map of city management"));
    const bool pdf = path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
    const bool written = pdf ? printer.writePdf(path) : printer.renderImage().save(path, "PNG");
    setMessage(written ? tr("Written to %1.").arg(path) : tr("Cannot write %1.").arg(path));
    return written ? QString() : m_message;
}

QVariantMap OneMapBackend::measure(const QVariantList &points) const
{
    QList<QPointF> ll;
    for (const QVariant &v : points)
        ll << v.toPointF();
    double distance = 0, area = 0;
    if (ll.size() >= 2) {
        const yw::gis::LocalProjection local(ll.first().x(), ll.first().y());
        for (int i = 1; i < ll.size(); ++i)
            distance += local.distanceM(yw::gis::Point(ll[i - 1].x(), ll[i - 1].y()),
                                        yw::gis::Point(ll[i].x(), ll[i].y()));
        if (ll.size() >= 3) {
            yw::gis::Polygon poly;
            for (const QPointF &p : ll)
                poly.outer().push_back(yw::gis::Point(p.x(), p.y()));
            poly.outer().push_back(poly.outer().front());
            boost::geometry::correct(poly);
            area = local.areaM2(yw::gis::MultiPolygon{poly});
        }
    }
    auto length = [](double m) {
        return m >= 1000 ? tr("%1 km").arg(QLocale().toString(m / 1000, 'f', 2))
                         : tr("%1 m").arg(QLocale().toString(m, 'f', 0));
    };
    auto surface = [](double m2) {
        return m2 >= 1e6 ? tr("%1 km²").arg(QLocale().toString(m2 / 1e6, 'f', 3))
                         : tr("%1 m²").arg(QLocale().toString(m2, 'f', 0));
    };
    return {{QStringLiteral("distance"), distance},
            {QStringLiteral("area"), area},
            {QStringLiteral("distanceText"), length(distance)},
            {QStringLiteral("areaText"), ll.size() >= 3 ? surface(area) : QString()}};
}

void OneMapBackend::setMessage(const QString &m)
{
    if (m == m_message)
        return;
    m_message = m;
    emit messageChanged();
}

} // namespace yw::onemap
