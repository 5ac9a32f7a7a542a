#include "gatewayruntime.h"

#include "departmentrepository.h"
#include "locatorloader.h"
#include "routingrepository.h"

namespace yw::app {

using namespace yw::core;

Status GatewayRuntime::start(const Options &o)
{
    yw::shell::Platform::Options po;
    po.workstation = o.workstation;
    po.migrate = false; // a gateway never changes the schema under the workstations
    auto platform = yw::shell::Platform::create(o.database, m_clock, po);
    if (!platform)
        return platform.error();
    m_platform = std::move(platform.value());
    if (auto s = m_platform->session().signIn(o.login, o.password); !s)
        return s;
    const User actor = m_platform->session().user();
    yw::store::Database &db = m_platform->database();
    auto rules = yw::store::RoutingRepository(db).load();
    if (!rules)
        return rules.error();
    m_routing.setRules(rules.value());
    auto duplicates = DuplicateRules::builtIn();
    if (!duplicates)
        return duplicates.error();
    m_duplicates = duplicates.value();
    auto locator = yw::intake::loadLocator(db);
    if (!locator)
        return locator.error();
    m_locator = std::make_unique<yw::gis::Locator>(std::move(locator).value());
    QHash<qint64, QString> names;
    if (auto depts = yw::store::DepartmentRepository(db).list())
        for (const Department &d : depts.value())
            names.insert(d.id, d.name);
    yw::shell::ModuleContext &c = m_platform->context();
    m_intake = std::make_unique<yw::intake::IntakeService>(
        *c.cases, yw::intake::IntakeService::Rules{*m_locator, m_routing, m_duplicates});
    m_gateway = std::make_unique<yw::intake::IntakeGateway>(*m_intake, *c.cases, *c.taxonomy,
                                                            actor, names);
    m_loader.loadAll();
    for (const QString &id : o.sources) {
        yw::intake::IntakeSource *source = m_loader.find(id);
        if (!source)
            return Error::make(Error::Code::InvalidInput,
                               QStringLiteral("no intake source \"%1\" among the plugins").arg(id));
        const QString err = source->start(*m_gateway, o.settings.value(id));
        if (!err.isEmpty())
            return Error::make(Error::Code::InvalidInput, QStringLiteral("%1: %2").arg(id, err));
        m_running << source;
    }
    return success();
}

void GatewayRuntime::stop()
{
    for (yw::intake::IntakeSource *s : m_running)
        s->stop();
    m_running.clear();
}

} // namespace yw::app
