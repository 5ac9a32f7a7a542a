#pragma once

#include <QString>

#include <array>
#include <utility>

namespace yw::core {

// A fixed table of an enumeration's values and the names a file format spells them with, when
// those differ from the C++ names (enumKey): "countDistinct", "thisWeek", "kpi"…
template<typename E, size_t N>
using NameTable = std::array<std::pair<E, const char *>, N>;

template<typename E, size_t N>
QString nameIn(const NameTable<E, N> &names, E value)
{
    for (const auto &[e, n] : names)
        if (e == value)
            return QString::fromLatin1(n);
    return QString();
}

// False when the name is not in the table (out unchanged).
template<typename E, size_t N>
bool valueIn(const NameTable<E, N> &names, const QString &name, E *out)
{
    for (const auto &[e, n] : names)
        if (name == QLatin1String(n)) {
            *out = e;
            return true;
        }
    return false;
}

} // namespace yw::core
