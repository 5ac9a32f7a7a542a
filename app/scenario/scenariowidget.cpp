#include "scenariowidget.h"

#include <array>

namespace yw::scenario {

namespace {
constexpr std::array<std::pair<WidgetType, const char *>, 13> kNames{{
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

WidgetType ScenarioWidget::typeFromName(const QString &name)
{
    for (const auto &[type, n] : kNames)
        if (name == QLatin1String(n))
            return type;
    return WidgetType::Unknown;
}

QString ScenarioWidget::nameOf(WidgetType type)
{
    for (const auto &[t, n] : kNames)
        if (t == type)
            return QString::fromLatin1(n);
    return QString();
}

} // namespace yw::scenario
