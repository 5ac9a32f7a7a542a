#pragma once

#include <QMetaType>
#include <QString>

namespace yw::walldisplay {

// An alarm up on the wall, as its pop-up shows it.
struct AlarmRow
{
    Q_GADGET
    Q_PROPERTY(qint64 alarmId MEMBER alarmId)
    Q_PROPERTY(QString title MEMBER title)
    Q_PROPERTY(QString detail MEMBER detail)
    Q_PROPERTY(QString time MEMBER time)
public:
    qint64 alarmId = 0;
    QString title;
    QString detail;
    QString time;
};

} // namespace yw::walldisplay

Q_DECLARE_METATYPE(yw::walldisplay::AlarmRow)
