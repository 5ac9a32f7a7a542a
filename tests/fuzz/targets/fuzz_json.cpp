// JSON over WebSocket and HTTP: a message parsed as JSON, then as a command; the same object read
// as a preset's layout against the example wall.
#include "wallcommand.h"
#include "wallconfig.h"
#include "walllayout.h"
#include "wallreply.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

namespace {
const yw::wall::WallConfig &wall()
{
    static const yw::wall::WallConfig config = [] {
        QFile f(QStringLiteral(YW_EXAMPLE_WALL));
        f.open(QIODevice::ReadOnly);
        return yw::wall::WallConfig::parse(f.readAll()).value();
    }();
    return config;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const QJsonDocument doc = QJsonDocument::fromJson(input);
    if (!doc.isObject())
        return 0;
    auto command = yw::wall::WallCommand::fromJson(doc.object());
    if (command)
        (void)command.value().summary();
    else
        (void)yw::wall::WallReply::failure(QStringLiteral("syntax"), command.error().message).toJson(1);
    auto layout = yw::wall::WallLayout::fromJson(doc.object(), wall());
    if (layout)
        (void)layout.value().toJson();
    return 0;
}
