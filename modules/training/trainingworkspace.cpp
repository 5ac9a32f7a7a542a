#include "trainingworkspace.h"

#include "exercisecatalog.h"
#include "historyreplay.h"
#include "scorereport.h"
#include "traineedesk.h"
#include "trainingconsole.h"
#include "trainingseatrepository.h"

namespace yw::trainingmodule {

TrainingWorkspace::TrainingWorkspace(yw::shell::ModuleContext &context, QObject *parent)
    : QObject(parent)
{
    auto run = yw::store::TrainingSeatRepository(*context.database).run();
    m_seat = run && run.value();
    m_catalog = std::make_unique<ExerciseCatalog>();
    m_report = std::make_unique<ScoreReport>();
    m_console = std::make_unique<TrainingConsole>(context, *m_catalog, *m_report);
    m_desk = std::make_unique<TraineeDesk>(context);
    m_replay = std::make_unique<HistoryReplay>(context);
}

TrainingWorkspace::~TrainingWorkspace() = default;

void TrainingWorkspace::start()
{
    if (m_seat)
        m_desk->start();
    else
        m_console->start();
}

} // namespace yw::trainingmodule
