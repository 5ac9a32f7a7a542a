#pragma once

#include "devicelayerloader.h"
#include "maplayerset.h"
#include "modulecontext.h"
#include "opencaselayer.h"

#include <QDate>
#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace yw::onemap {

// The time slider: a day (city time) replayed minute by minute. The case layer shows that day's
// cases reported by the minute, each red while open and green once closed by then; the vehicles
// are where they were. Ending the replay gives the layers back to the live cases.
class DayReplay : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by the one map module")
    Q_PROPERTY(bool active READ active NOTIFY changed)
    Q_PROPERTY(QString day READ day NOTIFY changed)
    // 0…1439, minutes after midnight.
    Q_PROPERTY(int minute READ minute WRITE setMinute NOTIFY changed)
    // The cases shown at that minute, of how many that day.
    Q_PROPERTY(int shown READ shown NOTIFY changed)
    Q_PROPERTY(int dayTotal READ dayTotal NOTIFY changed)

public:
    DayReplay(yw::shell::ModuleContext &context, MapLayerSet &layers, OpenCaseLayer &live,
              DeviceLayerLoader &devices, QObject *parent = nullptr);

    bool active() const { return m_day.isValid(); }
    QString day() const { return m_day.toString(Qt::ISODate); }
    int minute() const { return m_minute; }
    void setMinute(int minute);
    int shown() const { return m_shown; }
    int dayTotal() const { return int(m_cases.size()); }

    // Starts replaying a day ("yyyy-MM-dd"); an empty day ends the replay. Returns an empty
    // string or why not.
    Q_INVOKABLE QString replay(const QString &day);
    // The day before or after the one replayed (or today).
    Q_INVOKABLE QString shiftDay(int days);
    Q_INVOKABLE void end() { replay(QString()); }

signals:
    void changed();

private:
    void show();

    yw::shell::ModuleContext &m_context;
    MapLayerSet &m_layers;
    OpenCaseLayer &m_live;
    DeviceLayerLoader &m_devices;
    QDate m_day;
    int m_minute = 24 * 60 - 1;
    int m_shown = 0;
    QList<yw::core::CaseRecord> m_cases; // the day's, in report order
};

} // namespace yw::onemap
