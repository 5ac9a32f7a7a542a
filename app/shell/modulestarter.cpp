#include "modulestarter.h"

#include "startuptrace.h"

#include <QPointer>
#include <QTimer>

namespace yw::shell {

ModuleStarter::ModuleStarter(const ModuleHost &host, QObject *parent)
    : QObject(parent)
    , m_host(host)
{}

void ModuleStarter::begin(const QString &firstId)
{
    if (m_begun)
        return;
    m_begun = true;
    for (const ModuleHost::Entry &e : m_host.entries())
        if (e.active)
            m_order << e.module->id();
    if (m_order.contains(firstId))
        m_order.move(m_order.indexOf(firstId), 0);
    emit loadingChanged();
    if (m_order.isEmpty()) {
        emit allReady();
        return;
    }
    startModule(m_order.first());
}

void ModuleStarter::open(const QString &id)
{
    if (m_begun && m_order.contains(id) && !m_started.contains(id))
        startModule(id);
}

QStringList ModuleStarter::loading() const
{
    QStringList out;
    if (!m_begun)
        return out;
    for (const QString &id : m_order)
        if (!m_complete.contains(id))
            if (Module *m = m_host.find(id))
                out << m->title();
    return out;
}

void ModuleStarter::startModule(const QString &id)
{
    Module *module = m_host.find(id);
    if (!module || m_started.contains(id))
        return;
    m_started.insert(id);
    StartupTrace::mark(QStringLiteral("start"), id);
    // A module may answer at once, from inside start().
    QPointer<ModuleStarter> self(this);
    ModuleStartNotices notices;
    notices.interactive = [self, id] {
        if (self)
            self->markInteractive(id);
    };
    notices.complete = [self, id] {
        if (self)
            self->markComplete(id);
    };
    module->start(notices);
}

void ModuleStarter::startNext()
{
    for (const QString &id : std::as_const(m_order))
        if (!m_started.contains(id)) {
            startModule(id);
            return;
        }
}

void ModuleStarter::markInteractive(const QString &id)
{
    if (m_interactive.contains(id))
        return;
    m_interactive.insert(id);
    StartupTrace::mark(QStringLiteral("interactive"), id);
    emit interactive(id);
    if (id == m_order.first())
        emit firstInteractive(id);
    // After this turn of the event loop: the page that just got its data draws first.
    QTimer::singleShot(0, this, &ModuleStarter::startNext);
}

void ModuleStarter::markComplete(const QString &id)
{
    if (m_complete.contains(id))
        return;
    markInteractive(id);
    m_complete.insert(id);
    StartupTrace::mark(QStringLiteral("complete"), id);
    emit complete(id);
    emit loadingChanged();
    if (isAllReady()) {
        StartupTrace::mark(QStringLiteral("all-ready"));
        emit allReady();
    }
}

} // namespace yw::shell
