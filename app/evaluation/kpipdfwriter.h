#pragma once

#include "error.h"
#include "kpireport.h"

namespace yw::evaluation {

// The report as a printable PDF (A4, Chinese fonts): the city's figures against the period
// before, a bar chart of the composites, the ranking table, the class and channel mix.
// Needs a QGuiApplication (fonts).
class KpiPdfWriter
{
public:
    static yw::core::Status write(const KpiReport &report, const QString &path);
};

} // namespace yw::evaluation
