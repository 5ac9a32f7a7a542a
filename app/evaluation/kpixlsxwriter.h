#pragma once

#include "error.h"
#include "kpireport.h"

namespace yw::evaluation {

// The report as an Excel workbook (libxlsxwriter): the ranking with a bar chart of the
// composites, every count and rate, the class and channel mix, and what each figure means.
class KpiXlsxWriter
{
public:
    static yw::core::Status write(const KpiReport &report, const QString &path);
};

} // namespace yw::evaluation
