#include "walldisplay.h"

#include "httpcontrolserver.h"
#include "linecontrolserver.h"
#include "modulecontext.h"
#include "navigator.h"
#include "screenbinding.h"
#include "wallfigurereader.h"
#include "wallpicturecomposer.h"
#include "wallruleengine.h"
#include "wallsourcestate.h"
#include "websocketcontrolserver.h"

#include <QDateTime>
#include <QDir>
#include <QGuiApplication>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickWindow>
#include <QScreen>
#include <QSoundEffect>
#include <QStandardPaths>
#include <QTimeZone>

Q_LOGGING_CATEGORY(lcWallDisplay, "yw.wall.display")

namespace yw::walldisplay {

using yw::core::Error;

namespace {
// The scene the wall shows when nothing was stored: the city at a glance.
constexpr const char *kDefaultScenario = "template:0-city-overview";
} // namespace

WallDisplay::WallDisplay(const yw::wall::WallConfig &config, yw::shell::ModuleHost &host,
                         yw::shell::ModuleContext &context, WallSceneRegistry::StartModule startModule,
                         QQmlEngine &engine, const Options &options)
    : m_config(config)
    , m_context(context)
    , m_engine(engine)
    , m_options(options)
    , m_registry(host, std::move(startModule))
    , m_monitors(config)
{
    m_controller = std::make_unique<yw::wall::WallController>(m_config, *this, *context.database, *context.clock);
    connect(m_controller.get(), &yw::wall::WallController::layoutChanged, this, &WallDisplay::syncWindows);
    connect(m_controller.get(), &yw::wall::WallController::modeChanged, this, &WallDisplay::modeChanged);
    connect(m_controller.get(), &yw::wall::WallController::alarmsChanged, this, &WallDisplay::syncAlarms);
    m_figures = std::make_unique<WallFigureReader>(context);
    WallFigureReader *figures = m_figures.get();
    m_rules = std::make_unique<yw::wall::WallRuleEngine>(
        m_config, *m_controller, *context.database, *context.clock, context.calendar->timeZone(),
        [figures](const QJsonObject &source) { return figures->read(source); });
    if (!m_config.alarmSound().isEmpty()) {
        m_sound = std::make_unique<QSoundEffect>();
        m_sound->setSource(QUrl::fromLocalFile(m_config.alarmSound()));
    }
    m_age.start();
    m_retire.setInterval(1000);
    connect(&m_retire, &QTimer::timeout, this, [this] {
        const qint64 now = m_age.elapsed();
        m_retiring.erase(std::remove_if(m_retiring.begin(), m_retiring.end(),
                                        [now](const Retiring &r) { return now - r.since > 2000; }),
                         m_retiring.end());
    });
    m_retire.start();
}

WallDisplay::~WallDisplay()
{
    m_rules.reset();
    // The windows (and the scenes' views in them) go before the scenes' backends.
    for (const auto &w : std::as_const(m_quickWindows))
        delete w.data();
    m_quickWindows.clear();
}

QSizeF WallDisplay::surfaceSize() const
{
    return m_config.extentMm().size() * m_config.pixelsPerMm();
}

yw::wall::WallLayout WallDisplay::defaultLayout() const
{
    yw::wall::WallLayout layout;
    layout.windows << yw::wall::WallWindow{QStringLiteral("main"), QStringLiteral("scenario"),
                                           QString::fromLatin1(kDefaultScenario),
                                           yw::wall::WallLayout::monitorsRect(m_config.monitorIds(), m_config)};
    return layout;
}

yw::core::Status WallDisplay::start()
{
    m_controller->restore(m_options.startPreset, defaultLayout());
    openWindows();
    m_rules->start(m_context.changeFeed);
    QStringList problems;
    const QHostAddress bind = m_config.bind();
    if (m_config.tcp().port) {
        m_line = std::make_unique<yw::wall::LineControlServer>(*m_controller);
        auto port = m_line->listen(bind, m_config.tcp().port);
        port ? void(m_ports[0] = port.value()) : void(problems << port.error().message);
    }
    if (m_config.webSocket().port) {
        m_webSocket = std::make_unique<yw::wall::WebSocketControlServer>(*m_controller);
        auto port = m_webSocket->listen(bind, m_config.webSocket().port);
        port ? void(m_ports[1] = port.value()) : void(problems << port.error().message);
    }
    if (m_config.http().port) {
        m_http = std::make_unique<yw::wall::HttpControlServer>(*m_controller);
        auto port = m_http->listen(bind, m_config.http().port);
        port ? void(m_ports[2] = port.value()) : void(problems << port.error().message);
    }
    if (!problems.isEmpty())
        return Error::make(Error::Code::Internal, problems.join(QStringLiteral("; ")));
    return yw::core::success();
}

yw::core::Status WallDisplay::checkScene(const QString &scene, const QString &argument)
{
    // Making the backend is the check: the scenario is read, the place parsed. A window that
    // then shows it takes the same backend.
    auto made = m_registry.backend(scene, argument);
    if (!made)
        return made.error();
    return yw::core::success();
}

void WallDisplay::syncWindows()
{
    const double k = m_config.pixelsPerMm();
    QList<WallWindowListModel::Row> rows;
    QSet<QString> keys;
    for (const yw::wall::WallWindow &w : m_controller->layout().windows) {
        auto backend = m_registry.backend(w.scene, w.argument);
        if (!backend) {
            // Checked when the command came; a scene that fails now (its scenario deleted
            // meanwhile) leaves its window empty and says so in the log.
            qCWarning(lcWallDisplay) << "window" << w.id << "cannot show" << w.scene << w.argument << ":"
                                     << backend.error().message;
            continue;
        }
        keys.insert(WallSceneRegistry::key(w.scene, w.argument));
        if (auto *source = qobject_cast<yw::shell::WallSourceState *>(backend.value().get()))
            connect(source, &yw::shell::WallSourceState::stateChanged, this, &WallDisplay::sourceChanged,
                    Qt::UniqueConnection);
        rows << WallWindowListModel::Row{w.id,
                                         w.scene,
                                         w.argument,
                                         m_registry.qml(w.scene),
                                         backend.value(),
                                         QRectF(w.rectMm.x() * k, w.rectMm.y() * k, w.rectMm.width() * k,
                                                w.rectMm.height() * k)};
    }
    for (const auto &old : m_windows.rows())
        m_retiring << Retiring{m_age.elapsed(), old.backend};
    m_windows.setRows(rows);
    m_registry.keepOnly(keys);
}

void WallDisplay::syncAlarms()
{
    QList<AlarmRow> rows;
    const auto &alarms = m_controller->alarms();
    for (auto it = alarms.crbegin(); it != alarms.crend(); ++it)
        rows << AlarmRow{it->id, it->title, it->detail,
                         it->at.toTimeZone(m_context.calendar->timeZone()).toString(QStringLiteral("HH:mm:ss"))};
    // A new alarm sounds if the wall file gives a sound.
    if (m_sound && rows.size() > m_alarms.count())
        m_sound->play();
    m_alarms.setRows(rows);
}

bool WallDisplay::training() const
{
    return m_context.training;
}

QRectF WallDisplay::alarmRect() const
{
    const QPointF centre = m_config.extentMm().center();
    int best = 0;
    double bestDistance = 1e18;
    for (int i = 0; i < m_config.monitors().size(); ++i) {
        const QPointF d = m_config.monitors().at(i).activeMm.center() - centre;
        const double distance = d.x() * d.x() + d.y() * d.y();
        if (distance < bestDistance) {
            bestDistance = distance;
            best = i;
        }
    }
    const QRectF picture = m_monitors.pictureRect(best);
    return picture.adjusted(picture.width() * 0.08, picture.height() * 0.15, -picture.width() * 0.08,
                            -picture.height() * 0.15);
}

QQuickWindow *WallDisplay::createWindow(const QUrl &qml, const QVariantMap &properties)
{
    QQmlComponent component(&m_engine, qml);
    QObject *made = component.createWithInitialProperties(properties);
    auto *window = qobject_cast<QQuickWindow *>(made);
    if (!window) {
        qCCritical(lcWallDisplay) << "the wall window cannot be made:" << component.errorString();
        delete made;
        return nullptr;
    }
    return window;
}

void WallDisplay::openWindows()
{
    if (m_config.output() == yw::wall::WallConfig::Output::Desktop) {
        QQuickWindow *w = createWindow(QUrl(QStringLiteral("qrc:/Yiwang/Wall/WallDesktopWindow.qml")),
                                       {{QStringLiteral("display"), QVariant::fromValue(this)}});
        if (!w)
            return;
        m_quickWindows << w;
        for (int i = 0; i < m_monitors.rowCount(); ++i)
            m_monitors.setScreen(i, w->screen() ? w->screen()->name() : QString(), true);
        w->setGeometry(QRect(QPoint(0, 0), m_config.desktopSize()));
        w->show();
        return;
    }
    for (int i = 0; i < m_monitors.rowCount(); ++i) {
        const QModelIndex index = m_monitors.index(i);
        QVariantMap properties{{QStringLiteral("display"), QVariant::fromValue(this)}};
        for (auto role : {MonitorListModel::MonitorIdRole, MonitorListModel::PictureRectRole,
                          MonitorListModel::OutputSizeRole, MonitorListModel::ResolutionRole,
                          MonitorListModel::RotationRole})
            properties.insert(QString::fromLatin1(m_monitors.roleNames().value(role)), m_monitors.data(index, role));
        m_quickWindows << createWindow(QUrl(QStringLiteral("qrc:/Yiwang/Wall/WallMonitorWindow.qml")), properties);
    }
    connect(qGuiApp, &QGuiApplication::screenAdded, this, &WallDisplay::bindScreens);
    connect(qGuiApp, &QGuiApplication::screenRemoved, this, &WallDisplay::bindScreens, Qt::QueuedConnection);
    bindScreens();
}

void WallDisplay::bindScreens()
{
    QStringList names;
    QHash<QString, QScreen *> screens;
    for (QScreen *s : QGuiApplication::screens()) {
        names << s->name();
        screens.insert(s->name(), s);
    }
    const QStringList assigned = ScreenBinding::assign(m_config.monitors(), names);
    for (int i = 0; i < m_quickWindows.size(); ++i) {
        QQuickWindow *w = m_quickWindows.at(i);
        if (!w)
            continue;
        const bool was = m_monitors.connected(i);
        QScreen *screen = screens.value(assigned.at(i));
        if (screen) {
            w->setScreen(screen);
            w->setGeometry(screen->geometry());
            w->showFullScreen();
        } else if (m_options.renderAll) {
            w->resize(m_monitors.monitor(i).outputResolution());
            w->show();
        } else {
            w->hide();
        }
        m_monitors.setScreen(i, assigned.at(i), screen != nullptr);
        if (was != (screen != nullptr))
            m_controller->reportMonitor(m_monitors.monitor(i).id, screen != nullptr);
    }
}

QList<QQuickWindow *> WallDisplay::quickWindows() const
{
    QList<QQuickWindow *> out;
    for (const auto &w : m_quickWindows)
        if (w)
            out << w.data();
    return out;
}

namespace {
QJsonObject describe(const yw::shell::WallSourceState &s, const QTimeZone &zone)
{
    return {{QStringLiteral("id"), s.sourceId()},
            {QStringLiteral("name"), s.sourceName()},
            {QStringLiteral("state"), s.stateName()},
            {QStringLiteral("lastFrame"),
             s.lastFrameAt().isValid() ? s.lastFrameAt().toTimeZone(zone).toString(QStringLiteral("HH:mm:ss")) : QString()},
            {QStringLiteral("problem"), s.problem()}};
}
} // namespace

QJsonArray WallDisplay::sourceStates() const
{
    QJsonArray out;
    QSet<const QObject *> seen;
    for (const auto &row : m_windows.rows())
        if (auto *s = qobject_cast<const yw::shell::WallSourceState *>(row.backend.get()); s && !seen.contains(s)) {
            seen.insert(s);
            out.append(describe(*s, m_context.calendar->timeZone()));
        }
    return out;
}

QString WallDisplay::windowTitle(const QString &scene, const QString &argument) const
{
    // A camera by its name; a backend with a `title` (a scenario) by that; else the scene's own
    // title and its argument.
    QObject *backend = m_registry.running(scene, argument);
    if (auto *s = qobject_cast<const yw::shell::WallSourceState *>(backend))
        return s->sourceName();
    const QString title = backend ? backend->property("title").toString() : QString();
    if (!title.isEmpty())
        return title;
    return argument.isEmpty() ? m_registry.title(scene) : QStringLiteral("%1 %2").arg(m_registry.title(scene), argument);
}

void WallDisplay::sourceChanged()
{
    if (auto *s = qobject_cast<yw::shell::WallSourceState *>(sender()))
        m_controller->reportSource(describe(*s, m_context.calendar->timeZone()));
}

QJsonArray WallDisplay::monitorStates() const
{
    QJsonArray out;
    for (int i = 0; i < m_monitors.rowCount(); ++i)
        out.append(QJsonObject{{QStringLiteral("id"), m_monitors.monitor(i).id},
                               {QStringLiteral("connected"), m_monitors.connected(i)},
                               {QStringLiteral("screen"), m_monitors.screenName(i)}});
    return out;
}

yw::core::Status WallDisplay::focus(double lon, double lat, double zoom)
{
    bool map = false;
    for (const auto &w : m_controller->layout().windows)
        map |= w.scene == QLatin1String("map");
    if (!map)
        return Error::make(Error::Code::NotFound, QStringLiteral("no window of the wall shows the map; open one first"));
    if (!m_context.navigator || !m_context.navigator->showOnMap(lon, lat, zoom))
        return Error::make(Error::Code::NotFound, QStringLiteral("the one map is not running on this wall"));
    return yw::core::success();
}

QImage WallDisplay::picture(double pixelsPerMm) const
{
    QList<QImage> outputs;
    if (m_config.output() == yw::wall::WallConfig::Output::Desktop) {
        const QImage desktop = m_quickWindows.value(0) ? m_quickWindows.value(0)->grabWindow() : QImage();
        for (const auto &m : m_config.monitors())
            outputs << (desktop.isNull() ? QImage() : desktop.copy(QRect(m.desktop, m.outputResolution())));
    } else {
        for (int i = 0; i < m_quickWindows.size(); ++i) {
            QQuickWindow *w = m_quickWindows.at(i);
            outputs << (w && (m_monitors.connected(i) || m_options.renderAll) ? w->grabWindow() : QImage());
        }
    }
    return WallPictureComposer::compose(m_config, outputs, pixelsPerMm > 0 ? pixelsPerMm : m_config.pixelsPerMm());
}

yw::core::Result<QString> WallDisplay::screenshot()
{
    QString dir = m_config.screenshotDir();
    if (dir.isEmpty())
        dir = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("wall-screenshots"));
    if (!QDir().mkpath(dir))
        return Error::make(Error::Code::Internal, QStringLiteral("cannot make the folder %1").arg(dir));
    const QString path = QDir(dir).filePath(
        QStringLiteral("wall-%1.png").arg(m_context.clock->now().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"))));
    const QImage image = picture();
    if (image.isNull() || !image.save(path, "PNG"))
        return Error::make(Error::Code::Internal, QStringLiteral("cannot write %1").arg(path));
    return path;
}

} // namespace yw::walldisplay
