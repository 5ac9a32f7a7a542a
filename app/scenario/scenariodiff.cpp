#include "scenariodiff.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace yw::scenario {

namespace {
QString point(const QPointF &p)
{
    return QStringLiteral("(%1, %2)").arg(p.x()).arg(p.y());
}

QString size(const QSizeF &s)
{
    return QStringLiteral("%1 × %2").arg(s.width()).arg(s.height());
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
} // namespace

QList<ScenarioChange> ScenarioDiff::between(const ScenarioDocument &before, const ScenarioDocument &after)
{
    using Kind = ScenarioChange::Kind;
    QList<ScenarioChange> out;
    if (before.title() != after.title())
        out << ScenarioChange{Kind::Changed, QStringLiteral("title"), {},
                              QStringLiteral("'%1' → '%2'").arg(before.title(), after.title())};
    if (before.canvas() != after.canvas())
        out << ScenarioChange{Kind::Changed, QStringLiteral("canvas"), {},
                              QStringLiteral("%1 → %2").arg(size(before.canvas()), size(after.canvas()))};
    if (before.theme() != after.theme())
        out << ScenarioChange{Kind::Changed, QStringLiteral("canvas"), {},
                              QCoreApplication::translate("yw::scenario::ScenarioDiff", "theme %1 → %2")
                                  .arg(ScenarioDocument::themeName(before.theme()),
                                       ScenarioDocument::themeName(after.theme()))};
    if (before.refreshSeconds() != after.refreshSeconds())
        out << ScenarioChange{Kind::Changed, QStringLiteral("refresh"), {},
                              QStringLiteral("%1 s → %2 s").arg(before.refreshSeconds()).arg(after.refreshSeconds())};
    auto controlsText = [](const ScenarioDocument &d) {
        QStringList parts;
        for (const ScenarioControl &c : d.controls())
            parts << QStringLiteral("%1 (%2%3)").arg(c.name, ScenarioControl::nameOf(c.kind),
                                                     c.value.isEmpty() ? QString() : QStringLiteral(" = ") + c.value);
        return parts.join(QStringLiteral(", "));
    };
    if (controlsText(before) != controlsText(after))
        out << ScenarioChange{Kind::Changed, QStringLiteral("controls"), {},
                              QStringLiteral("%1 → %2").arg(controlsText(before), controlsText(after))};
    for (const ScenarioWidget &w : before.widgets())
        if (!after.widget(w.id))
            out << ScenarioChange{Kind::Removed, QStringLiteral("widget"), w.id, w.typeName};
    for (const ScenarioWidget &w : after.widgets()) {
        const ScenarioWidget *old = before.widget(w.id);
        if (!old) {
            out << ScenarioChange{Kind::Added, QStringLiteral("widget"), w.id, w.typeName};
            continue;
        }
        QStringList what;
        if (old->typeName != w.typeName)
            what << QCoreApplication::translate("yw::scenario::ScenarioDiff", "type %1 → %2").arg(old->typeName, w.typeName);
        if (old->geometry.topLeft() != w.geometry.topLeft())
            what << QCoreApplication::translate("yw::scenario::ScenarioDiff", "moved from %1 to %2").arg(point(old->geometry.topLeft()), point(w.geometry.topLeft()));
        if (old->geometry.size() != w.geometry.size())
            what << QCoreApplication::translate("yw::scenario::ScenarioDiff", "resized from %1 to %2").arg(size(old->geometry.size()), size(w.geometry.size()));
        if (old->source != w.source)
            what << QCoreApplication::translate("yw::scenario::ScenarioDiff", "source '%1' → '%2'").arg(old->source, w.source);
        for (auto it = w.options.begin(); it != w.options.end(); ++it)
            if (old->options.value(it.key()) != it.value())
                what << QCoreApplication::translate("yw::scenario::ScenarioDiff", "%1 set").arg(it.key());
        for (auto it = old->options.begin(); it != old->options.end(); ++it)
            if (!w.options.contains(it.key()))
                what << QCoreApplication::translate("yw::scenario::ScenarioDiff", "%1 removed").arg(it.key());
        if (!what.isEmpty())
            out << ScenarioChange{Kind::Changed, QStringLiteral("widget"), w.id, what.join(QStringLiteral("; "))};
    }
    for (const ScenarioSource &s : before.sources())
        if (!after.source(s.id))
            out << ScenarioChange{Kind::Removed, QStringLiteral("source"), s.id, s.dataset};
    for (const ScenarioSource &s : after.sources()) {
        const ScenarioSource *old = before.source(s.id);
        if (!old)
            out << ScenarioChange{Kind::Added, QStringLiteral("source"), s.id, s.dataset};
        else if (old->raw != s.raw)
            out << ScenarioChange{Kind::Changed, QStringLiteral("source"), s.id,
                                  QStringLiteral("%1 → %2").arg(compact(old->raw), compact(s.raw))};
    }
    return out;
}

} // namespace yw::scenario
