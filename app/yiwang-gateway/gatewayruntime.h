#pragma once

#include "duplicaterules.h"
#include "intakegateway.h"
#include "intakesourceloader.h"
#include "platform.h"
#include "routingtable.h"

namespace yw::app {

// Everything yiwang-gateway runs: the platform on one database, signed in as the gateway's
// account, the intake pipeline and its host, and the intake source plugins with their settings.
class GatewayRuntime
{
public:
    struct Options
    {
        yw::store::DatabaseLocation database;
        QString login;
        QString password;
        QString workstation = QStringLiteral("gateway");
        QStringList sources;                     // ids to start
        QHash<QString, QVariantMap> settings;    // per source id
    };

    explicit GatewayRuntime(const yw::core::Clock &clock)
        : m_clock(clock)
    {}
    // Opens the database, signs in, loads the plugins and starts the chosen sources.
    yw::core::Status start(const Options &options);
    void stop();

    yw::intake::IntakeSourceLoader &loader() { return m_loader; }
    yw::intake::IntakeGateway *gateway() { return m_gateway.get(); }

private:
    const yw::core::Clock &m_clock;
    std::unique_ptr<yw::shell::Platform> m_platform;
    yw::core::RoutingTable m_routing;
    yw::core::DuplicateRules m_duplicates;
    std::unique_ptr<yw::gis::Locator> m_locator;
    std::unique_ptr<yw::intake::IntakeService> m_intake;
    std::unique_ptr<yw::intake::IntakeGateway> m_gateway;
    yw::intake::IntakeSourceLoader m_loader;
    QList<yw::intake::IntakeSource *> m_running;
};

} // namespace yw::app
