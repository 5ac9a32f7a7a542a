#pragma once

// Plain Qt types that cross the plugin boundary: an intake source turns what its channel
// delivers (a hotline ticket, an Open311 POST, a sensor alarm) into an IntakeRequest and gets an
// IntakeReply back. Plugins see no store or core types, so that they build against Qt alone.
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace yw::intake {

struct IntakeRequest
{
    QString channel;          // a SourceChannel key: "Hotline12345", "Open311", "Iot", "VideoAi"...
    QString externalRef;      // the channel's own id; a second delivery finds the first case
    QString classCode;        // taxonomy class; may be empty when componentId gives it
    QString description;
    QString address;
    bool hasLocation = false;
    double longitude = 0;
    double latitude = 0;
    QString coordinateSystem; // empty or "CGCS2000"/"WGS84" (the same within a metre), or "GCJ02"
    QString componentId;      // surveyed component code: gives place, class and maintainer
    QString deviceId;         // a registered sensor or camera: gives the place when no point
    QString reporterName;
    QString reporterPhone;
    QString urgency;          // "Normal" (default), "Urgent" or "Critical"
    QStringList attachments;  // references: file names or URLs
    QDateTime occurredAt;     // when the channel saw it (kept in the log; the case is reported now)
    bool skipDuplicates = false; // machine channels: a repeat of an open case files nothing new
    QString payload;          // the raw record, kept in the intake log
};

struct IntakeReply
{
    enum class Outcome {
        Reported,        // a new case
        Duplicate,       // an open case of the class near by already covers it (caseId)
        AlreadyReceived, // the same externalRef was reported before (caseId)
        Rejected,        // bad input: reason says what
        Failed,          // the database failed: the channel should keep the record and retry
    };
    Outcome outcome = Outcome::Failed;
    QString reason;
    qint64 caseId = 0;
    QString caseNumber;

    bool accepted() const
    {
        return outcome == Outcome::Reported || outcome == Outcome::Duplicate
               || outcome == Outcome::AlreadyReceived;
    }
    static QString outcomeKey(Outcome o)
    {
        switch (o) {
        case Outcome::Reported: return QStringLiteral("Reported");
        case Outcome::Duplicate: return QStringLiteral("Duplicate");
        case Outcome::AlreadyReceived: return QStringLiteral("AlreadyReceived");
        case Outcome::Rejected: return QStringLiteral("Rejected");
        case Outcome::Failed: return QStringLiteral("Failed");
        }
        return {};
    }
};

} // namespace yw::intake
