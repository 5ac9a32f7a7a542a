#include "monitorlistmodel.h"

namespace yw::walldisplay {

namespace {
QRectF scaled(const QRectF &mm, double k)
{
    return {mm.x() * k, mm.y() * k, mm.width() * k, mm.height() * k};
}
} // namespace

MonitorListModel::MonitorListModel(const yw::wall::WallConfig &config, QObject *parent)
    : QAbstractListModel(parent)
    , m_config(config)
{
    m_connected.fill(false, config.monitors().size());
    for (int i = 0; i < config.monitors().size(); ++i)
        m_screens << QString();
}

int MonitorListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_config.monitors().size());
}

QRectF MonitorListModel::pictureRect(int row) const
{
    return scaled(monitor(row).activeMm, m_config.pixelsPerMm());
}

QRectF MonitorListModel::frameRect(int row) const
{
    return scaled(monitor(row).outerMm(), m_config.pixelsPerMm());
}

QVariant MonitorListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const int row = index.row();
    const yw::wall::WallMonitor &m = monitor(row);
    switch (role) {
    case MonitorIdRole:
        return m.id;
    case OutputRole:
        return m.output;
    case ScreenNameRole:
        return m_screens.at(row);
    case ConnectedRole:
        return m_connected.at(row);
    case PictureRectRole:
        return pictureRect(row);
    case FrameRectRole:
        return frameRect(row);
    case DesktopRectRole:
        return QRect(m.desktop, m.outputResolution());
    case OutputSizeRole:
        return m.outputResolution();
    case ResolutionRole:
        return m.resolution;
    case RotationRole:
        return m.rotation;
    }
    return {};
}

QHash<int, QByteArray> MonitorListModel::roleNames() const
{
    return {{MonitorIdRole, "monitorId"},     {OutputRole, "output"},           {ScreenNameRole, "screenName"},
            {ConnectedRole, "connected"},     {PictureRectRole, "pictureRect"}, {FrameRectRole, "frameRect"},
            {DesktopRectRole, "desktopRect"}, {OutputSizeRole, "outputSize"},   {ResolutionRole, "resolution"},
            {RotationRole, "turn"}};
}

int MonitorListModel::indexOf(const QString &monitorId) const
{
    for (int i = 0; i < m_config.monitors().size(); ++i)
        if (m_config.monitors().at(i).id == monitorId)
            return i;
    return -1;
}

void MonitorListModel::setScreen(int row, const QString &screenName, bool connected)
{
    if (m_screens.at(row) == screenName && m_connected.at(row) == connected)
        return;
    m_screens[row] = screenName;
    m_connected[row] = connected;
    emit dataChanged(index(row), index(row), {ScreenNameRole, ConnectedRole});
}

} // namespace yw::walldisplay
