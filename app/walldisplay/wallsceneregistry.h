#pragma once

#include "error.h"
#include "module.h"

#include <QHash>

#include <functional>
#include <memory>

namespace yw::shell {
class ModuleHost;
}

namespace yw::walldisplay {

// The scenes the active modules offer the wall, and the running ones: one backend per scene and
// argument, shared by every window and monitor showing it, made when first needed (starting its
// module's data then). When no window shows it any more it is kept among the last few let go, so
// that a playlist or a preset recalled again shows at once (and fresh) instead of building it anew.
class WallSceneRegistry
{
public:
    using StartModule = std::function<void(const QString &moduleId)>;

    WallSceneRegistry(const yw::shell::ModuleHost &host, StartModule startModule);

    QStringList sceneIds() const;
    QUrl qml(const QString &scene) const;
    QString title(const QString &scene) const;
    // The running backend, or nullptr (nothing is made).
    QObject *running(const QString &scene, const QString &argument) const;
    // The running backend for a scene and argument, made if needed.
    yw::core::Result<std::shared_ptr<QObject>> backend(const QString &scene, const QString &argument);
    // Keeps the backends whose keys are listed (scene + '\n' + argument) and the kSpare used last
    // of the others.
    void keepOnly(const QSet<QString> &keys);
    static constexpr int kSpare = 4;
    static QString key(const QString &scene, const QString &argument) { return scene + QLatin1Char('\n') + argument; }
    int runningCount() const { return int(m_running.size()); }

private:
    struct Offer
    {
        yw::shell::WallScene scene;
        QString moduleId;
    };
    QHash<QString, Offer> m_offers;
    QHash<QString, std::shared_ptr<QObject>> m_running;
    QStringList m_recent; // the running backends' keys, the last used last
    StartModule m_startModule;
};

} // namespace yw::walldisplay
