#pragma once

#include <QDateTime>
#include <QTimeZone>
#include <QVariant>

// Conversions between domain values and the columns of the schema (times are UTC milliseconds).
namespace yw::store::sqlvalues {

inline QVariant nullInt()
{
    return QVariant(QMetaType::fromType<qint64>());
}

inline QVariant fromTime(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : nullInt();
}

inline QDateTime toTime(const QVariant &v)
{
    return v.isNull() ? QDateTime()
                      : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), QTimeZone::utc());
}

inline QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : nullInt();
}

} // namespace yw::store::sqlvalues
