#include "hotlineplugin.h"

#include "hotlinefeedsource.h"

namespace yw::plugins {

std::unique_ptr<yw::intake::IntakeSource> HotlinePlugin::createSource()
{
    return std::make_unique<HotlineFeedSource>();
}

} // namespace yw::plugins
