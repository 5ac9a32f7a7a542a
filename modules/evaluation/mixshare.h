#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace yw::evaluation {

// A share of the period's reports: a class or a channel (the pie and the bars).
class MixShare
{
    Q_GADGET
    QML_VALUE_TYPE(mixShare)
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(qint64 value MEMBER value)
public:
    QString name;
    qint64 value = 0; // reports
};

} // namespace yw::evaluation
