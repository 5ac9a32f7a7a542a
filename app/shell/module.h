#pragma once

#include "error.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>

namespace yw::shell {

class ModuleContext;

// A scene a module offers to the video wall (`yiwang --wall`): the wall opens it in a window with
// an argument (a scenario's key or name; nothing for the map). `create` makes the backend of one
// window's scene, or says why it cannot (NotFound for an unknown argument); the wall loads `qml`
// with its `required property <Type> scene` set to that backend, once per monitor the window
// spans. The backend lives as long as a window shows that scene and argument.
struct WallScene
{
    QString id;
    QString title;
    QUrl qml;
    std::function<yw::core::Result<std::shared_ptr<QObject>>(const QString &argument)> create;
};

// A page a module adds to the settings dialog: the dialog loads `qml` with its
// `required property <Type> settings` set to `backend`, a typed object of the module that keeps
// the values in the workstation's settings (ModuleContext::settings).
struct SettingsPage
{
    QString id;
    QString title;
    QUrl qml;
    QObject *backend = nullptr;
};

// What a module tells the shell while it starts (ModuleStarter), each once, on the GUI thread:
// `interactive` when its workspace can be worked with (the queue board, the map's outlines and
// live cases, the figures), `complete` when every read of its start is in (the map's millions of
// components). complete implies interactive.
struct ModuleStartNotices
{
    std::function<void()> interactive;
    std::function<void()> complete;
};

// A feature module: dispatch, one map, evaluation, scenarios, video wall, training...
// It sees the host only through ModuleContext and meets other modules through core values, the
// store and the change feed, never by reaching into them.
class Module
{
public:
    virtual ~Module();

    virtual QString id() const = 0;
    // Translated, for the navigation.
    virtual QString title() const = 0;
    // Ids of modules that must initialise first.
    virtual QStringList dependencies() const { return {}; }
    // Whether the module belongs on this workstation at all (the training console only in
    // training mode); an unavailable module is left out quietly, without an error.
    virtual bool availableIn(const ModuleContext &context) const
    {
        Q_UNUSED(context);
        return true;
    }
    // Called once, dependencies first: builds the workspace, reads nothing big. An error
    // disables the module and those that need it.
    virtual yw::core::Status initialize(ModuleContext &context) = 0;
    // Starts reading what the workspace shows. The shell starts the module shown first at once
    // and the others in the background after it (or when one is opened); reads run on worker
    // threads where they take long, and stop at shutdown().
    virtual void start(const ModuleStartNotices &notices)
    {
        notices.interactive();
        notices.complete();
    }
    // Called in reverse order when the host shuts down.
    virtual void shutdown() {}

    // Contributions. The workspace page is the module's main screen; the shell loads it with its
    // `required property <Type> workspace` set to workspaceBackend(): a QML type of the module
    // (QML_ELEMENT, QML_UNCREATABLE) that holds the module's small typed objects.
    virtual QUrl workspace() const = 0;
    virtual QObject *workspaceBackend() { return nullptr; }
    virtual QList<WallScene> wallScenes() const { return {}; }
    virtual QList<SettingsPage> settingsPages() const { return {}; }
};

} // namespace yw::shell
