#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace yw::evaluation {

// One period of the trend of a unit (or the city): its composite score and rates in per cent,
// NaN where there is nothing to rate.
class TrendPoint
{
    Q_GADGET
    QML_VALUE_TYPE(trendPoint)
    Q_PROPERTY(QString label MEMBER label)
    Q_PROPERTY(double composite MEMBER composite)
    Q_PROPERTY(double closure MEMBER closure)
    Q_PROPERTY(double onTime MEMBER onTime)
    Q_PROPERTY(qint64 reports MEMBER reports)
public:
    QString label;
    double composite = qQNaN();
    double closure = qQNaN();
    double onTime = qQNaN();
    qint64 reports = 0;
};

} // namespace yw::evaluation
