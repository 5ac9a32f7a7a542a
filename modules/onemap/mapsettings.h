#pragma once

#include "gadgetlistmodel.h"
#include "layerlistmodel.h"
#include "rasterserver.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

class QSettings;

namespace yw::onemap {

// The one map's settings on this workstation (the settings dialog's "Map" page): which layers
// are shown and how opaque, kept as the user leaves them in the layer panel and restored at the
// next start; and the raster map servers drawn as basemaps (they apply at the next start, when
// the map's layers are made). Kept in the workstation's settings (onemap/…).
class MapSettings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by the one map module")
    Q_PROPERTY(yw::mapview::LayerListModel *layers READ layers CONSTANT)
    // RasterServer rows.
    Q_PROPERTY(yw::shell::RowListModel *rasterServers READ rasterServers CONSTANT)
    Q_PROPERTY(int maxRasterServers READ maxRasterServers CONSTANT)

public:
    static constexpr int kMaxRasterServers = 9;

    MapSettings(QSettings *settings, yw::mapview::LayerListModel &panel, QObject *parent = nullptr);

    yw::mapview::LayerListModel *layers() { return &m_panel; }
    yw::shell::RowListModel *rasterServers() { return &m_servers; }
    const QList<RasterServer> &servers() const { return m_servers.rows(); }
    int maxRasterServers() const { return kMaxRasterServers; }

    // Adds (row -1) or replaces a server; empty on success, else why it was refused.
    Q_INVOKABLE QString saveServer(int row, const yw::onemap::RasterServer &server);
    Q_INVOKABLE void removeServer(int row);

    // The servers kept in these settings (MapLayerSet makes its basemaps of them).
    static QList<RasterServer> readServers(QSettings &settings);

private:
    void restoreLayers();
    void keepLayer(int row);
    void writeServers();

    QSettings *m_settings;
    yw::mapview::LayerListModel &m_panel;
    yw::shell::GadgetListModel<RasterServer> m_servers;
};

} // namespace yw::onemap
