#pragma once

#include "modulehost.h"
#include "modulelistmodel.h"
#include "modulestarter.h"
#include "settingspagelistmodel.h"
#include "platform.h"

#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace yw::shell {

// What the shell window shows and does: the database and its connection, sign-in and first-run
// set-up, the modules, the clock. QML reads it as the `Shell` singleton; it holds no rules of its
// own and passes every action to the session and services below.
class ShellController : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Shell)
    QML_SINGLETON
    Q_PROPERTY(bool ready READ isReady CONSTANT)
    Q_PROPERTY(QString startupError READ startupError CONSTANT)
    Q_PROPERTY(QString databaseName READ databaseName CONSTANT)
    Q_PROPERTY(QString backendName READ backendName CONSTANT)
    // A training database (yiwang --training): every screen carries the training banner and mark.
    Q_PROPERTY(bool training READ isTraining CONSTANT)
    Q_PROPERTY(bool connected READ isConnected NOTIFY connectedChanged)
    Q_PROPERTY(QString workstation READ workstation CONSTANT)
    Q_PROPERTY(bool signedIn READ isSignedIn NOTIFY userChanged)
    Q_PROPERTY(bool needsFirstAdministrator READ needsFirstAdministrator NOTIFY userChanged)
    Q_PROPERTY(QString userName READ userName NOTIFY userChanged)
    Q_PROPERTY(QString userRoles READ userRoles NOTIFY userChanged)
    Q_PROPERTY(QString nowText READ nowText NOTIFY nowChanged)
    Q_PROPERTY(QString dayKind READ dayKind NOTIFY nowChanged)
    Q_PROPERTY(yw::shell::ModuleListModel *modules READ modules CONSTANT)
    // The modules' pages of the settings dialog (kept per workstation).
    Q_PROPERTY(yw::shell::SettingsPageListModel *settingsPages READ settingsPages CONSTANT)
    Q_PROPERTY(QString initialModule READ initialModule CONSTANT)
    Q_PROPERTY(QString language READ language CONSTANT)
    Q_PROPERTY(QStringList moduleErrors READ moduleErrors CONSTANT)
    Q_PROPERTY(QString demoAccounts READ demoAccounts CONSTANT)
    // The modules whose data is still being read (titles, comma-separated), or empty.
    Q_PROPERTY(QString loadingText READ loadingText NOTIFY loadingChanged)

public:
    // platform == nullptr: the database could not be opened; the window shows startupError.
    ShellController(Platform *platform, ModuleHost *host, const QString &startupError,
                    const QString &initialModule, const QString &language,
                    QObject *parent = nullptr);
    ~ShellController() override;

    // The QML singleton is the instance created by main(); see Qt's "QML_SINGLETON" notes.
    static ShellController *create(QQmlEngine *, QJSEngine *engine);
    static ShellController *instance();

    bool isReady() const { return m_platform != nullptr; }
    QString startupError() const { return m_startupError; }
    QString databaseName() const;
    bool isTraining() const;
    QString backendName() const;
    bool isConnected() const;
    QString workstation() const;
    bool isSignedIn() const;
    bool needsFirstAdministrator() const;
    QString userName() const;
    QString userRoles() const;
    QString nowText() const;
    QString dayKind() const;
    ModuleListModel *modules() { return &m_modules; }
    SettingsPageListModel *settingsPages() { return &m_settingsPages; }
    QString initialModule() const { return m_initialModule; }
    QString language() const { return m_language; }
    QStringList moduleErrors() const;
    // On a demo city: which accounts to try, and their password.
    QString demoAccounts() const;

    // Each returns an empty string on success, otherwise the message to show.
    Q_INVOKABLE QString signIn(const QString &login, const QString &password);
    Q_INVOKABLE QString createFirstAdministrator(const QString &login, const QString &displayName,
                                                 const QString &password,
                                                 const QString &confirmation);
    Q_INVOKABLE void signOut();
    // The navigation opened a module's page (its index): its data starts now if not yet.
    Q_INVOKABLE void moduleOpened(int index);
    QString loadingText() const;
    ModuleStarter &starter() { return m_starter; }

    // Explains an error to the user in the interface language.
    static QString describe(const yw::core::Error &e);

signals:
    void connectedChanged();
    void userChanged();
    void nowChanged();
    // A module asked for another's workspace (Navigator::open): its index in the navigation.
    void moduleRequested(int index);
    void loadingChanged();

private:
    Platform *m_platform;
    ModuleHost *m_host;
    QString m_startupError;
    QString m_initialModule;
    QString m_language;
    ModuleListModel m_modules;
    SettingsPageListModel m_settingsPages;
    ModuleStarter m_starter;
    QTimer m_tick;
    void startModulesWhenSignedIn();
};

} // namespace yw::shell
