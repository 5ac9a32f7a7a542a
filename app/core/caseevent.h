#pragma once

#include "coreenums.h"

#include <QDateTime>
#include <QJsonObject>

namespace yw::core {

// One entry of the append-only case history: who did what to which case, when, from where.
struct CaseEvent
{
    qint64 id = 0;
    qint64 caseId = 0;
    int caseVersion = 0;   // the case's version after the change
    QDateTime at;
    qint64 actorUserId = 0;
    QString actorLogin;
    QString workstation;
    QString action;        // a CaseAction key, or "Report" for the creation
    CaseState fromState = CaseState::Reported;
    CaseState toState = CaseState::Reported;
    QString note;
    QJsonObject payload;   // the action's parameters
};

} // namespace yw::core
