#pragma once

#include "intakesource.h"

#include <QObject>

namespace yw::plugins {

class IotPlugin : public QObject, public yw::intake::IntakeSourceFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID YwIntakeSourceFactory_iid FILE "iot.json")
    Q_INTERFACES(yw::intake::IntakeSourceFactory)
public:
    std::unique_ptr<yw::intake::IntakeSource> createSource() override;
};

} // namespace yw::plugins
