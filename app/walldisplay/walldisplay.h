#pragma once

#include "alarmrow.h"
#include "gadgetlistmodel.h"
#include "monitorlistmodel.h"
#include "wallcontroller.h"
#include "wallsceneregistry.h"
#include "wallwindowlistmodel.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSizeF>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QQmlEngine;
class QQuickWindow;
class QScreen;

namespace yw::shell {
class ModuleContext;
class ModuleHost;
} // namespace yw::shell

namespace yw::wall {
class WallRuleEngine;
class HttpControlServer;
class LineControlServer;
class WebSocketControlServer;
} // namespace yw::wall

class QSoundEffect;

namespace yw::walldisplay {

class WallFigureReader;

// `yiwang --wall`: the wall's windows on its screens (one per monitor, or one across a wall
// processor's desktop), the windows of content laid out in wall coordinates (what falls behind a
// bezel is hidden, not squeezed), the scenes the modules offer running in them, and the wall's
// controller with its control ports. It is the controller's WallSceneHost: it says which scenes
// exist and whether one can show an argument, focuses the maps, and takes the wall's picture.
class WallDisplay : public QObject, public yw::wall::WallSceneHost
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by yiwang --wall")
    Q_PROPERTY(yw::walldisplay::MonitorListModel *monitors READ monitors CONSTANT)
    Q_PROPERTY(yw::walldisplay::WallWindowListModel *windows READ windowList CONSTANT)
    Q_PROPERTY(QString mode READ mode NOTIFY modeChanged)
    Q_PROPERTY(QSizeF surfaceSize READ surfaceSize CONSTANT)
    Q_PROPERTY(QSize desktopSize READ desktopSize CONSTANT)
    // The alarms up, latest first, and where their pop-up goes (content pixels: the picture of
    // the monitor nearest the wall's centre, so that no frame cuts through its text).
    Q_PROPERTY(yw::shell::RowListModel *alarms READ alarms CONSTANT)
    Q_PROPERTY(QRectF alarmRect READ alarmRect CONSTANT)
    // On a training database the wall carries the training mark.
    Q_PROPERTY(bool training READ training CONSTANT)
public:
    struct Options
    {
        QString startPreset;
        // Make every monitor's window even where its screen is missing (a screenshot of the
        // whole wall on a machine without the wall's screens).
        bool renderAll = false;
    };

    WallDisplay(const yw::wall::WallConfig &config, yw::shell::ModuleHost &host, yw::shell::ModuleContext &context,
                WallSceneRegistry::StartModule startModule, QQmlEngine &engine, const Options &options);
    ~WallDisplay() override;

    // Restores the layout, opens the windows and listens on the control ports. Errors of the
    // ports are returned after the windows are up (the wall shows even when a port is taken).
    yw::core::Status start();

    MonitorListModel *monitors() { return &m_monitors; }
    WallWindowListModel *windowList() { return &m_windows; }
    QString mode() const { return m_controller->mode(); }
    QSizeF surfaceSize() const;
    QSize desktopSize() const { return m_config.desktopSize(); }
    yw::wall::WallController &controller() { return *m_controller; }
    yw::wall::WallRuleEngine *rules() { return m_rules.get(); }
    yw::shell::RowListModel *alarms() { return &m_alarms; }
    QRectF alarmRect() const;
    bool training() const;
    QList<QQuickWindow *> quickWindows() const;
    // The whole wall as it hangs, at `pixelsPerMm` (the wall's own when 0).
    QImage picture(double pixelsPerMm = 0) const;
    // The control ports actually listened on (0: off or failed): tcp, websocket, http.
    QList<quint16> ports() const { return m_ports; }

    // WallSceneHost
    QStringList sceneIds() const override { return m_registry.sceneIds(); }
    yw::core::Status checkScene(const QString &scene, const QString &argument) override;
    QJsonArray monitorStates() const override;
    QJsonArray sourceStates() const override;
    QString windowTitle(const QString &scene, const QString &argument) const override;
    yw::core::Status focus(double lon, double lat, double zoom) override;
    yw::core::Result<QString> screenshot() override;

signals:
    void modeChanged();

private slots:
    void sourceChanged();

private:
    void syncWindows();
    void syncAlarms();
    void openWindows();
    void bindScreens();
    QQuickWindow *createWindow(const QUrl &qml, const QVariantMap &properties);
    yw::wall::WallLayout defaultLayout() const;

    yw::wall::WallConfig m_config;
    yw::shell::ModuleContext &m_context;
    QQmlEngine &m_engine;
    Options m_options;
    WallSceneRegistry m_registry;
    MonitorListModel m_monitors;
    WallWindowListModel m_windows;
    std::unique_ptr<yw::wall::WallController> m_controller;
    std::unique_ptr<WallFigureReader> m_figures;
    std::unique_ptr<yw::wall::WallRuleEngine> m_rules;
    yw::shell::GadgetListModel<AlarmRow> m_alarms;
    std::unique_ptr<QSoundEffect> m_sound;
    std::unique_ptr<yw::wall::LineControlServer> m_line;
    std::unique_ptr<yw::wall::WebSocketControlServer> m_webSocket;
    std::unique_ptr<yw::wall::HttpControlServer> m_http;
    QList<quint16> m_ports{0, 0, 0};
    // Per monitor in per-screen output; the one window across the desktop otherwise.
    QList<QPointer<QQuickWindow>> m_quickWindows;
    // Backends a window let go of, kept two seconds longer than the delegates that showed them
    // (which go at the next turn of the event loop), then let go for good.
    struct Retiring
    {
        qint64 since;
        std::shared_ptr<QObject> backend;
    };
    QList<Retiring> m_retiring;
    QElapsedTimer m_age;
    QTimer m_retire;
};

} // namespace yw::walldisplay
