#pragma once

#include "wallconfig.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace yw::walldisplay {

// The wall's monitors for the wall's windows and its picture: each monitor's picture area and
// frame in content pixels (wall millimetres × the wall's pixels per millimetre), its output's
// resolution and turn, its place on a processor's desktop, and whether its screen is there.
class MonitorListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the wall display's")
    Q_PROPERTY(int count READ rowCount CONSTANT)
public:
    enum Roles {
        MonitorIdRole = Qt::UserRole + 1,
        OutputRole,
        ScreenNameRole,
        ConnectedRole,
        PictureRectRole, // QRectF, content pixels
        FrameRectRole,   // QRectF, content pixels (picture and bezels)
        DesktopRectRole, // QRect, the processor's desktop pixels
        OutputSizeRole,  // QSize, the output's own pixels
        ResolutionRole,  // QSize, as the viewer sees it
        RotationRole,
    };

    explicit MonitorListModel(const yw::wall::WallConfig &config, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int indexOf(const QString &monitorId) const;
    const yw::wall::WallMonitor &monitor(int row) const { return m_config.monitors().at(row); }
    bool connected(int row) const { return m_connected.at(row); }
    QString screenName(int row) const { return m_screens.at(row); }
    void setScreen(int row, const QString &screenName, bool connected);
    QRectF pictureRect(int row) const;
    QRectF frameRect(int row) const;

private:
    yw::wall::WallConfig m_config;
    QList<bool> m_connected;
    QStringList m_screens;
};

} // namespace yw::walldisplay
