#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace yw::dispatch {

// What the intake desk found for the report being taken (a preview) or did with it (filed,
// merged), or why it could not. `valid` is false before the first preview.
class IntakeResult
{
    Q_GADGET
    QML_VALUE_TYPE(intakeResult)
    Q_PROPERTY(bool valid MEMBER valid)
    Q_PROPERTY(QString error MEMBER error)
    Q_PROPERTY(QString place MEMBER place)
    Q_PROPERTY(QString className MEMBER className)
    Q_PROPERTY(QString owner MEMBER owner)
    Q_PROPERTY(qint64 caseId MEMBER caseId)
    Q_PROPERTY(QString caseNumber MEMBER caseNumber)
    Q_PROPERTY(QString mergedInto MEMBER mergedInto)
    Q_PROPERTY(int duplicateCount MEMBER duplicateCount)
public:
    bool valid = false;
    QString error;      // why not, in the interface language; empty when it went through
    QString place;      // street, community and unit grid
    QString className;
    QString owner;      // proposed owner, empty when no routing rule applies
    qint64 caseId = 0;  // filed: the new case
    QString caseNumber;
    QString mergedInto; // filed as a repeat: the case number it was merged into
    int duplicateCount = 0;

    bool failed() const { return !error.isEmpty(); }
    bool filed() const { return caseId > 0; }
};

} // namespace yw::dispatch
