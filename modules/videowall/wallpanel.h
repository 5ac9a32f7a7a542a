#pragma once

#include "gadgetlistmodel.h"
#include "walllink.h"
#include "wallpanelrows.h"

#include <QObject>
#include <functional>
#include <QtQml/qqmlregistration.h>

namespace yw::shell {
class ModuleContext;
}

namespace yw::videowall {

// The operators' wall panel (大屏): what each monitor of the wall shows, each camera's state and
// the time of its last picture, the preset showing (and whether it was changed since) and the rule
// that chose it, with the presets to recall and day/night; and "send to wall" for the other
// modules (a case, a place on the map, a scenario), which goes to the wall as commands of its
// control protocol under this workstation's token, so the wall's audit log names it.
class WallPanel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the video wall module's")
    Q_PROPERTY(yw::shell::RowListModel *monitors READ monitors CONSTANT)
    Q_PROPERTY(yw::shell::RowListModel *sources READ sources CONSTANT)
    Q_PROPERTY(yw::shell::RowListModel *presets READ presets CONSTANT)
    Q_PROPERTY(bool connected READ connected NOTIFY connectionChanged)
    Q_PROPERTY(QString problem READ problem NOTIFY connectionChanged)
    Q_PROPERTY(QString wallName READ wallName NOTIFY stateChanged)
    Q_PROPERTY(QString activePreset READ activePreset NOTIFY stateChanged)
    Q_PROPERTY(bool modified READ modified NOTIFY stateChanged)
    Q_PROPERTY(QString mode READ mode NOTIFY stateChanged)
    Q_PROPERTY(QString rule READ rule NOTIFY stateChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(QString wallUrl READ wallUrl NOTIFY settingsChanged)
    Q_PROPERTY(QString sendMonitors READ sendMonitors NOTIFY settingsChanged)
public:
    explicit WallPanel(yw::shell::ModuleContext &context, QObject *parent = nullptr);

    // Connects to the wall the workstation's settings name.
    void start();

    yw::shell::RowListModel *monitors() { return &m_monitors; }
    yw::shell::RowListModel *sources() { return &m_sources; }
    yw::shell::RowListModel *presets() { return &m_presets; }
    bool connected() const { return m_link.isConnected(); }
    QString problem() const { return m_link.problem(); }
    QString wallName() const;
    QString activePreset() const;
    bool modified() const;
    QString mode() const;
    QString rule() const;
    QString message() const { return m_message; }
    QString wallUrl() const;
    QString sendMonitors() const;
    WallLink &link() { return m_link; }

    Q_INVOKABLE void recall(const QString &preset);
    Q_INVOKABLE void setMode(const QString &mode);
    // The wall's address (ws://host:port), this workstation's token and the monitors "send to wall"
    // uses ("A4:B4"; empty: the whole wall), kept in the workstation's settings.
    Q_INVOKABLE void configure(const QString &url, const QString &token, const QString &sendMonitors);
    // Send to wall: a window of this workstation's ("desk") on the chosen monitors.
    Q_INVOKABLE void sendCase(const QString &caseNumber);
    Q_INVOKABLE void sendPlace(double lon, double lat, double zoom);
    Q_INVOKABLE void sendScenario(const QString &key);

signals:
    void connectionChanged();
    void stateChanged();
    void messageChanged();
    void settingsChanged();

private:
    void rebuild();
    void readPresets();
    // Sends, and says the outcome in `message` (or, when it went through and `then` is given,
    // goes on with `then`).
    void command(const QJsonObject &c, const QString &done, const std::function<void()> &then = {});
    QJsonObject deskWindow(const QString &scene, const QString &argument) const;

    yw::shell::ModuleContext &m_context;
    WallLink m_link;
    yw::shell::GadgetListModel<WallMonitorRow> m_monitors;
    yw::shell::GadgetListModel<WallSourceRow> m_sources;
    yw::shell::GadgetListModel<WallPresetRow> m_presets;
    QList<WallPresetRow> m_presetRows;
    QString m_message;
};

} // namespace yw::videowall
