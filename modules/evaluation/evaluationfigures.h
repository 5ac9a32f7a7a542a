#pragma once

#include "calendarday.h"
#include "cityfigure.h"
#include "gadgetlistmodel.h"
#include "hotspot.h"
#include "kpiengine.h"
#include "kpireport.h"
#include "mixshare.h"
#include "trendpoint.h"

#include <QObject>
#include <QTimeZone>
#include <QtQml/qqmlregistration.h>

namespace yw::evaluation {

// The figures around the ranking, from the engine and the period's report: the city's tiles
// against the period before, the trend of the selected unit (or the city) over twelve periods,
// the class and channel mix, the hot-spot communities and the calendar of reports.
class EvaluationFigures : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by the evaluation module")
    // CityFigure, TrendPoint, MixShare, HotSpot and CalendarDay rows.
    Q_PROPERTY(yw::shell::RowListModel *cityTiles READ cityTiles CONSTANT)
    Q_PROPERTY(yw::shell::RowListModel *trend READ trend CONSTANT)
    Q_PROPERTY(QString trendTitle READ trendTitle NOTIFY changed)
    Q_PROPERTY(yw::shell::RowListModel *classMix READ classMix CONSTANT)
    Q_PROPERTY(yw::shell::RowListModel *sourceMix READ sourceMix CONSTANT)
    Q_PROPERTY(yw::shell::RowListModel *hotSpots READ hotSpots CONSTANT)
    Q_PROPERTY(yw::shell::RowListModel *calendarDays READ calendarDays CONSTANT)
    // Empty cells before the calendar's first day (its weekday, Monday first).
    Q_PROPERTY(int calendarOffset READ calendarOffset NOTIFY changed)

public:
    struct Basis
    {
        const KpiEngine &engine;
        const KpiReport &report; // of the period, by the dimension ranked
        KpiPeriod period;
        Dimension dimension;
        QString selectedKey;  // the unit whose trend is shown; empty: the city
        qint64 windowFrom = 0; // the oldest instant the engine holds
        QTimeZone cityZone;
        bool chinese = true;
    };

    using QObject::QObject;

    yw::shell::RowListModel *cityTiles() { return &m_cityTiles; }
    yw::shell::RowListModel *trend() { return &m_trend; }
    QString trendTitle() const { return m_trendTitle; }
    yw::shell::RowListModel *classMix() { return &m_classMix; }
    yw::shell::RowListModel *sourceMix() { return &m_sourceMix; }
    yw::shell::RowListModel *hotSpots() { return &m_hotSpots; }
    yw::shell::RowListModel *calendarDays() { return &m_calendar; }
    int calendarOffset() const { return m_calendar.isEmpty() ? 0 : m_calendar.row(0).weekday - 1; }

    const QList<CityFigure> &cityTileRows() const { return m_cityTiles.rows(); }
    const QList<TrendPoint> &trendRows() const { return m_trend.rows(); }
    const QList<MixShare> &classMixRows() const { return m_classMix.rows(); }
    const QList<MixShare> &sourceMixRows() const { return m_sourceMix.rows(); }
    const QList<HotSpot> &hotSpotRows() const { return m_hotSpots.rows(); }
    const QList<CalendarDay> &calendarRows() const { return m_calendar.rows(); }

    void update(const Basis &b);

signals:
    void changed();

private:
    void updateCityTiles(const Basis &b);
    void updateTrend(const Basis &b);
    void updateMix(const Basis &b);
    void updateCalendar(const Basis &b);

    yw::shell::GadgetListModel<CityFigure> m_cityTiles;
    yw::shell::GadgetListModel<TrendPoint> m_trend;
    QString m_trendTitle;
    yw::shell::GadgetListModel<MixShare> m_classMix;
    yw::shell::GadgetListModel<MixShare> m_sourceMix;
    yw::shell::GadgetListModel<HotSpot> m_hotSpots;
    yw::shell::GadgetListModel<CalendarDay> m_calendar;
};

} // namespace yw::evaluation
