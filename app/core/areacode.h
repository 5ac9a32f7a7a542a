#pragma once

#include "coreenums.h"
#include "error.h"

namespace yw::core {

// Codes of the area hierarchy: GB/T 2260 (6-digit county-level code), GB/T 10114 (3-digit street),
// 3-digit community, and GB/T 30428.1 unit grids (community code + 3-digit sequence = 15 digits).
class AreaCode
{
public:
    static int lengthOf(AreaLevel level);
    // Validates a code for a level, with the reason when it is not valid.
    static Status validate(AreaLevel level, const QString &code);
    // The level a code of this length has (City for a 6-digit code ending in 00).
    static Result<AreaLevel> levelOf(const QString &code);
    // The code of the enclosing area one level up ("" for a city).
    static QString parentOf(const QString &code);
    // The enclosing code at a given level, or "" when the code is above that level.
    static QString ancestorAt(const QString &code, AreaLevel level);
    // GB/T 2260 province prefixes that exist.
    static bool isKnownProvince(const QString &twoDigits);
    // A county-level (6-digit) administrative code, as in the first part of every longer code.
    static Status validateAdminCode(const QString &sixDigits);
};

} // namespace yw::core
