// The line protocol on TCP: a stream cut into lines as the bytes arrive (the first byte of the
// input says where the chunks end), each line parsed into a command and its reply formatted.
#include "lineframer.h"
#include "wallcommand.h"
#include "wallreply.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const int chunk = 1 + data[0] % 64;
    yw::wall::LineFramer framer(4096);
    const QByteArray input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    for (qsizetype at = 0; at < input.size(); at += chunk) {
        for (const QByteArray &line : framer.feed(input.mid(at, chunk))) {
            auto command = yw::wall::WallCommand::fromLine(QString::fromUtf8(line));
            const yw::wall::WallReply reply = command ? yw::wall::WallReply::success(command.value().summary())
                                                      : yw::wall::WallReply::failure(QStringLiteral("syntax"),
                                                                                     command.error().message);
            if (reply.toLine().contains(QLatin1Char('\n')))
                __builtin_trap(); // a reply is one line, whatever the input
        }
        if (framer.tooLong())
            break;
    }
    return 0;
}
