#pragma once

#include "modulehost.h"

#include <QObject>
#include <QSet>
#include <QStringList>

namespace yw::shell {

// Starts the modules' data in the order a user needs it: the module shown first at once; the
// others one after another in the background, each when the one before can be worked with (two
// cores are not spent on six reads at once); a module opened before its turn at once. Says
// which modules are still loading, and when the first is interactive and when all are ready.
class ModuleStarter : public QObject
{
    Q_OBJECT
public:
    explicit ModuleStarter(const ModuleHost &host, QObject *parent = nullptr);

    // Starts with `firstId` (or the first active module); once.
    void begin(const QString &firstId);
    bool hasBegun() const { return m_begun; }
    // The user opened a module: start it now if it has not started.
    void open(const QString &id);
    // The titles of the active modules whose data is not all in yet, in start order.
    QStringList loading() const;
    bool isAllReady() const { return m_begun && m_complete.size() == m_order.size(); }
    QString firstId() const { return m_order.value(0); }

signals:
    void interactive(const QString &id);
    void firstInteractive(const QString &id);
    void complete(const QString &id);
    void allReady();
    void loadingChanged();

private:
    void startModule(const QString &id);
    void startNext();
    void markInteractive(const QString &id);
    void markComplete(const QString &id);

    const ModuleHost &m_host;
    bool m_begun = false;
    QStringList m_order; // the active modules, the first one first
    QSet<QString> m_started, m_interactive, m_complete;
};

} // namespace yw::shell
