#include "shellcontroller.h"

#include "errormessages.h"

#include "passwordhasher.h"

#include <QJSEngine>
#include <QLocale>

namespace yw::shell {

using namespace yw::core;

namespace {
ShellController *s_instance = nullptr;
}

ShellController::ShellController(Platform *platform, ModuleHost *host, const QString &startupError,
                                 const QString &initialModule, const QString &language,
                                 QObject *parent)
    : QObject(parent)
    , m_platform(platform)
    , m_host(host)
    , m_startupError(startupError)
    , m_initialModule(initialModule)
    , m_language(language)
    , m_starter(*host)
{
    Q_ASSERT(!s_instance);
    s_instance = this;
    m_modules.reset(host);
    m_settingsPages.reset(host);
    if (m_platform) {
        connect(&m_platform->changeFeed(), &yw::store::ChangeFeed::connectedChanged, this,
                &ShellController::connectedChanged);
        connect(&m_platform->session(), &Session::userChanged, this, &ShellController::userChanged);
        connect(&m_platform->navigator(), &Navigator::openRequested, this,
                [this](const QString &id) {
                    const int i = m_modules.indexOf(id);
                    if (i >= 0)
                        emit moduleRequested(i);
                });
        connect(&m_platform->clock(), &Clock::jumped, this, &ShellController::nowChanged);
        // The modules read what their users may see: they start once someone signed in.
        connect(&m_platform->session(), &Session::userChanged, this,
                &ShellController::startModulesWhenSignedIn);
        connect(&m_starter, &ModuleStarter::loadingChanged, this, &ShellController::loadingChanged);
    }
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &ShellController::nowChanged);
    m_tick.start();
    // Signed in from the command line: start once the window is being built.
    QTimer::singleShot(0, this, &ShellController::startModulesWhenSignedIn);
}

void ShellController::startModulesWhenSignedIn()
{
    if (!isSignedIn() || m_starter.hasBegun())
        return;
    QString first = m_initialModule;
    if (first.isEmpty() && m_modules.rowCount() > 0)
        first = m_modules.data(m_modules.index(0), ModuleListModel::IdRole).toString();
    m_starter.begin(first);
}

void ShellController::moduleOpened(int index)
{
    m_starter.open(m_modules.data(m_modules.index(index), ModuleListModel::IdRole).toString());
}

QString ShellController::loadingText() const
{
    const QStringList titles = m_starter.loading();
    return titles.isEmpty() ? QString() : tr("Loading: %1").arg(titles.join(QStringLiteral(", ")));
}

ShellController::~ShellController()
{
    s_instance = nullptr;
}

ShellController *ShellController::create(QQmlEngine *, QJSEngine *engine)
{
    Q_ASSERT(s_instance);
    // The engine must not delete the instance main() owns.
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    Q_UNUSED(engine);
    return s_instance;
}

ShellController *ShellController::instance()
{
    return s_instance;
}

bool ShellController::isTraining() const
{
    return m_platform && m_platform->isTraining();
}

QString ShellController::databaseName() const
{
    return m_platform ? m_platform->database().location().displayName() : QString();
}

QString ShellController::backendName() const
{
    if (!m_platform)
        return {};
    return m_platform->database().isPostgres() ? QStringLiteral("PostgreSQL")
                                               : QStringLiteral("SQLite");
}

bool ShellController::isConnected() const
{
    return m_platform && m_platform->changeFeed().isConnected();
}

QString ShellController::workstation() const
{
    return m_platform ? m_platform->database().workstation() : QString();
}

bool ShellController::isSignedIn() const
{
    return m_platform && m_platform->session().isSignedIn();
}

bool ShellController::needsFirstAdministrator() const
{
    if (!m_platform)
        return false;
    auto has = m_platform->context().auth->hasUsers();
    return has.ok() && !has.value();
}

QString ShellController::userName() const
{
    if (!isSignedIn())
        return {};
    const User &u = m_platform->session().user();
    return u.displayName.isEmpty() ? u.login : u.displayName;
}

QString ShellController::userRoles() const
{
    if (!isSignedIn())
        return {};
    QStringList names;
    for (Role r : m_platform->session().user().roleList())
        names << displayName(r);
    return names.join(QStringLiteral(" · "));
}

QString ShellController::nowText() const
{
    if (!m_platform)
        return {};
    const QTimeZone &tz = m_platform->context().calendar->timeZone();
    const QDateTime local = m_platform->clock().now().toTimeZone(tz);
    return QLocale().toString(local, QStringLiteral("yyyy-MM-dd ddd HH:mm:ss"));
}

QString ShellController::dayKind() const
{
    if (!m_platform)
        return {};
    const WorkCalendar &cal = *m_platform->context().calendar;
    const QDate day = m_platform->clock().now().toTimeZone(cal.timeZone()).date();
    return cal.isWorkingDay(day) ? tr("Working day") : tr("Day off");
}

QStringList ShellController::moduleErrors() const
{
    return m_host ? m_host->errors() : QStringList();
}

QString ShellController::demoAccounts() const
{
    if (!m_platform)
        return {};
    const QString mark = m_platform->database().metaValue(QStringLiteral("demo_city"));
    if (mark.isEmpty())
        return {};
    return tr("Demo city: sign in as shift1 (shift leader), dispatch01, intake01, inspector001, "
              "leader1 or admin; "
              "password %1")
        .arg(mark.section(QStringLiteral("password "), 1));
}

QString ShellController::signIn(const QString &login, const QString &password)
{
    if (!m_platform)
        return m_startupError;
    if (login.trimmed().isEmpty())
        return tr("Enter your login.");
    const Status s = m_platform->session().signIn(login.trimmed(), password);
    return s ? QString() : describe(s.error());
}

QString ShellController::createFirstAdministrator(const QString &login, const QString &displayName,
                                                  const QString &password,
                                                  const QString &confirmation)
{
    if (!m_platform)
        return m_startupError;
    if (login.trimmed().isEmpty())
        return tr("Enter a login for the administrator.");
    if (password != confirmation)
        return tr("The two passwords differ.");
    if (!yw::store::PasswordHasher::checkStrength(password))
        return tr("A password needs at least 8 characters, with letters and digits.");
    const Status s = m_platform->session().createFirstAdministrator(
        login.trimmed(), displayName.trimmed(), password);
    if (!s)
        return describe(s.error());
    emit userChanged();
    return {};
}

void ShellController::signOut()
{
    if (m_platform)
        m_platform->session().signOut();
}

QString ShellController::describe(const Error &e)
{
    return ErrorMessages::describe(e);
}

} // namespace yw::shell
