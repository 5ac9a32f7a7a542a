#include "mapsettings.h"

#include <QSettings>
#include <QUrl>

namespace yw::onemap {

namespace {
QString layerKey(const QString &id, const char *what)
{
    return QStringLiteral("onemap/layers/%1/%2").arg(id, QLatin1String(what));
}
} // namespace

MapSettings::MapSettings(QSettings *settings, yw::mapview::LayerListModel &panel, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_panel(panel)
{
    if (m_settings)
        m_servers.setRows(readServers(*m_settings));
    restoreLayers();
    connect(&m_panel, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to, const QList<int> &roles) {
                if (!roles.isEmpty() && !roles.contains(yw::mapview::LayerListModel::VisibleRole) &&
                    !roles.contains(yw::mapview::LayerListModel::OpacityRole))
                    return;
                for (int row = from.row(); row <= to.row(); ++row)
                    keepLayer(row);
            });
}

void MapSettings::restoreLayers()
{
    if (!m_settings)
        return;
    const auto &entries = m_panel.entries();
    for (int row = 0; row < entries.size(); ++row) {
        const QString id = entries[row].layer->id();
        const QVariant visible = m_settings->value(layerKey(id, "visible"));
        const QVariant opacity = m_settings->value(layerKey(id, "opacity"));
        if (visible.isValid())
            m_panel.setVisible(row, visible.toBool());
        if (opacity.isValid())
            m_panel.setOpacity(row, opacity.toDouble());
    }
}

void MapSettings::keepLayer(int row)
{
    if (!m_settings || row < 0 || row >= m_panel.entries().size())
        return;
    const yw::mapview::LayerListModel::Entry &e = m_panel.entries()[row];
    m_settings->setValue(layerKey(e.layer->id(), "visible"), e.visible);
    m_settings->setValue(layerKey(e.layer->id(), "opacity"), e.opacity);
}

QList<RasterServer> MapSettings::readServers(QSettings &s)
{
    QList<RasterServer> out;
    for (int i = 1; i <= kMaxRasterServers; ++i) {
        const QString prefix = QStringLiteral("onemap/raster%1/").arg(i);
        RasterServer r;
        r.url = s.value(prefix + QStringLiteral("url")).toString();
        if (r.url.isEmpty())
            continue;
        r.kind = s.value(prefix + QStringLiteral("kind"), QStringLiteral("xyz")).toString().toLower();
        r.layers = s.value(prefix + QStringLiteral("layers")).toString();
        r.timeoutMs = s.value(prefix + QStringLiteral("timeoutMs"), 5000).toInt();
        r.title = s.value(prefix + QStringLiteral("title")).toString();
        out << r;
    }
    return out;
}

QString MapSettings::saveServer(int row, const RasterServer &in)
{
    RasterServer s = in;
    s.title = s.title.trimmed();
    s.url = s.url.trimmed();
    s.kind = s.kind.trimmed().toLower();
    s.layers = s.layers.trimmed();
    const QUrl url(s.url);
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return tr("The address must start with http:// or https://.");
    if (s.kind != QLatin1String("xyz") && s.kind != QLatin1String("wms") && s.kind != QLatin1String("wmts"))
        return tr("The kind is XYZ, WMS or WMTS.");
    if (s.kind == QLatin1String("xyz") &&
        !(s.url.contains(QLatin1String("{z}")) && s.url.contains(QLatin1String("{x}")) &&
          s.url.contains(QLatin1String("{y}"))))
        return tr("An XYZ address needs {z}, {x} and {y} where the tile goes.");
    if (s.kind != QLatin1String("xyz") && s.layers.isEmpty())
        return tr("A WMS or WMTS server needs the name of the layer to draw.");
    if (s.timeoutMs < 500 || s.timeoutMs > 60000)
        return tr("The time-out is between 0.5 and 60 seconds.");
    QList<RasterServer> rows = m_servers.rows();
    if (row < 0) {
        if (rows.size() >= kMaxRasterServers)
            return tr("At most %1 raster servers.").arg(kMaxRasterServers);
        rows << s;
    } else if (row < rows.size()) {
        rows[row] = s;
    } else {
        return tr("There is no such server.");
    }
    m_servers.setRows(rows);
    writeServers();
    return {};
}

void MapSettings::removeServer(int row)
{
    QList<RasterServer> rows = m_servers.rows();
    if (row < 0 || row >= rows.size())
        return;
    rows.removeAt(row);
    m_servers.setRows(rows);
    writeServers();
}

void MapSettings::writeServers()
{
    if (!m_settings)
        return;
    for (int i = 1; i <= kMaxRasterServers; ++i)
        m_settings->remove(QStringLiteral("onemap/raster%1").arg(i));
    int i = 0;
    for (const RasterServer &r : m_servers.rows()) {
        const QString prefix = QStringLiteral("onemap/raster%1/").arg(++i);
        m_settings->setValue(prefix + QStringLiteral("title"), r.title);
        m_settings->setValue(prefix + QStringLiteral("kind"), r.kind);
        m_settings->setValue(prefix + QStringLiteral("url"), r.url);
        m_settings->setValue(prefix + QStringLiteral("layers"), r.layers);
        m_settings->setValue(prefix + QStringLiteral("timeoutMs"), r.timeoutMs);
    }
}

} // namespace yw::onemap
