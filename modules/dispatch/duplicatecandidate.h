#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace yw::dispatch {

// An open case the report being taken may repeat.
class DuplicateCandidate
{
    Q_GADGET
    QML_VALUE_TYPE(duplicateCandidate)
    Q_PROPERTY(qint64 caseId MEMBER caseId)
    Q_PROPERTY(QString caseNumber MEMBER caseNumber)
    Q_PROPERTY(QString state MEMBER state)
    Q_PROPERTY(int distance MEMBER distance)
public:
    qint64 caseId = 0;
    QString caseNumber;
    QString state; // translated
    int distance = 0; // metres
};

} // namespace yw::dispatch
