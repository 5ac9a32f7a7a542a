#include "modulehost.h"

#include <QHash>
#include <QSet>
#include <functional>

namespace yw::shell {

void ModuleHost::add(std::unique_ptr<Module> module)
{
    m_modules.push_back(std::move(module));
}

Module *ModuleHost::find(const QString &id) const
{
    for (const auto &m : m_modules)
        if (m->id() == id)
            return m.get();
    return nullptr;
}

QStringList ModuleHost::resolveOrder()
{
    QHash<QString, Module *> byId;
    QHash<QString, QString> problems;
    for (const auto &m : m_modules) {
        if (byId.contains(m->id()))
            problems.insert(m->id(), QStringLiteral("module id '%1' is used twice").arg(m->id()));
        byId.insert(m->id(), m.get());
    }
    // Depth-first with colours; a grey node met again is a cycle.
    enum Mark { White, Grey, Black };
    QHash<QString, Mark> mark;
    QStringList order;
    std::function<bool(const QString &, QStringList &)> visit = [&](const QString &id,
                                                                    QStringList &path) -> bool {
        if (mark.value(id, White) == Black)
            return !problems.contains(id);
        if (mark.value(id, White) == Grey) {
            const QStringList cycle = path.mid(int(path.indexOf(id))) << id;
            const QString msg =
                QStringLiteral("cyclic dependency: %1").arg(cycle.join(QStringLiteral(" -> ")));
            for (const QString &c : cycle)
                problems.insert(c, msg);
            return false;
        }
        mark[id] = Grey;
        path << id;
        bool ok = !problems.contains(id);
        for (const QString &dep : byId.value(id)->dependencies()) {
            if (!byId.contains(dep)) {
                problems.insert(
                    id,
                    QStringLiteral("module '%1' needs '%2', which is not available").arg(id, dep));
                ok = false;
                continue;
            }
            if (!visit(dep, path)) {
                if (!problems.contains(id))
                    problems.insert(id,
                                    QStringLiteral("module '%1' needs '%2', which cannot start: %3")
                                        .arg(id, dep, problems.value(dep)));
                ok = false;
            }
        }
        path.removeLast();
        mark[id] = Black;
        if (ok && !problems.contains(id))
            order << id;
        return ok && !problems.contains(id);
    };
    for (const auto &m : m_modules) {
        QStringList path;
        visit(m->id(), path);
    }
    m_entries.clear();
    for (const QString &id : order)
        m_entries << Entry{byId.value(id), false, {}};
    for (const auto &m : m_modules)
        if (!order.contains(m->id()))
            m_entries << Entry{m.get(), false, problems.value(m->id())};
    m_order = order;
    return order;
}

int ModuleHost::initialize(ModuleContext &context)
{
    resolveOrder();
    QSet<QString> failed;
    int active = 0;
    for (Entry &e : m_entries) {
        if (!e.error.isEmpty()) {
            failed.insert(e.module->id());
            continue;
        }
        for (const QString &dep : e.module->dependencies())
            if (failed.contains(dep))
                e.error = QStringLiteral("module '%1' needs '%2', which failed to start")
                              .arg(e.module->id(), dep);
        if (e.error.isEmpty() && !e.module->availableIn(context)) {
            e.unavailable = true;
            failed.insert(e.module->id());
            continue;
        }
        if (e.error.isEmpty()) {
            const yw::core::Status s = e.module->initialize(context);
            if (!s)
                e.error = s.error().message;
        }
        e.active = e.error.isEmpty();
        if (e.active)
            ++active;
        else
            failed.insert(e.module->id());
    }
    return active;
}

void ModuleHost::startAll()
{
    for (Entry &e : m_entries)
        if (e.active)
            e.module->start({[] {}, [] {}});
}

void ModuleHost::shutdown()
{
    for (auto it = m_entries.rbegin(); it != m_entries.rend(); ++it)
        if (it->active) {
            it->module->shutdown();
            it->active = false;
        }
}

QStringList ModuleHost::errors() const
{
    QStringList out;
    for (const Entry &e : m_entries)
        if (!e.error.isEmpty())
            out << e.error;
    return out;
}

} // namespace yw::shell
