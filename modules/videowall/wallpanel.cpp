#include "wallpanel.h"

#include "modulecontext.h"
#include "navigator.h"

#include <QJsonArray>
#include <QSettings>

namespace yw::videowall {

namespace {
constexpr const char *kUrlKey = "videowall/url";
constexpr const char *kTokenKey = "videowall/token";
constexpr const char *kMonitorsKey = "videowall/sendMonitors";
} // namespace

WallPanel::WallPanel(yw::shell::ModuleContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
    connect(&m_link, &WallLink::connectionChanged, this, [this] {
        emit connectionChanged();
        if (m_link.isConnected())
            readPresets();
    });
    connect(&m_link, &WallLink::stateChanged, this, &WallPanel::rebuild);
    connect(&m_link, &WallLink::wallEvent, this, [this](const QJsonObject &e) {
        const QString name = e.value(QLatin1String("event")).toString();
        if (name == QLatin1String("preset-saved") || name == QLatin1String("preset-deleted"))
            readPresets();
    });
    if (context.navigator) {
        connect(context.navigator, &yw::shell::Navigator::wallRequested, this,
                [this](yw::shell::Navigator::WallContent what, const QString &argument) {
                    using C = yw::shell::Navigator::WallContent;
                    if (what == C::Case) {
                        sendCase(argument);
                    } else if (what == C::Scenario) {
                        sendScenario(argument);
                    } else {
                        const QStringList p = argument.split(QLatin1Char(','));
                        sendPlace(p.value(0).toDouble(), p.value(1).toDouble(), p.value(2).toDouble());
                    }
                });
    }
}

void WallPanel::start()
{
    const QSettings *s = m_context.settings;
    m_link.setTarget(s ? QUrl(s->value(QLatin1String(kUrlKey)).toString()) : QUrl(),
                     s ? s->value(QLatin1String(kTokenKey)).toString() : QString());
}

QString WallPanel::wallUrl() const
{
    return m_context.settings ? m_context.settings->value(QLatin1String(kUrlKey)).toString() : QString();
}

QString WallPanel::sendMonitors() const
{
    return m_context.settings ? m_context.settings->value(QLatin1String(kMonitorsKey)).toString() : QString();
}

void WallPanel::configure(const QString &url, const QString &token, const QString &sendMonitors)
{
    if (!m_context.settings)
        return;
    m_context.settings->setValue(QLatin1String(kUrlKey), url.trimmed());
    if (!token.isEmpty())
        m_context.settings->setValue(QLatin1String(kTokenKey), token);
    m_context.settings->setValue(QLatin1String(kMonitorsKey), sendMonitors.trimmed());
    emit settingsChanged();
    start();
}

QString WallPanel::wallName() const
{
    return m_link.state().value(QLatin1String("name")).toString();
}
QString WallPanel::activePreset() const
{
    return m_link.state().value(QLatin1String("preset")).toString();
}
bool WallPanel::modified() const
{
    return m_link.state().value(QLatin1String("modified")).toBool();
}
QString WallPanel::mode() const
{
    return m_link.state().value(QLatin1String("mode")).toString();
}
QString WallPanel::rule() const
{
    return m_link.state().value(QLatin1String("rule")).toString();
}

void WallPanel::rebuild()
{
    const QJsonObject state = m_link.state();
    QHash<QString, QString> showing;
    for (const QJsonValue &w : state.value(QLatin1String("windows")).toArray()) {
        const QJsonObject o = w.toObject();
        const QString argument = o.value(QLatin1String("argument")).toString();
        const QString title = o.value(QLatin1String("title")).toString();
        showing.insert(o.value(QLatin1String("id")).toString(),
                       !title.isEmpty()      ? title
                       : argument.isEmpty() ? o.value(QLatin1String("scene")).toString()
                                            : QStringLiteral("%1 %2").arg(o.value(QLatin1String("scene")).toString(), argument));
    }
    QList<WallMonitorRow> monitors;
    for (const QJsonValue &m : state.value(QLatin1String("monitors")).toArray()) {
        const QJsonObject o = m.toObject();
        QStringList shows;
        for (const QJsonValue &id : o.value(QLatin1String("windows")).toArray())
            shows << showing.value(id.toString());
        monitors << WallMonitorRow{o.value(QLatin1String("id")).toString(), o.value(QLatin1String("connected")).toBool(),
                                   o.value(QLatin1String("screen")).toString(), shows.join(QStringLiteral(" · "))};
    }
    m_monitors.setRows(monitors);
    QList<WallSourceRow> sources;
    for (const QJsonValue &v : state.value(QLatin1String("sources")).toArray()) {
        const QJsonObject o = v.toObject();
        sources << WallSourceRow{o.value(QLatin1String("id")).toString(), o.value(QLatin1String("name")).toString(),
                                 o.value(QLatin1String("state")).toString(), o.value(QLatin1String("lastFrame")).toString(),
                                 o.value(QLatin1String("problem")).toString()};
    }
    m_sources.setRows(sources);
    for (WallPresetRow &p : m_presetRows)
        p.active = p.name == activePreset();
    m_presets.setRows(m_presetRows);
    emit stateChanged();
}

void WallPanel::readPresets()
{
    m_link.send({{QStringLiteral("command"), QStringLiteral("presets")}}, [this](const QJsonObject &r) {
        m_presetRows.clear();
        for (const QJsonValue &v : r.value(QLatin1String("result")).toObject().value(QLatin1String("presets")).toArray()) {
            const QJsonObject o = v.toObject();
            m_presetRows << WallPresetRow{o.value(QLatin1String("name")).toString(),
                                          o.value(QLatin1String("savedBy")).toString(), false};
        }
        rebuild();
    });
}

void WallPanel::command(const QJsonObject &c, const QString &done, const std::function<void()> &then)
{
    m_link.send(c, [this, done, then](const QJsonObject &r) {
        const bool ok = r.value(QLatin1String("ok")).toBool();
        if (ok && then) {
            then();
            return;
        }
        m_message = ok ? done : tr("The wall refused: %1").arg(r.value(QLatin1String("message")).toString());
        emit messageChanged();
    });
}

void WallPanel::recall(const QString &preset)
{
    command({{QStringLiteral("command"), QStringLiteral("recall")}, {QStringLiteral("preset"), preset}},
            tr("Preset %1 is on the wall").arg(preset));
}

void WallPanel::setMode(const QString &mode)
{
    command({{QStringLiteral("command"), QStringLiteral("mode")}, {QStringLiteral("mode"), mode}},
            mode == QLatin1String("night") ? tr("The wall is in night mode") : tr("The wall is in day mode"));
}

QJsonObject WallPanel::deskWindow(const QString &scene, const QString &argument) const
{
    QJsonObject o{{QStringLiteral("command"), QStringLiteral("open")},
                  {QStringLiteral("window"), QStringLiteral("desk")},
                  {QStringLiteral("scene"), scene},
                  {QStringLiteral("argument"), argument}};
    QString range = sendMonitors();
    QStringList monitors = range.replace(QLatin1Char(':'), QLatin1Char(',')).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (monitors.isEmpty())
        for (const QJsonValue &m : m_link.state().value(QLatin1String("monitors")).toArray())
            monitors << m.toObject().value(QLatin1String("id")).toString();
    o.insert(QStringLiteral("monitors"), QJsonArray::fromStringList(monitors));
    return o;
}

void WallPanel::sendCase(const QString &caseNumber)
{
    // A map in the workstation's window, then the case's place on it.
    command(deskWindow(QStringLiteral("map"), QString()), {}, [this, caseNumber] {
        command({{QStringLiteral("command"), QStringLiteral("focus")}, {QStringLiteral("case"), caseNumber}},
                tr("Case %1 is on the wall").arg(caseNumber));
    });
}

void WallPanel::sendPlace(double lon, double lat, double zoom)
{
    command(deskWindow(QStringLiteral("map"), QStringLiteral("%1,%2,%3").arg(lon, 0, 'f', 6).arg(lat, 0, 'f', 6).arg(qBound(3.0, zoom, 20.0))),
            tr("The map view is on the wall"));
}

void WallPanel::sendScenario(const QString &key)
{
    command(deskWindow(QStringLiteral("scenario"), key), tr("The scenario is on the wall"));
}

} // namespace yw::videowall
