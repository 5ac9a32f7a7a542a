#pragma once

#include "arealayer.h"
#include "areafeaturereader.h"
#include "casehistoryreplay.h"
#include "gadgetlistmodel.h"
#include "layerlistmodel.h"
#include "mapcanvas.h"
#include "modulecontext.h"
#include "pointlayer.h"
#include "trainingrows.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace yw::trainingmodule {

// 复盘: a past day of the database played again from its case event log at 60× to 3600×, on the
// board (the open cases as they stood, read-only) and the map (the same cases by stage), with a
// timeline to jump to any minute and what happened around it. The day is read once, on a
// worker with its own connection.
class HistoryReplay : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the training module's")
    Q_PROPERTY(QString day READ day NOTIFY loadedChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadedChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY loadedChanged)
    Q_PROPERTY(bool playing READ playing NOTIFY playingChanged)
    Q_PROPERTY(int speed READ speed NOTIFY playingChanged)
    Q_PROPERTY(int minute READ minute NOTIFY positionChanged)
    Q_PROPERTY(QString timeText READ timeText NOTIFY positionChanged)
    Q_PROPERTY(int openCount READ openCount NOTIFY positionChanged)
    Q_PROPERTY(int reportedCount READ reportedCount NOTIFY positionChanged)
    Q_PROPERTY(int closedCount READ closedCount NOTIFY positionChanged)
    Q_PROPERTY(yw::shell::RowListModel *board READ board CONSTANT)
    Q_PROPERTY(yw::shell::RowListModel *activity READ activity CONSTANT)
    Q_PROPERTY(yw::mapview::LayerListModel *layers READ layers CONSTANT)
    Q_PROPERTY(yw::mapview::MapCanvas *canvas READ canvas WRITE setCanvas NOTIFY canvasChanged)
    Q_PROPERTY(QString problem READ problem NOTIFY loadedChanged)

public:
    static constexpr int kTickMs = 250;

    explicit HistoryReplay(yw::shell::ModuleContext &context, QObject *parent = nullptr);
    ~HistoryReplay() override;

    QString day() const { return m_day.isValid() ? m_day.toString(Qt::ISODate) : QString(); }
    bool loading() const { return m_watcher.isRunning(); }
    bool loaded() const { return m_replay.caseCount() > 0; }
    bool playing() const { return m_timer.isActive(); }
    int speed() const { return m_speed; }
    int minute() const;
    QString timeText() const;
    int openCount() const { return int(m_board.rows().size()); }
    int reportedCount() const { return m_reported; }
    int closedCount() const { return m_closed; }
    yw::shell::RowListModel *board() { return &m_board; }
    yw::shell::RowListModel *activity() { return &m_activity; }
    yw::mapview::LayerListModel *layers() { return &m_layers; }
    yw::mapview::MapCanvas *canvas() const { return m_canvas; }
    void setCanvas(yw::mapview::MapCanvas *canvas);
    QString problem() const { return m_problem; }
    QDateTime position() const { return m_position; }

    // Reads the day (YYYY-MM-DD, the city's calendar day) and stands at its start.
    Q_INVOKABLE void load(const QString &day);
    Q_INVOKABLE void play();
    Q_INVOKABLE void pause();
    Q_INVOKABLE void setSpeed(int speed);
    // Jumps to a minute of the day (0…1439).
    Q_INVOKABLE void seek(int minute);
    // Moves by a number of replayed seconds (the timer's step; tests).
    void advance(qint64 seconds);

signals:
    void loadedChanged();
    void playingChanged();
    void positionChanged();
    void canvasChanged();

private:
    struct Day
    {
        QList<yw::core::CaseRecord> cases;
        QList<yw::core::CaseEvent> events;
        yw::mapview::AreaFeatureReader::Level districts;
    };
    void onLoaded();
    void show();

    yw::shell::ModuleContext &m_context;
    QDate m_day;
    QDateTime m_start;
    QDateTime m_position;
    int m_speed = 300;
    QTimer m_timer;
    QFutureWatcher<yw::core::Result<Day>> m_watcher;
    yw::training::CaseHistoryReplay m_replay;
    QString m_problem;
    int m_reported = 0;
    int m_closed = 0;
    yw::shell::GadgetListModel<ReplayCaseRow> m_board;
    yw::shell::GadgetListModel<ReplayEventRow> m_activity;
    QPointer<yw::mapview::MapCanvas> m_canvas;
    yw::mapview::LayerListModel m_layers;
    std::shared_ptr<yw::map::AreaLayer> m_districts;
    std::shared_ptr<yw::map::PointLayer> m_cases;
    QRectF m_bounds;
};

} // namespace yw::trainingmodule
