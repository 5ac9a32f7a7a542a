#pragma once

#include "error.h"
#include "kpireport.h"

namespace yw::evaluation {

// The ranking as CSV (UTF-8 with a byte-order mark, which spreadsheet programs need to read
// Chinese): every count and rate of every unit, machine-readable column ids in the first row.
class KpiCsvWriter
{
public:
    static yw::core::Status write(const KpiReport &report, const QString &path);
};

} // namespace yw::evaluation
