#pragma once

#include "modulecontext.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace yw::trainingmodule {

class ExerciseCatalog;
class ScoreReport;
class TraineeDesk;
class TrainingConsole;
class HistoryReplay;

// The training module's workspace. On the sandbox it is the trainer's console (the catalog, the
// room, the debrief); on a trainee's seat (a database that runs an exercise) the trainee's desk.
class TrainingWorkspace : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the training module's")
    Q_PROPERTY(bool seat READ isSeat CONSTANT)
    Q_PROPERTY(yw::trainingmodule::ExerciseCatalog *catalog READ catalog CONSTANT)
    Q_PROPERTY(yw::trainingmodule::TrainingConsole *console READ console CONSTANT)
    Q_PROPERTY(yw::trainingmodule::ScoreReport *report READ report CONSTANT)
    Q_PROPERTY(yw::trainingmodule::TraineeDesk *desk READ desk CONSTANT)
    Q_PROPERTY(yw::trainingmodule::HistoryReplay *replay READ replay CONSTANT)

public:
    explicit TrainingWorkspace(yw::shell::ModuleContext &context, QObject *parent = nullptr);
    ~TrainingWorkspace() override;
    void start();
    bool isSeat() const { return m_seat; }
    ExerciseCatalog *catalog() { return m_catalog.get(); }
    TrainingConsole *console() { return m_console.get(); }
    ScoreReport *report() { return m_report.get(); }
    TraineeDesk *desk() { return m_desk.get(); }
    HistoryReplay *replay() { return m_replay.get(); }

private:
    bool m_seat = false;
    std::unique_ptr<ExerciseCatalog> m_catalog;
    std::unique_ptr<ScoreReport> m_report;
    std::unique_ptr<TrainingConsole> m_console;
    std::unique_ptr<TraineeDesk> m_desk;
    std::unique_ptr<HistoryReplay> m_replay;
};

} // namespace yw::trainingmodule
