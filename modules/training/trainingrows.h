#pragma once

#include <QMetaType>
#include <QString>

namespace yw::trainingmodule {

// A shipped or loaded exercise as the console lists it.
struct ExerciseRow
{
    Q_GADGET
    Q_PROPERTY(QString file MEMBER file)
    Q_PROPERTY(QString exerciseId MEMBER exerciseId)
    Q_PROPERTY(QString title MEMBER title)
    Q_PROPERTY(QString description MEMBER description)
    Q_PROPERTY(QString start MEMBER start)
    Q_PROPERTY(int durationMinutes MEMBER durationMinutes)
    Q_PROPERTY(int reports MEMBER reports)
    Q_PROPERTY(int events MEMBER events)
public:
    QString file;
    QString exerciseId;
    QString title;
    QString description;
    QString start;
    int durationMinutes = 0;
    int reports = 0;
    int events = 0;
};

// A trainee's seat as the trainer watches it.
struct SeatRow
{
    Q_GADGET
    Q_PROPERTY(QString trainee MEMBER trainee)
    Q_PROPERTY(QString traineeName MEMBER traineeName)
    Q_PROPERTY(QString location MEMBER location)
    Q_PROPERTY(int minute MEMBER minute)
    Q_PROPERTY(int openCases MEMBER openCases)
    Q_PROPERTY(int actions MEMBER actions)
    Q_PROPERTY(QString lastAction MEMBER lastAction)
    Q_PROPERTY(int score MEMBER score)
    Q_PROPERTY(int wrongActions MEMBER wrongActions)
    Q_PROPERTY(int missed MEMBER missed)
    Q_PROPERTY(QString problem MEMBER problem)
public:
    QString trainee;
    QString traineeName;
    QString location; // what the trainee opens: yiwang --training --db <location>
    int minute = 0;
    int openCases = 0;
    int actions = 0;
    QString lastAction;
    int score = -1; // -1: nothing scored yet
    int wrongActions = 0;
    int missed = 0;
    QString problem;
};

// A case on a trainee's board, as the trainer watches it.
struct QueueRow
{
    Q_GADGET
    Q_PROPERTY(QString caseNumber MEMBER caseNumber)
    Q_PROPERTY(QString itemId MEMBER itemId)
    Q_PROPERTY(QString className MEMBER className)
    Q_PROPERTY(QString stateName MEMBER stateName)
    Q_PROPERTY(QString since MEMBER since)
public:
    QString caseNumber;
    QString itemId;
    QString className;
    QString stateName;
    QString since;
};

// A notice shown to the trainee (a call, a warning, a department off duty).
struct NoticeRow
{
    Q_GADGET
    Q_PROPERTY(QString time MEMBER time)
    Q_PROPERTY(QString kind MEMBER kind)
    Q_PROPERTY(QString title MEMBER title)
    Q_PROPERTY(QString detail MEMBER detail)
public:
    QString time;
    QString kind;
    QString title;
    QString detail;
};

// One line of the debrief: the trainee's decision beside the one expected.
struct DebriefRow
{
    Q_GADGET
    Q_PROPERTY(QString time MEMBER time)
    Q_PROPERTY(int minute MEMBER minute)
    Q_PROPERTY(QString itemId MEMBER itemId)
    Q_PROPERTY(QString caseNumber MEMBER caseNumber)
    Q_PROPERTY(QString action MEMBER action)
    Q_PROPERTY(QString actual MEMBER actual)
    Q_PROPERTY(QString expected MEMBER expected)
    Q_PROPERTY(bool ok MEMBER ok)
public:
    QString time;
    int minute = 0;
    QString itemId;
    QString caseNumber;
    QString action;
    QString actual;
    QString expected;
    bool ok = true;
};

// Someone of the sandbox who can be a trainee, and whether the trainer chose them.
struct TraineeRow
{
    Q_GADGET
    Q_PROPERTY(QString login MEMBER login)
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(bool chosen MEMBER chosen)
public:
    QString login;
    QString name;
    bool chosen = false;
};

// An item of the running exercise, for the trainer's "put in now".
struct ItemRow
{
    Q_GADGET
    Q_PROPERTY(QString itemId MEMBER itemId)
    Q_PROPERTY(int minute MEMBER minute)
    Q_PROPERTY(QString kind MEMBER kind)
    Q_PROPERTY(QString title MEMBER title)
public:
    QString itemId;
    int minute = 0;
    QString kind;
    QString title;
};

// A case on the replayed board: its state at the replay's moment and since when.
struct ReplayCaseRow
{
    Q_GADGET
    Q_PROPERTY(QString caseNumber MEMBER caseNumber)
    Q_PROPERTY(QString className MEMBER className)
    Q_PROPERTY(QString stateName MEMBER stateName)
    Q_PROPERTY(QString since MEMBER since)
    Q_PROPERTY(int stage MEMBER stage)
public:
    QString caseNumber;
    QString className;
    QString stateName;
    QString since;
    int stage = 0; // 0 intake, 1 to dispatch, 2 with the department, 3 check and closure
};

// Something that happened in the replayed window.
struct ReplayEventRow
{
    Q_GADGET
    Q_PROPERTY(QString time MEMBER time)
    Q_PROPERTY(QString caseNumber MEMBER caseNumber)
    Q_PROPERTY(QString action MEMBER action)
    Q_PROPERTY(QString actor MEMBER actor)
public:
    QString time;
    QString caseNumber;
    QString action;
    QString actor;
};

} // namespace yw::trainingmodule

Q_DECLARE_METATYPE(yw::trainingmodule::ExerciseRow)
Q_DECLARE_METATYPE(yw::trainingmodule::SeatRow)
Q_DECLARE_METATYPE(yw::trainingmodule::NoticeRow)
Q_DECLARE_METATYPE(yw::trainingmodule::DebriefRow)
Q_DECLARE_METATYPE(yw::trainingmodule::TraineeRow)
Q_DECLARE_METATYPE(yw::trainingmodule::ItemRow)
Q_DECLARE_METATYPE(yw::trainingmodule::QueueRow)
Q_DECLARE_METATYPE(yw::trainingmodule::ReplayCaseRow)
Q_DECLARE_METATYPE(yw::trainingmodule::ReplayEventRow)
