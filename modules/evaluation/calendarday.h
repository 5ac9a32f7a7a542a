#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace yw::evaluation {

// A day of the period's calendar of reports, with its shade (0 none … 4 the busiest).
class CalendarDay
{
    Q_GADGET
    QML_VALUE_TYPE(calendarDay)
    Q_PROPERTY(QString date MEMBER date)
    Q_PROPERTY(int day MEMBER day)
    Q_PROPERTY(int weekday MEMBER weekday)
    Q_PROPERTY(qint64 reports MEMBER reports)
    Q_PROPERTY(int level MEMBER level)
public:
    QString date;
    int day = 0;
    int weekday = 1;
    qint64 reports = 0;
    int level = 0;
};

} // namespace yw::evaluation
