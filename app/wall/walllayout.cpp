#include "walllayout.h"

#include "wallconfig.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace yw::wall {

using yw::core::Error;

const WallWindow *WallLayout::window(const QString &id) const
{
    const int i = indexOf(id);
    return i < 0 ? nullptr : &windows.at(i);
}

int WallLayout::indexOf(const QString &id) const
{
    for (int i = 0; i < windows.size(); ++i)
        if (windows.at(i).id == id)
            return i;
    return -1;
}

bool WallLayout::validWindowId(const QString &id)
{
    static const QRegularExpression form(QStringLiteral("^[A-Za-z0-9_-]{1,32}$"));
    return form.match(id).hasMatch();
}

QRectF WallLayout::monitorsRect(const QStringList &monitors, const WallConfig &wall)
{
    QRectF r;
    for (const QString &id : monitors) {
        const WallMonitor *m = wall.monitor(id);
        if (!m)
            return {};
        r |= m->activeMm;
    }
    return r;
}

QJsonObject WallLayout::toJson() const
{
    QJsonArray list;
    for (const WallWindow &w : windows)
        list.append(QJsonObject{{QStringLiteral("id"), w.id},
                                {QStringLiteral("scene"), w.scene},
                                {QStringLiteral("argument"), w.argument},
                                {QStringLiteral("rect"), QJsonArray{w.rectMm.x(), w.rectMm.y(), w.rectMm.width(),
                                                                    w.rectMm.height()}}});
    QJsonObject o{{QStringLiteral("windows"), list}};
    if (!monitors.isEmpty())
        o.insert(QStringLiteral("monitors"), QJsonArray::fromStringList(monitors));
    return o;
}

yw::core::Result<WallLayout> WallLayout::fromJson(const QJsonObject &json, const WallConfig &wall)
{
    WallLayout layout;
    const QJsonArray monitors = json.value(QLatin1String("monitors")).toArray();
    for (const QJsonValue &m : monitors) {
        if (!wall.monitor(m.toString()))
            return Error::make(Error::Code::InvalidInput,
                               QStringLiteral("the layout names monitor %1, which this wall has not").arg(m.toString()));
        layout.monitors << m.toString();
    }
    const QJsonArray windows = json.value(QLatin1String("windows")).toArray();
    if (windows.size() > kMaxWindows)
        return Error::make(Error::Code::InvalidInput, QStringLiteral("a layout has at most %1 windows").arg(kMaxWindows));
    const QRectF extent = wall.extentMm().adjusted(-1, -1, 1, 1);
    for (const QJsonValue &v : windows) {
        const QJsonObject o = v.toObject();
        WallWindow w;
        w.id = o.value(QLatin1String("id")).toString();
        w.scene = o.value(QLatin1String("scene")).toString();
        w.argument = o.value(QLatin1String("argument")).toString();
        const QJsonArray r = o.value(QLatin1String("rect")).toArray();
        if (!validWindowId(w.id) || layout.indexOf(w.id) >= 0)
            return Error::make(Error::Code::InvalidInput,
                               QStringLiteral("a window's id is 1 to 32 of A-Z, a-z, 0-9, - and _, once per layout"));
        if (w.scene.isEmpty() || w.scene.size() > 64 || w.argument.size() > 400)
            return Error::make(Error::Code::InvalidInput, QStringLiteral("window %1 needs its scene").arg(w.id));
        if (r.size() != 4)
            return Error::make(Error::Code::InvalidInput, QStringLiteral("window %1 needs its rect [x, y, width, height] in mm")
                                                              .arg(w.id));
        w.rectMm = QRectF(r.at(0).toDouble(), r.at(1).toDouble(), r.at(2).toDouble(), r.at(3).toDouble());
        if (w.rectMm.width() < 10 || w.rectMm.height() < 10 || !extent.contains(w.rectMm))
            return Error::make(Error::Code::InvalidInput,
                               QStringLiteral("window %1 is not on the wall (at least 10 mm each way, inside %2 × %3 mm)")
                                   .arg(w.id)
                                   .arg(wall.extentMm().width())
                                   .arg(wall.extentMm().height()));
        layout.windows << w;
    }
    return layout;
}

WallLayout WallLayout::on(const QStringList &ids, const WallConfig &wall) const
{
    if (ids.isEmpty())
        return *this;
    WallLayout part;
    part.monitors = ids;
    const QRectF area = monitorsRect(ids, wall).adjusted(-1, -1, 1, 1);
    for (const WallWindow &w : windows)
        if (area.contains(w.rectMm))
            part.windows << w;
    return part;
}

WallLayout WallLayout::recalled(const WallLayout &preset, const WallConfig &wall) const
{
    if (preset.monitors.isEmpty())
        return preset;
    // A preset for some monitors: what lies wholly or partly on them goes, the rest stays under
    // the preset's windows.
    const QRectF area = monitorsRect(preset.monitors, wall);
    WallLayout out;
    for (const WallWindow &w : windows) {
        const QRectF common = w.rectMm & area;
        if ((common.width() <= 1 || common.height() <= 1) && preset.indexOf(w.id) < 0)
            out.windows << w;
    }
    out.windows << preset.windows;
    return out;
}

} // namespace yw::wall
