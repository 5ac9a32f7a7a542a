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

} // namespace yw::scenario
