#include "scenariowidget.h"

#include "namedvalues.h"

namespace yw::scenario {

namespace {
constexpr yw::core::NameTable<WidgetType, 13> kNames{{
    {WidgetType::Kpi, "kpi"},
    {WidgetType::Line, "line"},
    {WidgetType::Bar, "bar"},
    {WidgetType::Area, "area"},
    {WidgetType::Pie, "pie"},
    {WidgetType::Ranking, "ranking"},
    {WidgetType::Table, "table"},
    {WidgetType::Map, "map"},
    {WidgetType::Ticker, "ticker"},
    {WidgetType::Clock, "clock"},
    {WidgetType::Text, "text"},
    {WidgetType::Image, "image"},
    {WidgetType::Video, "video"},
}};
} // namespace

QJsonObject ScenarioWidget::toJson() const
{
    QJsonObject x = raw;
    x.insert(QLatin1String("id"), id);
    x.insert(QLatin1String("type"), type == WidgetType::Unknown ? typeName : nameOf(type));
    x.insert(QLatin1String("x"), geometry.x());
    x.insert(QLatin1String("y"), geometry.y());
    x.insert(QLatin1String("width"), geometry.width());
    x.insert(QLatin1String("height"), geometry.height());
    if (source.isEmpty())
        x.remove(QLatin1String("source"));
    else
        x.insert(QLatin1String("source"), source);
    if (options.isEmpty())
        x.remove(QLatin1String("options"));
    else
        x.insert(QLatin1String("options"), options);
    return x;
}

WidgetType ScenarioWidget::typeFromName(const QString &name)
{
    WidgetType type = WidgetType::Unknown;
    yw::core::valueIn(kNames, name, &type);
    return type;
}

QString ScenarioWidget::nameOf(WidgetType type)
{
    return yw::core::nameIn(kNames, type);
}

bool ScenarioWidget::readsData(WidgetType type)
{
    switch (type) {
    case WidgetType::Clock:
    case WidgetType::Text:
    case WidgetType::Image:
    case WidgetType::Video:
    case WidgetType::Unknown: return false;
    default: return true;
    }
}

namespace {
constexpr std::pair<ScenarioControl::Kind, const char *> kControlKinds[] = {
    {ScenarioControl::Kind::District, "district"},
    {ScenarioControl::Kind::Department, "department"},
    {ScenarioControl::Kind::Class, "class"},
    {ScenarioControl::Kind::Period, "period"},
};
} // namespace

bool ScenarioControl::kindFromName(const QString &name, Kind *kind)
{
    for (const auto &[k, n] : kControlKinds)
        if (name == QLatin1String(n)) {
            *kind = k;
            return true;
        }
    return false;
}

QString ScenarioControl::nameOf(Kind kind)
{
    for (const auto &[k, n] : kControlKinds)
        if (k == kind)
            return QLatin1String(n);
    return {};
}

QJsonObject ScenarioControl::toJson() const
{
    QJsonObject o{{"name", name}, {"kind", nameOf(kind)}};
    if (!title.isEmpty())
        o.insert(QLatin1String("title"), title);
    if (!value.isEmpty())
        o.insert(QLatin1String("value"), value);
    return o;
}

} // namespace yw::scenario
