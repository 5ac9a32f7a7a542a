#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace yw::evaluation {

// A community with many reports in the period.
class HotSpot
{
    Q_GADGET
    QML_VALUE_TYPE(hotSpot)
    Q_PROPERTY(QString key MEMBER key)
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(qint64 reports MEMBER reports)
    Q_PROPERTY(QString closure MEMBER closure)
    Q_PROPERTY(qint64 overdue MEMBER overdue)
public:
    QString key;
    QString name;
    qint64 reports = 0;
    QString closure;
    qint64 overdue = 0;
};

} // namespace yw::evaluation
