#include "open311plugin.h"

#include "open311server.h"

namespace yw::plugins {

std::unique_ptr<yw::intake::IntakeSource> Open311Plugin::createSource()
{
    return std::make_unique<Open311Server>();
}

} // namespace yw::plugins
