#include "democitysetup.h"

#include "trainingdatabasemaker.h"

#include "database.h"
#include "democitybuilder.h"

#include <QElapsedTimer>
#include <QFile>

namespace yw::app {

DemoCitySetup::DemoCitySetup(const QString &databasePath, bool training, QObject *parent)
    : QObject(parent)
    , m_path(databasePath)
    , m_training(training)
{}

DemoCitySetup::~DemoCitySetup()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

QString DemoCitySetup::stageName(const QString &stage)
{
    if (stage == QLatin1String("schema"))
        return tr("Creating the database");
    if (stage == QLatin1String("areas"))
        return tr("Dividing the city into streets, communities and unit grids");
    if (stage == QLatin1String("organisation"))
        return tr("Setting up departments, routing rules and people");
    if (stage == QLatin1String("components"))
        return tr("Surveying the components");
    if (stage.startsWith(QLatin1String("writing")))
        return tr("Writing the city into the database");
    if (stage == QLatin1String("case history"))
        return tr("Running a year of cases through the workflow");
    if (stage == QLatin1String("devices"))
        return tr("Installing sensors, cameras and vehicles");
    if (stage == QLatin1String("done"))
        return tr("Done");
    return stage;
}

void DemoCitySetup::start(bool full)
{
    if (m_thread)
        return;
    m_error.clear();
    m_stage = stageName(QStringLiteral("schema"));
    const QString path = m_path;
    demo::DemoCityBuilder::Options options;
    options.scale = full ? demo::DemoScale::full() : demo::DemoScale::small();
    const bool training = m_training;
    m_thread = QThread::create([this, path, options, training] {
        QElapsedTimer clock;
        clock.start();
        QString error;
        {
            // The connection lives and dies in this thread, as Qt SQL requires.
            auto db = store::Database::open(store::DatabaseLocation::sqliteFile(path),
                                            store::Database::OpenMode::CreateIfMissing,
                                            QStringLiteral("first-start"));
            if (!db) {
                error = db.error().message;
            } else {
                auto sum = demo::DemoCityBuilder::build(
                    *db.value(), options, [&](const QString &stage, qint64 done, qint64 total) {
                        QMetaObject::invokeMethod(this,
                                                  [=, s = stage, e = int(clock.elapsed() / 1000)] {
                                                      onProgress(s, done, total, e);
                                                  });
                    });
                if (!sum)
                    error = sum.error().message;
                else if (training)
                    if (auto made = training::TrainingDatabaseMaker::prepare(
                            *db.value(), QStringLiteral("demo city"));
                        !made)
                        error = made.error().message;
                    else if (auto s = training::TrainingDatabaseMaker::addDemoAccounts(
                                 *db.value(), options.password);
                             !s)
                        error = s.error().message;
            }
        }
        QMetaObject::invokeMethod(this, [this, error] { onDone(error); });
    });
    m_thread->start();
    emit changed();
}

void DemoCitySetup::onProgress(const QString &stage, qint64 done, qint64 total, int elapsed)
{
    m_stage = stageName(stage);
    // Stages in order, each a share of the whole; within a stage, done/total.
    static const QStringList order = {QStringLiteral("schema"),
                                      QStringLiteral("areas"),
                                      QStringLiteral("organisation"),
                                      QStringLiteral("components"),
                                      QStringLiteral("writing areas"),
                                      QStringLiteral("writing organisation"),
                                      QStringLiteral("writing components"),
                                      QStringLiteral("case history"),
                                      QStringLiteral("devices"),
                                      QStringLiteral("done")};
    static const double share[] = {0, 0.01, 0.02, 0.03, 0.04, 0.05, 0.06, 0.40, 0.92, 1.0};
    const int i = int(order.indexOf(stage));
    if (i >= 0) {
        const double from = share[i], to = i + 1 < order.size() ? share[i + 1] : 1.0;
        m_progress = from + (total > 0 ? (to - from) * double(done) / double(total) : 0);
    }
    m_elapsed = elapsed;
    emit changed();
}

void DemoCitySetup::onDone(const QString &error)
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_error = error;
    if (!error.isEmpty()) {
        // Leave nothing half-made behind: the next start offers the choice again.
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(m_path + suffix);
    } else {
        m_progress = 1;
    }
    emit changed();
    emit finished(error.isEmpty());
}

} // namespace yw::app
