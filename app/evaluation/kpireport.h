#pragma once

#include "kpiengine.h"

#include <QDateTime>

namespace yw::evaluation {

// What a periodic evaluation report (日/周/月通报) holds: the ranking of one kind of unit, the
// same for the period before (环比), the class and channel mix, and the city's totals.
struct KpiReport
{
    QString title;
    KpiResult ranking;
    KpiResult previous;
    KpiResult byClass;
    KpiResult bySource;
    bool chinese = true;
    QDateTime generatedAt;
    // From a training database: every page and sheet carries the training mark.
    bool training = false;

    static KpiReport make(const KpiEngine &engine, const KpiPeriod &period, Dimension dimension,
                          bool chinese, const QDateTime &generatedAt);
    // The previous period's row of a unit, or nullptr.
    const KpiRow *previousRow(const QString &key) const;

    // "87.5%" for rates, "1,234" for counts, "—" where nothing was due.
    static QString text(double value, const KpiColumn &column);
    static QString compositeText(double composite);
};

} // namespace yw::evaluation
