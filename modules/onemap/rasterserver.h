#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace yw::onemap {

// A raster map server the one map draws as a basemap layer (XYZ tiles, WMS or WMTS), as kept in
// the workstation's settings (onemap/rasterN/…).
class RasterServer
{
    Q_GADGET
    QML_VALUE_TYPE(rasterServer)
    Q_PROPERTY(QString title MEMBER title)
    Q_PROPERTY(QString kind MEMBER kind)
    Q_PROPERTY(QString url MEMBER url)
    Q_PROPERTY(QString layers MEMBER layers)
    Q_PROPERTY(int timeoutMs MEMBER timeoutMs)
public:
    QString title;
    QString kind = QStringLiteral("xyz"); // xyz, wms or wmts
    QString url;
    QString layers; // WMS/WMTS layer names
    int timeoutMs = 5000;

    bool operator==(const RasterServer &o) const
    {
        return title == o.title && kind == o.kind && url == o.url && layers == o.layers &&
               timeoutMs == o.timeoutMs;
    }
    bool operator!=(const RasterServer &o) const { return !(*this == o); }
};

} // namespace yw::onemap
