#pragma once

// One workstation for module tests: its own connection to the database, the services, every
// registered module initialised on them, and a sign-in. (The registry is generated per test
// executable by yw_generate_module_registry.)
#include "democitybuilder.h"
#include "modulehost.h"
#include "platform.h"
#include "registeredmodules.h"
#include "testbackend.h"

namespace yw::test {

// A fresh database on the test's backend holding the small demo city, its history up to now;
// returns an empty string or what went wrong.
inline QString buildSmallDemoCity(TestBackend &backend, yw::store::DatabaseLocation &where,
                                  quint64 seed = 1)
{
    where = backend.fresh();
    auto db = yw::store::Database::open(where, yw::store::Database::OpenMode::CreateIfMissing);
    if (!db)
        return db.error().message;
    yw::demo::DemoCityBuilder::Options o;
    o.scale = yw::demo::DemoScale::small();
    o.seed = seed;
    o.end = QDateTime::currentDateTimeUtc();
    auto s = yw::demo::DemoCityBuilder::build(*db.value(), o, {});
    return s ? QString() : s.error().message;
}

struct ModuleWorkstation
{
    std::unique_ptr<yw::shell::Platform> platform;
    yw::shell::ModuleHost host;

    QString open(const yw::store::DatabaseLocation &where, const yw::core::Clock &clock,
                 const QString &name = QStringLiteral("test-ws"),
                 const QString &settingsFile = QString())
    {
        yw::shell::Platform::Options o;
        o.workstation = name;
        o.settingsFile = settingsFile;
        auto p = yw::shell::Platform::create(where, clock, o);
        if (!p)
            return p.error().message;
        platform = std::move(p.value());
        for (auto &m : yw::shell::createRegisteredModules())
            host.add(std::move(m));
        host.initialize(platform->context());
        host.startAll();
        return host.errors().isEmpty() ? QString() : host.errors().join(QStringLiteral("; "));
    }
    // The backend of a module's workspace, or nullptr.
    template<typename Backend>
    Backend *backend(const QString &moduleId)
    {
        yw::shell::Module *m = host.find(moduleId);
        return m ? qobject_cast<Backend *>(m->workspaceBackend()) : nullptr;
    }
    QString as(const QString &login, const QString &password = QStringLiteral("Yiwang2026"))
    {
        auto s = platform->session().signIn(login, password);
        return s ? QString() : s.error().message;
    }
    ~ModuleWorkstation() { host.shutdown(); }
};

} // namespace yw::test
