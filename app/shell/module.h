#pragma once

#include "error.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace yw::shell {

class ModuleContext;

// A scene a module offers to the video wall (used by the wall and scenario modules).
struct WallScene
{
    QString id;
    QString title;
    QUrl qml;
};

// A page a module adds to the settings dialog.
struct SettingsPage
{
    QString id;
    QString title;
    QUrl qml;
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
    // Called once, dependencies first. An error disables the module and those that need it.
    virtual yw::core::Status initialize(ModuleContext &context) = 0;
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
