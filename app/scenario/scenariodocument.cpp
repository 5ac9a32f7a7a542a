#include "scenariodocument.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

namespace yw::scenario {

using yw::core::Error;
using yw::core::Result;

namespace {
// The parts of a document this version knows; anything else is kept and noted.
const QStringList kKnownParts = {QStringLiteral("schemaVersion"), QStringLiteral("title"),
                                 QStringLiteral("canvas"), QStringLiteral("widgets"),
                                 QStringLiteral("sources"), QStringLiteral("controls"),
                                 QStringLiteral("refreshSeconds")};
constexpr int kMinSide = 320;
constexpr int kMaxSide = 32768; // a wall of eight 4K screens in a row is 30,720 pixels wide

Error invalid(const QString &message)
{
    return Error::make(Error::Code::InvalidInput, message);
}

bool isWholeNumber(const QJsonValue &v)
{
    return v.isDouble() && v.toDouble() == double(qint64(v.toDouble()));
}
} // namespace

QString ScenarioDocument::themeName(Theme theme)
{
    return theme == Theme::DeskLight ? QStringLiteral("desk-light") : QStringLiteral("wall-dark");
}

ScenarioDocument ScenarioDocument::blank(const QString &title, QSize canvas, Theme theme)
{
    ScenarioDocument d;
    d.m_title = title;
    d.m_canvas = canvas;
    d.m_theme = theme;
    return d;
}

Result<ScenarioDocument> ScenarioDocument::parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return invalid(QStringLiteral("not JSON: %1 at byte %2").arg(error.errorString()).arg(error.offset));
    if (!parsed.isObject())
        return invalid(QStringLiteral("a scenario is a JSON object"));
    ScenarioDocument d;
    d.m_raw = parsed.object();
    const QJsonObject &o = d.m_raw;
    const QJsonValue version = o.value(QLatin1String("schemaVersion"));
    if (!isWholeNumber(version) || version.toInt() < 1)
        return invalid(QStringLiteral("schemaVersion must be a whole number from 1"));
    d.m_schemaVersion = version.toInt();
    if (d.m_schemaVersion > kSchemaVersion)
        d.m_notices << QStringLiteral("written by a newer Yiwang (scenario schema %1; this one reads %2): what it "
                                      "added is kept but may not show")
                           .arg(d.m_schemaVersion)
                           .arg(kSchemaVersion);
    d.m_title = o.value(QLatin1String("title")).toString();

    const QJsonObject canvas = o.value(QLatin1String("canvas")).toObject();
    const QJsonValue w = canvas.value(QLatin1String("width")), h = canvas.value(QLatin1String("height"));
    if (!isWholeNumber(w) || !isWholeNumber(h) || w.toInt() < kMinSide || h.toInt() < kMinSide
        || w.toInt() > kMaxSide || h.toInt() > kMaxSide)
        return invalid(QStringLiteral("canvas: width and height must be whole pixels from %1 to %2")
                           .arg(kMinSide)
                           .arg(kMaxSide));
    d.m_canvas = QSize(w.toInt(), h.toInt());
    const QString theme = canvas.value(QLatin1String("theme")).toString(QStringLiteral("wall-dark"));
    if (theme == QLatin1String("desk-light"))
        d.m_theme = Theme::DeskLight;
    else if (theme != QLatin1String("wall-dark"))
        d.m_notices << QStringLiteral("canvas: theme '%1' is not known; the wall's dark theme is used").arg(theme);

    QSet<QString> sourceIds;
    const QJsonArray sources = o.value(QLatin1String("sources")).toArray();
    for (qsizetype i = 0; i < sources.size(); ++i) {
        const QJsonObject s = sources[i].toObject();
        ScenarioSource source{s.value(QLatin1String("id")).toString(), s.value(QLatin1String("dataset")).toString(), s};
        if (source.id.isEmpty() || source.dataset.isEmpty())
            return invalid(QStringLiteral("sources[%1]: a source needs an id and a dataset").arg(i));
        if (sourceIds.contains(source.id))
            return invalid(QStringLiteral("sources[%1]: the id '%2' is used twice").arg(i).arg(source.id));
        sourceIds.insert(source.id);
        d.m_sources << source;
    }

    QSet<QString> widgetIds;
    const QJsonArray widgets = o.value(QLatin1String("widgets")).toArray();
    for (qsizetype i = 0; i < widgets.size(); ++i) {
        const QJsonObject x = widgets[i].toObject();
        ScenarioWidget widget;
        widget.raw = x;
        widget.id = x.value(QLatin1String("id")).toString();
        if (widget.id.isEmpty())
            return invalid(QStringLiteral("widgets[%1]: a widget needs an id").arg(i));
        if (widgetIds.contains(widget.id))
            return invalid(QStringLiteral("widgets[%1]: the id '%2' is used twice").arg(i).arg(widget.id));
        widgetIds.insert(widget.id);
        widget.typeName = x.value(QLatin1String("type")).toString();
        widget.type = ScenarioWidget::typeFromName(widget.typeName);
        if (widget.type == WidgetType::Unknown)
            d.m_notices << QStringLiteral("widget '%1': the type '%2' is not known to this version; a placeholder "
                                          "stands in its place")
                               .arg(widget.id, widget.typeName);
        const QJsonValue gx = x.value(QLatin1String("x")), gy = x.value(QLatin1String("y")),
                         gw = x.value(QLatin1String("width")), gh = x.value(QLatin1String("height"));
        if (!gx.isDouble() || !gy.isDouble() || !gw.isDouble() || !gh.isDouble() || gw.toDouble() <= 0
            || gh.toDouble() <= 0)
            return invalid(QStringLiteral("widget '%1': x, y, width and height (canvas pixels, the size above "
                                          "zero) are needed")
                               .arg(widget.id));
        widget.geometry = QRectF(gx.toDouble(), gy.toDouble(), gw.toDouble(), gh.toDouble());
        if (!QRectF(QPointF(0, 0), QSizeF(d.m_canvas)).intersects(widget.geometry))
            d.m_notices << QStringLiteral("widget '%1' lies outside the canvas").arg(widget.id);
        widget.source = x.value(QLatin1String("source")).toString();
        if (!widget.source.isEmpty() && !sourceIds.contains(widget.source))
            d.m_notices << QStringLiteral("widget '%1' reads the source '%2', which the scenario does not have; it "
                                          "stays empty")
                               .arg(widget.id, widget.source);
        widget.options = x.value(QLatin1String("options")).toObject();
        d.m_widgets << widget;
    }
    const QJsonValue refresh = o.value(QLatin1String("refreshSeconds"));
    if (!refresh.isUndefined()) {
        if (!isWholeNumber(refresh) || refresh.toInteger() < 0 || refresh.toInteger() > 86400)
            return invalid(QStringLiteral("refreshSeconds: a whole number of seconds, 0 to 86400"));
        d.m_refreshSeconds = int(refresh.toInteger());
    }
    const QJsonArray controls = o.value(QLatin1String("controls")).toArray();
    QSet<QString> controlNames;
    for (qsizetype i = 0; i < controls.size(); ++i) {
        const QJsonObject c = controls.at(i).toObject();
        ScenarioControl control;
        control.name = c.value(QLatin1String("name")).toString();
        if (control.name.isEmpty() || controlNames.contains(control.name))
            return invalid(QStringLiteral("controls[%1]: each control needs a name of its own").arg(i));
        controlNames.insert(control.name);
        const QString kind = c.value(QLatin1String("kind")).toString();
        if (!ScenarioControl::kindFromName(kind, &control.kind))
            return invalid(QStringLiteral("controls[%1].kind: '%2' is not district, department, class or period")
                               .arg(i).arg(kind));
        control.title = c.value(QLatin1String("title")).toString();
        control.value = c.value(QLatin1String("value")).toVariant().toString();
        d.m_controls << control;
    }
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!kKnownParts.contains(it.key()))
            d.m_notices << QStringLiteral("the part '%1' is not known to this version; it is kept as it is").arg(it.key());
    return d;
}

QByteArray ScenarioDocument::toJson() const
{
    QJsonObject o = m_raw;
    o.insert(QLatin1String("schemaVersion"), std::max(m_schemaVersion, kSchemaVersion));
    o.insert(QLatin1String("title"), m_title);
    QJsonObject canvas = m_raw.value(QLatin1String("canvas")).toObject();
    canvas.insert(QLatin1String("width"), m_canvas.width());
    canvas.insert(QLatin1String("height"), m_canvas.height());
    canvas.insert(QLatin1String("theme"), themeName(m_theme));
    o.insert(QLatin1String("canvas"), canvas);
    QJsonArray widgets;
    for (const ScenarioWidget &w : m_widgets)
        widgets.append(w.toJson());
    o.insert(QLatin1String("widgets"), widgets);
    QJsonArray sources;
    for (const ScenarioSource &s : m_sources)
        sources.append(s.raw);
    o.insert(QLatin1String("sources"), sources);
    QJsonArray controls;
    for (const ScenarioControl &c : m_controls)
        controls.append(c.toJson());
    if (!controls.isEmpty() || o.contains(QLatin1String("controls")))
        o.insert(QLatin1String("controls"), controls);
    if (m_refreshSeconds != 60 || o.contains(QLatin1String("refreshSeconds")))
        o.insert(QLatin1String("refreshSeconds"), m_refreshSeconds);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

const ScenarioWidget *ScenarioDocument::widget(const QString &id) const
{
    for (const ScenarioWidget &w : m_widgets)
        if (w.id == id)
            return &w;
    return nullptr;
}

const ScenarioSource *ScenarioDocument::source(const QString &id) const
{
    for (const ScenarioSource &s : m_sources)
        if (s.id == id)
            return &s;
    return nullptr;
}

void ScenarioDocument::putWidget(const ScenarioWidget &widget)
{
    for (ScenarioWidget &w : m_widgets)
        if (w.id == widget.id) {
            w = widget;
            return;
        }
    m_widgets << widget;
}

bool ScenarioDocument::removeWidget(const QString &id)
{
    return m_widgets.removeIf([&](const ScenarioWidget &w) { return w.id == id; }) > 0;
}

void ScenarioDocument::putSource(const ScenarioSource &source)
{
    ScenarioSource s = source;
    s.raw.insert(QLatin1String("id"), s.id);
    s.raw.insert(QLatin1String("dataset"), s.dataset);
    for (ScenarioSource &x : m_sources)
        if (x.id == s.id) {
            x = s;
            return;
        }
    m_sources << s;
}

bool ScenarioDocument::removeSource(const QString &id)
{
    return m_sources.removeIf([&](const ScenarioSource &s) { return s.id == id; }) > 0;
}

} // namespace yw::scenario
