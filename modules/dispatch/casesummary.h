#pragma once

#include "boundaryprompt.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace yw::dispatch {

// The selected case as the detail panel shows it: names instead of codes, the time left on its
// step's clock, the shared board marks, the owner proposed by the routing rules and the boundary
// prompt. `valid` is false when no case is selected.
class CaseSummary
{
    Q_GADGET
    QML_VALUE_TYPE(caseSummary)
    Q_PROPERTY(bool valid MEMBER valid)
    Q_PROPERTY(qint64 caseId MEMBER caseId)
    Q_PROPERTY(QString caseNumber MEMBER caseNumber)
    Q_PROPERTY(QString className MEMBER className)
    Q_PROPERTY(QString classCode MEMBER classCode)
    Q_PROPERTY(QString state MEMBER state)
    Q_PROPERTY(QString stateKey MEMBER stateKey)
    Q_PROPERTY(QString source MEMBER source)
    Q_PROPERTY(QString description MEMBER description)
    Q_PROPERTY(QString place MEMBER place)
    Q_PROPERTY(QString owner MEMBER owner)
    Q_PROPERTY(QString proposedOwner MEMBER proposedOwner)
    Q_PROPERTY(qint64 proposedDepartmentId MEMBER proposedDepartmentId)
    Q_PROPERTY(QString remaining MEMBER remaining)
    Q_PROPERTY(int version MEMBER version)
    Q_PROPERTY(QString supervision MEMBER supervision)
    Q_PROPERTY(double requestedExtensionHours MEMBER requestedExtensionHours)
    Q_PROPERTY(QString acknowledgedBy MEMBER acknowledgedBy)
    Q_PROPERTY(QString mutedUntil MEMBER mutedUntil)
    Q_PROPERTY(QString note MEMBER note)
    Q_PROPERTY(yw::dispatch::BoundaryPrompt boundary MEMBER boundary)
public:
    bool valid = false;
    qint64 caseId = 0;
    QString caseNumber;
    QString className;
    QString classCode;
    QString state;    // translated
    QString stateKey; // CaseState key
    QString source;   // translated
    QString description;
    QString place;    // community and unit grid
    QString owner;    // the department that has it, or empty
    QString proposedOwner;
    qint64 proposedDepartmentId = 0;
    QString remaining; // "3.5 h" / "overdue 1.2 h"
    int version = 0;
    QString supervision; // 督办 level in words, or empty
    double requestedExtensionHours = 0; // of the pending extension request
    QString acknowledgedBy;
    QString mutedUntil; // "HH:mm" while muted
    QString note;       // the shared working note
    BoundaryPrompt boundary;
};

} // namespace yw::dispatch
