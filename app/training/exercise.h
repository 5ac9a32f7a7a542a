#pragma once

#include "coreenums.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QTime>

namespace yw::training {

// What a trainee is expected to decide about an item: the class to file a call under, the
// department that owns it, whether it repeats an earlier item, whether it is filed at all, and
// for an extension request whether to grant it.
struct ExpectedDecision
{
    QString classCode;   // calls only: the matter class the trainee should file
    QString owner;       // the department code to dispatch to (empty: not to be dispatched)
    QString duplicateOf; // the earlier item this repeats (empty: not a repeat)
    bool file = true;    // to be filed (立案); false: not filed (不予立案)
    bool grant = false;  // extension requests: to be approved
};

// One timed entry of an exercise's timeline.
struct ExerciseItem
{
    enum class Kind {
        Case,             // a report arriving by itself (patrol, app, video AI): a reported case
        Call,             // a citizen on the line: the trainee takes the call at the intake desk
        Callback,         // the caller of an earlier item calls again (a repeat to recognise)
        SensorAlarm,      // a sensor's alarm: an IoT case and a notice
        TyphoonWarning,   // a warning the trainee is told of
        DepartmentOffDuty,// a department cannot take cases until a time; another stands in
        ExtensionRequest, // the owner of an earlier item's case asks for more time
    };

    QString id;
    Kind kind = Kind::Case;
    int atMinutes = 0; // minutes after the exercise starts
    int line = 0;      // in the exercise file, for messages

    // Reports (Case, Call, Callback, SensorAlarm).
    yw::core::SourceChannel channel = yw::core::SourceChannel::Patrol;
    QString classCode;   // as reported (a call's caller gives none: the trainee chooses)
    QString componentId; // a surveyed component the report is about
    double lon = 0, lat = 0;
    bool hasPlace = false;
    QString address;
    QString text;        // the report's words, or what the caller says
    QStringList photos;  // as written: file names beside the exercise file, or data: URIs
    QList<std::pair<QString, QByteArray>> photoData; // name and bytes, read with the file
    yw::core::Urgency urgency = yw::core::Urgency::Normal;
    QString caller;      // a caller's name as they give it (training data: fictitious)
    int handlingMinutes = 60; // how long the simulated department takes once it accepts
    QString sensorKind;  // SensorAlarm: the device kind (gas_sensor, water_level_sensor…)
    double sensorValue = 0; // SensorAlarm: the reading that raised the alarm
    ExpectedDecision expect;

    // Events.
    QString title;
    QString detail;
    QString department; // DepartmentOffDuty: who is off; ExtensionRequest: filled in by the runner
    QString instead;    // DepartmentOffDuty: who stands in
    int untilMinutes = 0;
    QString about;      // Callback, ExtensionRequest: the earlier item
    int hours = 0;      // ExtensionRequest: the time asked for

    bool isReport() const
    {
        return kind == Kind::Case || kind == Kind::Call || kind == Kind::Callback
               || kind == Kind::SensorAlarm;
    }
    // Reports the trainee enters at the intake desk (the runner only announces them).
    bool isCall() const { return kind == Kind::Call || kind == Kind::Callback; }
};

// An exercise (实训科目): a timeline of reports and events with the decisions expected, read from
// a JSON file of the published schema (resources/training/exercise.schema.json).
struct Exercise
{
    static constexpr int kSchemaVersion = 1;

    QString id;
    QString title;
    QString titleEn;
    QString description;
    QTime start;             // the city's time of day the exercise starts at
    int durationMinutes = 0;
    double speed = 1;        // the speed the trainer starts at
    QList<ExerciseItem> items; // in time order
    QByteArray source;       // the file as read (kept in the seat)

    const ExerciseItem *item(const QString &id) const
    {
        for (const ExerciseItem &i : items)
            if (i.id == id)
                return &i;
        return nullptr;
    }
};

} // namespace yw::training
