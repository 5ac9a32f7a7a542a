#pragma once

#include <QMetaType>
#include <QString>

namespace yw::videowall {

// One monitor of the wall as the operators' panel shows it: connected or not, on which screen,
// and what its windows show.
struct WallMonitorRow
{
    Q_GADGET
    Q_PROPERTY(QString monitorId MEMBER monitorId)
    Q_PROPERTY(bool connected MEMBER connected)
    Q_PROPERTY(QString screen MEMBER screen)
    Q_PROPERTY(QString shows MEMBER shows)
public:
    QString monitorId;
    bool connected = false;
    QString screen;
    QString shows;
};

// A live source on the wall (a camera) and how it is doing.
struct WallSourceRow
{
    Q_GADGET
    Q_PROPERTY(QString sourceId MEMBER sourceId)
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(QString sourceState MEMBER sourceState)
    Q_PROPERTY(QString lastFrame MEMBER lastFrame)
    Q_PROPERTY(QString problem MEMBER problem)
public:
    QString sourceId;
    QString name;
    QString sourceState; // playing, stalled, error, reconnecting, connecting
    QString lastFrame;
    QString problem;
};

// A preset of the wall, the one showing marked.
struct WallPresetRow
{
    Q_GADGET
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(QString savedBy MEMBER savedBy)
    Q_PROPERTY(bool active MEMBER active)
public:
    QString name;
    QString savedBy;
    bool active = false;
};

} // namespace yw::videowall

Q_DECLARE_METATYPE(yw::videowall::WallMonitorRow)
Q_DECLARE_METATYPE(yw::videowall::WallSourceRow)
Q_DECLARE_METATYPE(yw::videowall::WallPresetRow)
