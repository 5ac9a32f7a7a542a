#pragma once

#include "intakerequest.h"

#include <QList>
#include <QTimeZone>

namespace yw::intake {

// A class of the taxonomy offered to a channel (Open311 "service").
struct IntakeServiceInfo
{
    QString code;
    QString name;
    QString group;       // the major category
    QString description; // the filing criteria
    bool component = false;
};

// A case as a channel may show it back to its users (Open311 GET requests): no reporter details.
struct IntakeCaseStatus
{
    qint64 caseId = 0;
    QString caseNumber;
    QString channel;
    QString externalRef;
    QString state;       // a CaseState key
    bool final = false;  // closed, not filed, voided or merged
    QString classCode;
    QString className;
    QString description;
    QString address;
    bool hasLocation = false;
    double longitude = 0;
    double latitude = 0;
    QString agency;      // the owner department's name, when dispatched
    QString statusNotes; // the latest opinion
    QDateTime requestedAt;
    QDateTime updatedAt;
    QDateTime expectedAt; // the running step's deadline, when there is one
    QStringList attachments;
};

struct IntakeCaseQuery
{
    QStringList caseNumbers;
    QStringList classCodes;
    QDateTime from;
    QDateTime before;
    int limit = 1000;
};

// What the running Yiwang offers an intake source. Called on the thread that started the source.
class IntakeHost
{
public:
    virtual ~IntakeHost() = default;

    // Runs the request through the intake pipeline and logs the outcome (every outcome, with
    // the source's id and the raw payload).
    virtual IntakeReply submit(const QString &sourceId, const IntakeRequest &request) = 0;
    // Logs a record the source could not even turn into a request (unreadable line, bad file).
    virtual void reject(const QString &sourceId, const QString &channel, const QString &externalRef,
                        const QString &reason, const QString &payload) = 0;
    virtual QList<IntakeServiceInfo> services() const = 0;
    // Empty with an error message when the database cannot answer.
    virtual QList<IntakeCaseStatus> cases(const IntakeCaseQuery &query, QString *error) const = 0;
    virtual QDateTime now() const = 0;
    // The city's time zone (its work calendar's): channels show times in it.
    virtual QTimeZone cityTimeZone() const = 0;
};

} // namespace yw::intake
