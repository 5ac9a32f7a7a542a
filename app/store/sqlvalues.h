#pragma once

#include "coreenums.h"

#include <QDateTime>
#include <QStringList>
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

// "('Closed', 'NotFiled', ...)": core's final states as an SQL list, for "state NOT IN" (the
// states' enum keys, never input: a constant text keeps the statement cacheable).
inline const QString &finalStatesList()
{
    static const QString list = [] {
        QStringList keys;
        for (yw::core::CaseState s : yw::core::finalStates())
            keys << QLatin1Char('\'') + yw::core::enumKey(s) + QLatin1Char('\'');
        return QLatin1Char('(') + keys.join(QStringLiteral(", ")) + QLatin1Char(')');
    }();
    return list;
}

} // namespace yw::store::sqlvalues
