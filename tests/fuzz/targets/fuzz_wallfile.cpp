// The wall file: whatever it holds, an error naming its problems or a wall whose numbers hold.
#include "wallconfig.h"

#include <cmath>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    auto config = yw::wall::WallConfig::parse(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!config)
        return 0;
    const auto &c = config.value();
    if (c.monitors().isEmpty() || !(c.pixelsPerMm() > 0) || !std::isfinite(c.extentMm().width()))
        __builtin_trap(); // a wall accepted is a wall that can be drawn
    (void)c.desktopSize();
    return 0;
}
