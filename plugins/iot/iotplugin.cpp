#include "iotplugin.h"

#include "iotalarmsource.h"

namespace yw::plugins {

std::unique_ptr<yw::intake::IntakeSource> IotPlugin::createSource()
{
    return std::make_unique<IotAlarmSource>();
}

} // namespace yw::plugins
