#pragma once

#include "module.h"
#include "modulecontext.h"

#include <memory>
#include <vector>

namespace yw::shell {

// Orders modules by their dependencies, initialises them, and remembers which failed and why.
class ModuleHost
{
public:
    struct Entry
    {
        Module *module = nullptr;
        bool active = false;
        QString error; // why the module is not active
        bool unavailable = false; // not for this workstation (Module::availableIn): not listed
    };

    void add(std::unique_ptr<Module> module);
    // Dependency order, or an error naming a missing or cyclic dependency. Modules with such
    // problems are left out of the order and get their error in entries().
    QStringList resolveOrder();
    // Resolves, then initialises in order; returns the number of active modules.
    int initialize(ModuleContext &context);
    // Starts every active module's data at once, without waiting (tests, benchmarks, tools);
    // the window's order is ModuleStarter's.
    void startAll();
    void shutdown();

    const QList<Entry> &entries() const { return m_entries; }
    Module *find(const QString &id) const;
    QStringList errors() const;

private:
    std::vector<std::unique_ptr<Module>> m_modules;
    QList<Entry> m_entries; // in dependency order after resolveOrder()
    QStringList m_order;
};

} // namespace yw::shell
