// The HTTP control's requests: the input is "method\npath\nauthorization\nbody".
#include "httpcommandrequest.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<QByteArray> parts = input.split('\n');
    const QByteArray body = parts.size() > 3 ? input.mid(parts[0].size() + parts[1].size() + parts[2].size() + 3) : QByteArray();
    auto parsed = yw::wall::HttpCommandRequest::parse(QString::fromUtf8(parts.value(0)), QString::fromUtf8(parts.value(1)),
                                                      parts.value(2), body, 4096);
    if (auto *r = std::get_if<yw::wall::HttpCommandRequest>(&parsed); r && r->command)
        (void)r->command.value().summary();
    return 0;
}
