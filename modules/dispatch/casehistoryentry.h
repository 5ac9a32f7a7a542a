#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace yw::dispatch {

// One line of a case's history as the detail panel shows it (city time, the action's name).
class CaseHistoryEntry
{
    Q_GADGET
    QML_VALUE_TYPE(caseHistoryEntry)
    Q_PROPERTY(QString time MEMBER time)
    Q_PROPERTY(QString action MEMBER action)
    Q_PROPERTY(QString who MEMBER who)
    Q_PROPERTY(QString note MEMBER note)
public:
    QString time;   // "MM-dd HH:mm"
    QString action; // translated
    QString who;    // login
    QString note;
};

} // namespace yw::dispatch
