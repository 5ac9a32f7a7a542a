#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace yw::evaluation {

// A case behind a figure, as the drill-down list shows it.
class DrillCase
{
    Q_GADGET
    QML_VALUE_TYPE(drillCase)
    Q_PROPERTY(qint64 caseId MEMBER caseId)
    Q_PROPERTY(QString number MEMBER number)
    Q_PROPERTY(QString className MEMBER className)
    Q_PROPERTY(QString state MEMBER state)
    Q_PROPERTY(QString reported MEMBER reported)
public:
    qint64 caseId = 0;
    QString number;
    QString className;
    QString state;
    QString reported;
};

} // namespace yw::evaluation
