#pragma once

#include <QJsonObject>
#include <QString>

namespace yw::wall {

// The answer to one command: one line on TCP ("OK …" or "ERR <code> <message>"), one JSON object
// on WebSocket and HTTP. `code` is a stable word a controller can act on (unknown-preset,
// forbidden, rate-limited…, listed in docs/CONTROL_PROTOCOL.md); `text` is for people.
struct WallReply
{
    bool ok = true;
    QString code;
    QString text;
    QJsonObject result;

    static WallReply success(const QString &text, const QJsonObject &result = {})
    {
        return {true, {}, text, result};
    }
    static WallReply failure(const QString &code, const QString &message) { return {false, code, message, {}}; }

    QString toLine() const;
    // `id` echoes the request's id (null when it had none).
    QJsonObject toJson(const QJsonValue &id) const;
};

} // namespace yw::wall
