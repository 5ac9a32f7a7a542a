#include "wallreply.h"

namespace yw::wall {

namespace {
// A reply is one line whatever a message holds.
QString oneLine(QString s)
{
    s.replace(QLatin1Char('\r'), QLatin1Char(' '));
    s.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return s;
}
} // namespace

QString WallReply::toLine() const
{
    if (ok)
        return text.isEmpty() ? QStringLiteral("OK") : QStringLiteral("OK ") + oneLine(text);
    return QStringLiteral("ERR %1 %2").arg(code, oneLine(text));
}

QJsonObject WallReply::toJson(const QJsonValue &id) const
{
    QJsonObject o{{QStringLiteral("id"), id}, {QStringLiteral("ok"), ok}};
    if (ok) {
        o.insert(QStringLiteral("result"), result);
        if (!text.isEmpty())
            o.insert(QStringLiteral("text"), text);
    } else {
        o.insert(QStringLiteral("error"), code);
        o.insert(QStringLiteral("message"), text);
    }
    return o;
}

} // namespace yw::wall
