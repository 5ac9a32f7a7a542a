#pragma once

#include "error.h"

#include <QJsonObject>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

namespace yw::wall {

class WallConfig;

// One window on the wall canvas: what it shows (a scene a module offers, with its argument: a
// scenario's key, a place) and where, in wall millimetres.
struct WallWindow
{
    QString id;
    QString scene;
    QString argument;
    QRectF rectMm;

    bool operator==(const WallWindow &o) const
    {
        return id == o.id && scene == o.scene && argument == o.argument && rectMm == o.rectMm;
    }
    bool operator!=(const WallWindow &o) const { return !(*this == o); }
};

// What the wall shows: its windows, bottom to top. A preset is a named layout; one saved for some
// monitors (`monitors`) replaces only what lies on them when recalled.
class WallLayout
{
public:
    static constexpr int kMaxWindows = 64;

    QList<WallWindow> windows;
    QStringList monitors; // empty: the whole wall

    const WallWindow *window(const QString &id) const;
    int indexOf(const QString &id) const;

    QJsonObject toJson() const;
    // Checks the layout against the wall it is for: ids, known monitors, windows on the wall.
    static yw::core::Result<WallLayout> fromJson(const QJsonObject &json, const WallConfig &wall);
    // The layout after recalling `preset` over this one.
    WallLayout recalled(const WallLayout &preset, const WallConfig &wall) const;
    // The part of this layout a preset for `monitors` keeps (all of it for none).
    WallLayout on(const QStringList &monitors, const WallConfig &wall) const;

    // The rectangle covering monitors' pictures (union of their active areas); empty if one is
    // unknown.
    static QRectF monitorsRect(const QStringList &monitors, const WallConfig &wall);
    static bool validWindowId(const QString &id);
};

} // namespace yw::wall
