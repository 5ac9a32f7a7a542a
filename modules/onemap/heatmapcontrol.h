#pragma once

#include "choicelistmodel.h"
#include "maplayerset.h"
#include "modulecontext.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace yw::onemap {

// The heat map of reported cases: its window (days back from now) and class filter, and the
// reading of every case of that window (up to half a million) on a worker thread, at start,
// when the window or filter changes and every five minutes: it moves slowly, so not on every
// change of every case.
class HeatMapControl : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by the one map module")
    Q_PROPERTY(int days READ days WRITE setDays NOTIFY settingsChanged)
    // "" (all cases), "component:01", "matter:03" (a big class) or "matter:03017" (one class).
    Q_PROPERTY(QString classFilter READ classFilter WRITE setClassFilter NOTIFY settingsChanged)
    // The filters on offer: all cases and the taxonomy's big classes (key, name).
    Q_PROPERTY(yw::shell::ChoiceListModel *classChoices READ classChoices CONSTANT)
    // The cases shown, after the last read.
    Q_PROPERTY(int caseCount READ caseCount NOTIFY loaded)

public:
    static constexpr int kLimit = 500000;

    HeatMapControl(yw::shell::ModuleContext &context, MapLayerSet &layers,
                   QObject *parent = nullptr);
    ~HeatMapControl() override;

    int days() const { return m_days; }
    void setDays(int days);
    QString classFilter() const { return m_classFilter; }
    void setClassFilter(const QString &filter);
    yw::shell::ChoiceListModel *classChoices() { return &m_choices; }
    int caseCount() const { return m_caseCount; }

    // Reads the window again (a read under way is followed by another).
    void refresh();
    // Blocks until the read under way is in (tests).
    void wait();

    struct Points
    {
        std::vector<float> xs, ys; // metres, EPSG:3857
    };
    // The points of the cases reported in [from, now) that pass the filter.
    static yw::core::Result<Points> read(yw::store::Database &db, const QDateTime &from,
                                         const QString &classFilter);

signals:
    void settingsChanged();
    void loaded();
    // A filter that is not one (e.g. from a settings file): the reason.
    void refused(const QString &why);

private:
    yw::shell::ModuleContext &m_context;
    MapLayerSet &m_layers;
    yw::shell::ChoiceListModel m_choices;
    QFutureWatcher<yw::core::Result<Points>> m_watcher;
    std::shared_ptr<yw::store::ReadCancellation> m_cancel =
        std::make_shared<yw::store::ReadCancellation>();
    QTimer m_timer;
    int m_days = 30;
    QString m_classFilter;
    int m_caseCount = 0;
    bool m_again = false;
    bool m_reading = false; // a read is under way or its result not yet handled
};

} // namespace yw::onemap
